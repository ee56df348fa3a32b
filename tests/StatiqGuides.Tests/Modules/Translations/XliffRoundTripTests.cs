using StatiqGuides.Core.Content;
using StatiqGuides.Core.Pipelines;
using StatiqGuides.Modules.Build;
using StatiqGuides.Modules.History;
using StatiqGuides.Modules.Translations.Diff;
using StatiqGuides.Modules.Translations.Xliff;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Modules.Translations;

/// <summary>XLIFF export then import on the repository's real input/: every translation file comes back byte for
/// byte, the file is valid XLIFF, and imports that would break the content are refused at their XLIFF line.</summary>
public sealed class XliffRoundTripTests
{
    [Fact]
    public async Task Export_then_import_with_no_edit_leaves_every_translation_file_of_input_byte_identical_in_every_language()
    {
        var (catalog, alignment, options) = await LoadAsync(RepositoryPaths.Root);
        var languages = catalog.Settings.Languages.Where(l => l != catalog.Settings.DefaultLanguage).ToList();
        Assert.Equal(["fr", "es"], languages);
        var importer = new XliffImporter(catalog, alignment, options.DisplayPath);
        var onDisk = Directory.EnumerateFiles(options.InputDirectory, "*.md", SearchOption.AllDirectories).ToList();
        foreach (var language in languages)
        {
            var plans = catalog.Items.Select(i => alignment.Plan(catalog, i, language)).ToList();
            var xliff = XliffExporter.Write(plans, catalog.Settings.DefaultLanguage, language, options.DisplayPath);
            XliffSchema.AssertValid(xliff);

            // Every source is a <file>; every translation file on disk, of every kind, is one of them, unit by block.
            var exported = System.Xml.Linq.XDocument.Parse(xliff).Root!.Elements(XliffNames.Core + "file")
                .Select(f => (string)f.Attribute(XliffNames.Own + "translation")!).ToList();
            Assert.Equal(plans.Select(p => options.DisplayPath(p.TranslationPath)), exported);
            var translations = onDisk.Where(f => f.EndsWith($".{language}.md", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(translations, plans.Where(p => p.Translation is not null).Select(p => p.TranslationPath).Order(StringComparer.Ordinal));
            Assert.Equal(["case-study", "guide", "page"], plans.Where(p => p.Translation is not null).Select(p => p.Source.Kind.Id).Distinct().Order(StringComparer.Ordinal));
            Assert.All(plans.Where(p => p.Translation is not null), p =>
            {
                Assert.False(p.WholeDocument, p.Note);
                Assert.Equal(p.SourceBody.Blocks.Count + 2, p.Units.Count);
            });

            var result = importer.Import(Path.Combine(RepositoryPaths.Root, language + ".xlf"), xliff);

            Expect.NoDiagnostics(result.Diagnostics);
            Assert.Equal(catalog.Items.Count, result.Files.Count);
            var written = result.Files.Where(f => File.Exists(f.FullPath)).ToList();
            Assert.Equal(translations, written.Select(f => f.FullPath).Order(StringComparer.Ordinal));
            foreach (var file in written)
            {
                Assert.False(file.Changed, file.FullPath);
                var bytes = await File.ReadAllBytesAsync(file.FullPath);
                var bom = bytes.AsSpan().StartsWith(System.Text.Encoding.UTF8.Preamble) ? System.Text.Encoding.UTF8.Preamble.ToArray() : [];
                Assert.True(bytes.AsSpan().SequenceEqual([.. bom, .. System.Text.Encoding.UTF8.GetBytes(file.Text)]), file.FullPath);
            }
        }
    }

    [Fact]
    public async Task An_import_that_adds_a_broken_xref_reports_SG0709_drops_a_link_SG0706_or_follows_a_changed_source_SG0702()
    {
        var (catalog, alignment, options) = await LoadAsync(RepositoryPaths.Root);
        var source = catalog.Find("web-archiving")!;
        var xliff = XliffExporter.Write([alignment.Plan(catalog, source, "fr")], "en", "fr", options.DisplayPath);
        var importer = new XliffImporter(catalog, alignment, options.DisplayPath);
        var path = Path.Combine(RepositoryPaths.Root, "x.xlf");

        var xref = Replace(xliff, "Le site web parlementaire fait partie", "Voir [ceci](xref:no-such-guide). Le site web parlementaire fait partie");
        var broken = importer.Import(path, xref);
        var diagnostic = Assert.Single(broken.Diagnostics);
        Assert.Equal("SG0709", diagnostic.Code);
        Assert.Equal("unit 'b1' of 'web-archiving': the translation would link to 'xref:no-such-guide', which does not exist", diagnostic.Message);
        Assert.Equal(LineOf(xref, "<unit id=\"b1\""), diagnostic.Location.Line);

        var document = System.Xml.Linq.XDocument.Parse(xliff, System.Xml.Linq.LoadOptions.PreserveWhitespace);
        var link = document.Descendants(XliffNames.Core + "target").SelectMany(t => t.Descendants(XliffNames.Core + "pc")).First(pc => (string?)pc.Attribute("type") == "link");
        link.ReplaceWith(link.Nodes());
        var dropped = document.ToString(System.Xml.Linq.SaveOptions.DisableFormatting);
        var lost = importer.Import(path, dropped);
        Assert.Equal("SG0706", Assert.Single(lost.Diagnostics).Code);

        var stale = xliff.Replace($"sg:sourceHash=\"{catalog.SourceHashOf(source.Uid)}\"", "sg:sourceHash=\"000000000000\"", StringComparison.Ordinal);
        var changed = importer.Import(path, stale);
        Assert.Equal("SG0702", Assert.Single(changed.Diagnostics).Code);
        Assert.Empty(changed.Files);
    }

    private static string Replace(string text, string from, string to)
    {
        Assert.Contains(from, text, StringComparison.Ordinal);
        var at = text.IndexOf(from, text.IndexOf("<target", StringComparison.Ordinal), StringComparison.Ordinal);
        return text[..at] + to + text[(at + from.Length)..];
    }

    private static int LineOf(string text, string what) => text[..text.IndexOf(what, StringComparison.Ordinal)].Count(c => c == '\n') + 1;

    private static async Task<(SiteCatalog Catalog, TranslationAlignment Alignment, BuildOptions Options)> LoadAsync(string root)
    {
        var options = new BuildOptions(Path.Combine(root, "input"), Path.Combine(root, "theme"), Path.Combine(root, "output"), root);
        var catalog = (await SiteBuilder.ReadCatalogAsync(options)).Catalog;
        return (catalog, new TranslationAlignment(new SourceDiffer(new SourceVersions(GitHistory.Open(options.InputDirectory)))), options);
    }
}
