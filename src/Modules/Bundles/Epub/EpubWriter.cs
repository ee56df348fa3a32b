using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace StatiqGuides.Modules.Bundles.Epub;

/// <summary>Writes an <see cref="EpubBook"/> as an EPUB 3 container: <c>mimetype</c> first and stored, then
/// <c>META-INF/container.xml</c>, the package document, the navigation document, the cover, the stylesheet, one
/// XHTML document per guide and case study, and the images; entries in a fixed order with one timestamp, so the same
/// book is the same bytes.</summary>
public static class EpubWriter
{
    public static void Write(EpubBook book, string path, DateTimeOffset timestamp)
    {
        ArgumentNullException.ThrowIfNull(book);
        var links = new EpubLinks(
            book.Chapters.ToDictionary(c => c.Body.Destination, c => c.Href, StringComparer.Ordinal),
            book.Online, book.SiteFolder);
        var documents = book.Chapters.Select(c => (Chapter: c, Xhtml: Chapter(book, c, EpubXhtml.Convert(c.Body.Html, c.Body.Destination, links)))).ToList();
        var edition = book.Catalog.LatestUpdate;

        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write);
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create);
        void Add(string name, string text, CompressionLevel level = CompressionLevel.Optimal) => AddBytes(zip, name, Encoding.UTF8.GetBytes(text), level, timestamp);
        Add("mimetype", "application/epub+zip", CompressionLevel.NoCompression);
        Add("META-INF/container.xml", """
            <?xml version="1.0" encoding="UTF-8"?>
            <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
            <rootfiles><rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/></rootfiles>
            </container>

            """);
        Add("EPUB/package.opf", EpubPackage.Opf(book, links.Images, edition));
        Add("EPUB/nav.xhtml", EpubPackage.Navigation(book));
        Add("EPUB/cover.xhtml", EpubPackage.Cover(book, edition));
        Add("EPUB/style.css", Stylesheet);
        foreach (var (chapter, xhtml) in documents) Add("EPUB/" + chapter.Href, xhtml);
        foreach (var (site, inside) in links.Images)
        {
            AddBytes(zip, "EPUB/" + inside, File.ReadAllBytes(Path.Combine(book.SiteFolder, site)), CompressionLevel.Optimal, timestamp);
        }
    }

    private static void AddBytes(ZipArchive zip, string name, byte[] bytes, CompressionLevel level, DateTimeOffset timestamp)
    {
        var entry = zip.CreateEntry(name, level);
        entry.LastWriteTime = timestamp;
        using var target = entry.Open();
        target.Write(bytes);
    }

    private static string Chapter(EpubBook book, EpubChapter chapter, string body)
    {
        var item = chapter.Body;
        var language = item.Localized.IsFallback ? item.Item.Language : book.Language;
        var text = new StringBuilder();
        text.Append(EpubPackage.Head(book.Language, item.Item.Title));
        var lang = language == book.Language ? "" : $" lang=\"{language}\" xml:lang=\"{language}\"";
        text.Append(CultureInfo.InvariantCulture, $"<section epub:type=\"chapter\"{lang}>\n<h1>{XmlEscape.Text(item.Item.Title)}</h1>\n");
        if (item.Item.Summary.Length > 0) text.Append(CultureInfo.InvariantCulture, $"<p class=\"summary\">{XmlEscape.Text(item.Item.Summary)}</p>\n");
        text.Append(body);
        text.Append(CultureInfo.InvariantCulture, $"\n<p class=\"online\"><a href=\"{XmlEscape.Text(book.Online.Absolute(item.Destination))}\">{XmlEscape.Text(book.T("offline.read_online"))}</a></p>\n</section>\n</body>\n</html>\n");
        return text.ToString();
    }

    private const string Stylesheet = """
        body { font-family: serif; line-height: 1.5; }
        h1, h2, h3 { font-family: sans-serif; line-height: 1.2; }
        .summary { font-style: italic; }
        .cover { text-align: center; margin-top: 20%; }
        .edition { margin-top: 2em; }
        table { border-collapse: collapse; }
        th, td { border: 1px solid #999; padding: .2em .4em; }
        img { max-width: 100%; }
        pre { white-space: pre-wrap; }

        """;
}
