using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StatiqGuides.Core.Content;
using StatiqGuides.Modules.Translations.Blocks;

namespace StatiqGuides.Modules.Translations.Xliff;

/// <summary>The links an import would add that lead nowhere: an xref to an unknown uid, or a relative path to no file.
/// Links the source or the existing translation already has are the build's to check, not the import's.</summary>
public static class LinkCheck
{
    public static IReadOnlyList<string> NewBrokenLinks(SiteCatalog catalog, DocumentPlan plan, string body)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(body);
        var known = Links(plan.SourceBody.Text).Concat(plan.TranslationBody is { } t ? Links(t.Text) : []).ToHashSet(StringComparer.Ordinal);
        var folder = Path.GetDirectoryName(plan.TranslationPath)!;
        return [.. Links(body).Where(l => !known.Contains(l)).Distinct(StringComparer.Ordinal).Where(l => !Resolves(catalog, folder, l))];
    }

    private static bool Resolves(SiteCatalog catalog, string folder, string url)
    {
        if (url.StartsWith("xref:", StringComparison.OrdinalIgnoreCase))
        {
            var uid = url[5..].Split('#', 2)[0];
            return catalog.Find(Uri.UnescapeDataString(uid)) is not null;
        }
        if (url.Length == 0 || url.StartsWith('#') || url.StartsWith('/') || url.Contains("://", StringComparison.Ordinal)
            || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("tel:", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        var path = url.Split('#', 2)[0].Split('?', 2)[0];
        if (path.Length == 0) return true;
        try
        {
            var full = Path.GetFullPath(Path.Combine(folder, Uri.UnescapeDataString(path)));
            return File.Exists(full) || Directory.Exists(full);
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static IEnumerable<string> Links(string body)
    {
        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(body, MarkdownBlocks.Pipeline);
        }
        catch (InvalidOperationException)
        {
            yield break;
        }
        foreach (var inline in document.Descendants<Inline>())
        {
            if (inline is LinkInline { Url: { } url }) yield return url;
            else if (inline is AutolinkInline { Url: { } auto }) yield return auto;
        }
    }
}
