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
}
