using Markdig.Syntax.Inlines;

namespace StatiqGuides.Modules.Markdown.Xrefs;

/// <summary>The text of an xref link written without one (<c>&lt;xref:uid&gt;</c>, <c>[](xref:uid)</c>): the title of
/// the page it names, in the language of the page it is rendered for. The tree holds the uid, not a title.</summary>
public sealed class XrefTitleInline(string uid) : LeafInline
{
    public string Uid { get; } = uid ?? throw new ArgumentNullException(nameof(uid));
}
