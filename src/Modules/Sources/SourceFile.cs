using StatiqGuides.Core.Content;

namespace StatiqGuides.Modules.Sources;

/// <summary>A content file found in the input folder, with what its place says about it.</summary>
/// <param name="Language">The language suffix (<c>x.fr.md</c>), or null for the default language.</param>
public sealed record SourceFile(
    ContentKind Kind,
    string FullPath,
    string DisplayPath,
    string Slug,
    string? Language,
    string? SectionId)
{
    /// <summary>The file's size and time when it was found: part of what a cached read is keyed by.</summary>
    public FileStamp Stamp { get; init; }
}

/// <summary>A content file split into front matter and body, line endings normalised to '\n'.</summary>
/// <param name="FrontMatterLine">The 1-based line of the opening '---'.</param>
/// <param name="BodyLineOffset">Lines before the body, including the closing '---'.</param>
public sealed record SourceText(SourceFile File, string FrontMatter, int FrontMatterLine, string Body, int BodyLineOffset);
