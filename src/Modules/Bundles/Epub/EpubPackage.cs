using System.Globalization;
using System.Text;

namespace StatiqGuides.Modules.Bundles.Epub;

/// <summary>The EPUB's own documents: the package document (metadata, manifest, spine), the navigation document and
/// the cover.</summary>
public static class EpubPackage
{
    public static string Head(string language, string title) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE html>
        <html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="{language}" xml:lang="{language}">
        <head>
        <meta charset="utf-8"/>
        <title>{XmlEscape.Text(title)}</title>
        <link rel="stylesheet" type="text/css" href="style.css"/>
        </head>
        <body>

        """;

    public static string Opf(EpubBook book, IReadOnlyDictionary<string, string> images, DateOnly? edition)
    {
        ArgumentNullException.ThrowIfNull(book);
        ArgumentNullException.ThrowIfNull(images);
        var date = edition ?? new DateOnly(1980, 1, 1);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" xml:lang="{book.Language}">
            <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
            <dc:identifier id="book-id">{XmlEscape.Text(book.Identifier)}</dc:identifier>
            <dc:title>{XmlEscape.Text(book.Title)}</dc:title>
            <dc:language>{book.Language}</dc:language>

            """);
        if (book.Creator is { } creator) text.Append(CultureInfo.InvariantCulture, $"<dc:creator>{XmlEscape.Text(creator)}</dc:creator>\n");
        text.Append(CultureInfo.InvariantCulture, $"""
            <dc:publisher>{XmlEscape.Text(book.SiteTitle)}</dc:publisher>
            <dc:date>{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}</dc:date>
            <dc:source>{XmlEscape.Text(book.Identifier)}</dc:source>
            <meta property="dcterms:modified">{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}T00:00:00Z</meta>
            </metadata>
            <manifest>
            <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
            <item id="cover" href="cover.xhtml" media-type="application/xhtml+xml"/>
            <item id="style" href="style.css" media-type="text/css"/>

            """);
        foreach (var chapter in book.Chapters)
        {
            text.Append(CultureInfo.InvariantCulture, $"<item id=\"{chapter.Id}\" href=\"{chapter.Href}\" media-type=\"application/xhtml+xml\"/>\n");
        }
        var number = 0;
        foreach (var inside in images.Values)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"<item id=\"image-{++number}\" href=\"{XmlEscape.Text(inside)}\" media-type=\"{EpubLinks.ImageTypes[Path.GetExtension(inside)]}\"/>\n");
        }
        text.Append("</manifest>\n<spine>\n<itemref idref=\"cover\"/>\n<itemref idref=\"nav\"/>\n");
        foreach (var chapter in book.Chapters) text.Append(CultureInfo.InvariantCulture, $"<itemref idref=\"{chapter.Id}\"/>\n");
        text.Append("</spine>\n</package>\n");
        return text.ToString();
    }

    public static string Navigation(EpubBook book)
    {
        ArgumentNullException.ThrowIfNull(book);
        var text = new StringBuilder(Head(book.Language, book.T("offline.epub_contents")));
        text.Append(CultureInfo.InvariantCulture, $"<nav epub:type=\"toc\" id=\"toc\">\n<h1>{XmlEscape.Text(book.T("offline.epub_contents"))}</h1>\n<ol>\n");
        text.Append(CultureInfo.InvariantCulture, $"<li><a href=\"cover.xhtml\">{XmlEscape.Text(book.Title)}</a></li>\n");
        foreach (var chapter in book.Guides) Entry(text, chapter);
        if (book.Appendix.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"<li><a href=\"{book.Appendix[0].Href}\">{XmlEscape.Text(book.T("offline.epub_appendix"))}</a>\n<ol>\n");
            foreach (var chapter in book.Appendix) Entry(text, chapter);
            text.Append("</ol>\n</li>\n");
        }
        text.Append("</ol>\n</nav>\n");
        text.Append(CultureInfo.InvariantCulture, $"<nav epub:type=\"landmarks\" id=\"landmarks\" hidden=\"hidden\">\n<ol>\n<li><a epub:type=\"cover\" href=\"cover.xhtml\">{XmlEscape.Text(book.Title)}</a></li>\n");
        if (book.Guides.Count > 0) text.Append(CultureInfo.InvariantCulture, $"<li><a epub:type=\"bodymatter\" href=\"{book.Guides[0].Href}\">{XmlEscape.Text(book.Guides[0].Body.Item.Title)}</a></li>\n");
        text.Append("</ol>\n</nav>\n</body>\n</html>\n");
        return text.ToString();
    }

    private static void Entry(StringBuilder text, EpubChapter chapter)
    {
        text.Append(CultureInfo.InvariantCulture, $"<li><a href=\"{chapter.Href}\">{XmlEscape.Text(chapter.Body.Item.Title)}</a>");
        if (chapter.Body.Toc.Count > 0)
        {
            text.Append("\n<ol>\n");
            foreach (var heading in chapter.Body.Toc)
            {
                text.Append(CultureInfo.InvariantCulture, $"<li><a href=\"{chapter.Href}#{XmlEscape.Text(heading.Id)}\">{XmlEscape.Text(heading.Title)}</a></li>\n");
            }
            text.Append("</ol>\n");
        }
        text.Append("</li>\n");
    }

    public static string Cover(EpubBook book, DateOnly? edition)
    {
        ArgumentNullException.ThrowIfNull(book);
        var text = new StringBuilder(Head(book.Language, book.Title));
        text.Append(CultureInfo.InvariantCulture, $"""
            <section epub:type="cover" class="cover">
            <h1>{XmlEscape.Text(book.Section.Title.Get(book.Language, book.Catalog.Settings.DefaultLanguage))}</h1>
            <p>{XmlEscape.Text(book.SiteTitle)}</p>

            """);
        if (book.Creator is { } creator) text.Append(CultureInfo.InvariantCulture, $"<p>{XmlEscape.Text(creator)}</p>\n");
        if (edition is { } date)
        {
            var shown = date.ToString(book.T("date.format"), CultureInfo.GetCultureInfo(book.Language));
            var iso = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            text.Append(CultureInfo.InvariantCulture,
                $"<p class=\"edition\">{XmlEscape.Text(book.T("offline.edition")).Replace("{0}", $"<time datetime=\"{iso}\">{XmlEscape.Text(shown)}</time>", StringComparison.Ordinal)}</p>\n");
        }
        text.Append(CultureInfo.InvariantCulture, $"<p><a href=\"{XmlEscape.Text(book.Identifier)}\">{XmlEscape.Text(book.Identifier)}</a></p>\n</section>\n</body>\n</html>\n");
        return text.ToString();
    }
}
