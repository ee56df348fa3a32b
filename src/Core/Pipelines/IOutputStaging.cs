using System.Text;
using StatiqGuides.Core.Content;
using StatiqGuides.Core.Diagnostics;

namespace StatiqGuides.Core.Pipelines;

/// <summary>The folder a write build fills as pages are made, so that the build does not hold the whole site in memory
/// until the end; the output step then writes the rest and swaps the folder in, or drops it when the build failed.</summary>
public interface IOutputStaging
{
    /// <summary>Writes a text file now and returns what stands for it in the build's outputs (<see cref="OutputFile.Staged"/>).
    /// A file that is not text, or that cannot be written (reported to <paramref name="diagnostics"/>), is returned as it is.</summary>
    OutputFile Stage(OutputFile file, IDiagnosticSink diagnostics);

    /// <summary>Writes the text file at <paramref name="path"/> that <paramref name="text"/> holds, as <see cref="Stage(OutputFile, IDiagnosticSink)"/>
    /// does, without making it a string first; the builder is read, not kept.</summary>
    OutputFile Stage(string path, StringBuilder text, IDiagnosticSink diagnostics) => Stage(OutputFile.FromText(path, text.ToString()), diagnostics);
}
