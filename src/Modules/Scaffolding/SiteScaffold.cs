using StatiqGuides.Core.Diagnostics;

namespace StatiqGuides.Modules.Scaffolding;

/// <summary><c>init</c>: the files of a minimal site that builds with no diagnostic — settings, one hub, one section, one
/// guide and the case study it cites — and no theme folder, so the built-in theme is used. Returns texts; the command writes.</summary>
/// <remarks>The texts are guidance a new editor can read on the built site, not the prompts of <c>new guide</c>: those
/// are warnings (SG0232) once published.</remarks>
public static class SiteScaffold
{
    /// <summary>Each file's path under the site's folder ('/' separators) and its text.</summary>
    public static IReadOnlyList<(string Path, string Text)> Files { get; } =
    [
        ("input/site.yml", SiteScaffoldTexts.SiteYml),
        ("input/hubs.yml", SiteScaffoldTexts.HubsYml),
        ("input/guides/getting-started/_section.yml", SiteScaffoldTexts.SectionYml),
        ("input/guides/getting-started/writing-guides.md", SiteScaffoldTexts.Guide),
        ("input/case-studies/chile-ley-chile.md", SiteScaffoldTexts.CaseStudy),
    ];

    /// <summary>One SG0610 for each file that exists already under <paramref name="folder"/>: init then writes nothing.</summary>
    /// <param name="displayRoot">The folder diagnostics' paths are relative to (the current directory).</param>
    public static IReadOnlyList<Diagnostic> Conflicts(string folder, string displayRoot) =>
        [.. Files.Select(f => Path.Combine(folder, f.Path)).Where(p => File.Exists(p) || Directory.Exists(p))
            .Select(p => Path.GetRelativePath(displayRoot, p).Replace('\\', '/'))
            .Select(p => Diagnostic.Create(DiagnosticCodes.InitWouldOverwrite, SourceLocation.StartOf(p), p))];
}
