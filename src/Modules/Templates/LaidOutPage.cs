using StatiqGuides.Core.Content;

namespace StatiqGuides.Modules.Templates;

/// <summary>A page's HTML file, or null when its template failed (reported).</summary>
public sealed record LaidOutPage(OutputFile? File)
{
    /// <summary>The files of the pages whose templates did not fail, in order.</summary>
    public static IEnumerable<OutputFile> FilesOf(IEnumerable<LaidOutPage> pages) =>
        pages.Where(p => p.File is not null).Select(p => p.File!);
}
