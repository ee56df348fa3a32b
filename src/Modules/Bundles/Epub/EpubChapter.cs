using StatiqGuides.Core.Content;

namespace StatiqGuides.Modules.Bundles.Epub;

/// <summary>One content document of an EPUB: a guide, or a case study of the appendix.</summary>
/// <param name="Href">Its file name in the EPUB (all content documents sit side by side in <c>EPUB/</c>).</param>
/// <param name="Body">The rendered page, whose HTML becomes the document's XHTML.</param>
public sealed record EpubChapter(string Id, string Href, RenderedContent Body);
