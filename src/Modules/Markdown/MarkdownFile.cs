using StatiqGuides.Core.Content;

namespace StatiqGuides.Modules.Markdown;

/// <summary>One content file to render, with every page showing it.</summary>
/// <param name="First">The page whose links are rewritten and whose problems are reported (see <see cref="PlanMarkdown"/>).</param>
/// <param name="Pages">Every page showing the file: its own language's, and each fallback.</param>
/// <param name="Body">The file's Markdown: the catalog's items keep none (see <see cref="PlanMarkdown"/>).</param>
/// <param name="Withheld">A file that is not published but whose problems check reports: rendered, then dropped.</param>
public sealed record MarkdownFile(LocalizedItem First, IReadOnlyList<LocalizedItem> Pages, Utf8Text Body, bool Withheld = false)
{
    // The pages compared one by one, not the list by reference: a file planned again from what did not change is equal,
    // and kept (BuildCache.Keep) with its hash.
    public bool Equals(MarkdownFile? other) =>
        ReferenceEquals(this, other)
        || (other is not null && Withheld == other.Withheld && First.Equals(other.First) && Pages.SequenceEqual(other.Pages) && Body.Equals(other.Body));

    public override int GetHashCode() => HashCode.Combine(First, Pages.Count, Body, Withheld);
}

/// <summary>The rendered pages of one <see cref="MarkdownFile"/>, in the order of its pages.</summary>
public sealed record RenderedFile(IReadOnlyList<RenderedContent> Pages);
