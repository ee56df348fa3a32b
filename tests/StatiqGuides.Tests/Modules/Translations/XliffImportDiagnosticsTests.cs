using System.Text.RegularExpressions;
using StatiqGuides.Core.Pipelines;
using StatiqGuides.Modules.Build;
using StatiqGuides.Modules.History;
using StatiqGuides.Modules.Translations.Diff;
using StatiqGuides.Modules.Translations.Xliff;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Modules.Translations;

/// <summary>Each way a CAT tool or a translator can spoil an XLIFF file gets its own code, at the file's line, and the
/// import writes nothing. Starts from an export of the real input/'s web-archiving guide.</summary>
public sealed partial class XliffImportDiagnosticsTests
{
    [Fact]
    public async Task A_file_that_is_not_xml_reports_SG0701() =>
        Assert.Equal(["SG0701 1:1"], await ImportAsync(_ => "not XLIFF at all"));

    [Fact]
    public async Task A_translation_edited_since_the_export_reports_SG0703() =>
        Assert.Equal(["SG0703 3:2"], await ImportAsync(x => TranslationHash().Replace(x, "sg:translationHash=\"0000000000000000\"", 1)));

    [Fact]
    public async Task An_unknown_document_reports_SG0704() =>
        Assert.Equal(["SG0704 3:2"], await ImportAsync(x => x.Replace("sg:uid=\"web-archiving\"", "sg:uid=\"no-such-guide\"", StringComparison.Ordinal)));

    [Fact]
    public async Task A_unit_without_target_reports_SG0705() =>
        Assert.Equal(["SG0705 6:2"], await ImportAsync(x => FirstTarget().Replace(x, "", 1, x.IndexOf("<unit id=\"b1\"", StringComparison.Ordinal))));

    [Fact]
    public async Task A_code_the_unit_does_not_define_reports_SG0707() =>
        Assert.Equal(["SG0707 6:537"], await ImportAsync(x => Insert(x, "<unit id=\"b1\"", "<target xml:space=\"preserve\">", "<ph id=\"99\" dataRef=\"d99\"/>")));

    [Fact]
    public async Task A_heading_marker_moved_to_the_end_reports_SG0708() =>
        Assert.Equal(["SG0708 7:300"], await ImportAsync(x =>
        {
            var unit = x.IndexOf("<unit id=\"b2\"", StringComparison.Ordinal);
            var target = x.IndexOf("<target xml:space=\"preserve\">", unit, StringComparison.Ordinal) + "<target xml:space=\"preserve\">".Length;
            var phEnd = x.IndexOf("/>", target, StringComparison.Ordinal) + 2;
            var ph = x[target..phEnd];
            var close = x.IndexOf("</target>", phEnd, StringComparison.Ordinal);
            return x[..target] + x[phEnd..close] + ph + x[close..];
        }));

    [Fact]
    public async Task A_renamed_unit_reports_SG0710() =>
        Assert.Equal(["SG0710 6:2"], await ImportAsync(x => x.Replace("<unit id=\"b1\"", "<unit id=\"b999\"", StringComparison.Ordinal)).ContinueWith(t => t.Result.Where(c => c.StartsWith("SG0710", StringComparison.Ordinal)).ToList()));

    [Fact]
    public async Task A_target_language_the_site_lacks_reports_SG0711() =>
        Assert.Equal(["SG0711 2:2"], await ImportAsync(x => x.Replace("trgLang=\"fr\"", "trgLang=\"de\"", StringComparison.Ordinal)));

    private static string Insert(string xliff, string unit, string after, string text)
    {
        var at = xliff.IndexOf(after, xliff.IndexOf(unit, StringComparison.Ordinal), StringComparison.Ordinal) + after.Length;
        return xliff.Insert(at, text);
    }

    private static async Task<List<string>> ImportAsync(Func<string, string> spoil)
    {
        var root = RepositoryPaths.Root;
        var options = new BuildOptions(Path.Combine(root, "input"), Path.Combine(root, "theme"), Path.Combine(root, "output"), root);
        var catalog = (await SiteBuilder.ReadCatalogAsync(options)).Catalog;
        var alignment = new TranslationAlignment(new SourceDiffer(new SourceVersions(GitHistory.Open(options.InputDirectory))));
        var xliff = XliffExporter.Write([alignment.Plan(catalog, catalog.Find("web-archiving")!, "fr")], "en", "fr", options.DisplayPath);
        var result = new XliffImporter(catalog, alignment, options.DisplayPath).Import(Path.Combine(root, "fr.xlf"), spoil(xliff));
        Assert.True(result.HasErrors);
        Assert.DoesNotContain(result.Files, f => f.Changed);
        return [.. result.Diagnostics.Select(d => $"{d.Code} {d.Location.Line}:{d.Location.Column}")];
    }

    [GeneratedRegex("sg:translationHash=\"[0-9a-f]+\"")]
    private static partial Regex TranslationHash();

    [GeneratedRegex("<target xml:space=\"preserve\">.*?</target>", RegexOptions.Singleline)]
    private static partial Regex FirstTarget();
}
