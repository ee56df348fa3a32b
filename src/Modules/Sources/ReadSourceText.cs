using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Core.Pipelines;

namespace StatiqGuides.Modules.Sources;

/// <summary>Reads each content file once, checks it is UTF-8 and splits off its front matter.</summary>
/// <remarks>A file that cannot be read or split is reported and dropped; the other files go on.</remarks>
public sealed class ReadSourceText : ParallelModule
{
    protected override IReadOnlyList<Document> Process(Document document, BuildContext context)
    {
        var file = document.ContentAs<SourceFile>();
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file.FullPath);
        }
        catch (IOException exception)
        {
            context.Diagnostics.Report(DiagnosticCodes.FileUnreadable, SourceLocation.StartOf(file.DisplayPath), exception.Message);
            return [];
        }
        catch (UnauthorizedAccessException exception)
        {
            context.Diagnostics.Report(DiagnosticCodes.FileUnreadable, SourceLocation.StartOf(file.DisplayPath), exception.Message);
            return [];
        }
        var text = TextDecoding.DecodeUtf8(bytes, file.DisplayPath, context.Diagnostics);
        if (text is null) return [];
        var split = FrontMatterSplitter.Split(text, file, context.Diagnostics);
        return split is null ? [] : [document with { Content = split }];
    }
}
