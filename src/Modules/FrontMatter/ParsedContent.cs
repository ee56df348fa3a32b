using StatiqGuides.Core.Content;
using StatiqGuides.Modules.Sources;

namespace StatiqGuides.Modules.FrontMatter;

/// <summary>What one content file became: an item, a file that could not be read (reported), a draft left out, or
/// nothing (a draft's translation).</summary>
public sealed record ParsedContent(ContentItem? Item, UnreadableSource? Unreadable, DraftSource? Draft)
{
    public ParsedContent(UnreadableSource? unreadable) : this(null, unreadable, null) { }

    public ParsedContent(DraftSource? draft) : this(null, null, draft) { }

    public ParsedContent(ContentItem item) : this(item, null, null) { }

    /// <summary>Every item read, with its body, by its full path: what the modules that need bodies read, since the site
    /// build's catalog keeps none.</summary>
    public static IReadOnlyDictionary<string, ContentItem> ItemsByPath(IReadOnlyList<ParsedContent> content) =>
        (content ?? throw new ArgumentNullException(nameof(content)))
            .Where(p => p.Item is not null)
            .ToDictionary(p => p.Item!.FullPath, p => p.Item!, StringComparer.Ordinal);
}
