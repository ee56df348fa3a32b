namespace StatiqGuides.Modules.Templates.Views;

/// <summary>One guide on a section's printable page.</summary>
/// <param name="Id">The guide's slug: the article's id, and the prefix of its heading ids, which must not clash with the other guides'.</param>
/// <param name="Lang">The language of the text when it differs from the page's (an untranslated guide), else null.</param>
/// <param name="Content">The guide's body, headings one level down and ids prefixed.</param>
/// <param name="Sources">The guide's sources, listed after its body.</param>
public sealed record ArticleView(string Id, string Title, string Summary, string Url, string? Lang, string Content, string? UpdatedText,
    IReadOnlyList<SourceLink> Sources);
