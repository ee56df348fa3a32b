using System.Text.Json;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Cli;

/// <summary>The <c>translations</c> command run as a process on <see cref="TranslatedSite"/>: the report SPEC §3 fixes.</summary>
public sealed class TranslationsCommandTests : IDisposable
{
    private readonly TestSite _site = TranslatedSite.Create();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Json_format_has_exactly_the_shape_of_the_spec_and_the_right_status_for_every_item()
    {
        var run = await ToolRunner.RunAsync(_site.Root, "translations", "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("", run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        var root = json.RootElement;
        Assert.Equal(["languages", "items", "summary"], Names(root));
        Assert.Equal(["fr", "es"], root.GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
        foreach (var item in root.GetProperty("items").EnumerateArray())
        {
            Assert.Equal(["uid", "kind", "source", "section", "hub", "translations"], Names(item));
            Assert.Equal(["fr", "es"], Names(item.GetProperty("translations")));
            Assert.All(item.GetProperty("translations").EnumerateObject(), t => Assert.Equal(["status", "file"], Names(t.Value)));
        }
        Expect.Lines(Items(root),
        [
            "good guide input/guides/websites/good.md | fr current input/guides/websites/good.fr.md | es missing null",
            "second guide input/guides/websites/second.md | fr outdated input/guides/websites/second.fr.md | es outdated input/guides/websites/second.es.md",
            "kenya case-study input/case-studies/kenya.md | fr current input/case-studies/kenya.fr.md | es missing null",
            "about page input/pages/about.md | fr outdated input/pages/about.fr.md | es missing null",
            "contribute page input/pages/contribute.md | fr missing null | es current input/pages/contribute.es.md",
        ]);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("items")[0].GetProperty("translations").GetProperty("es").GetProperty("file").ValueKind);
        var summary = root.GetProperty("summary");
        Assert.Equal(["fr", "es"], Names(summary));
        Assert.All(summary.EnumerateObject(), s => Assert.Equal(["current", "outdated", "missing", "untranslated"], Names(s.Value)));
        Assert.Equal((2, 2, 1), Counts(summary.GetProperty("fr")));
        Assert.Equal((1, 1, 3), Counts(summary.GetProperty("es")));
    }

    [Fact]
    public async Task The_lang_option_reports_only_that_language()
    {
        var run = await ToolRunner.RunAsync(_site.Root, "translations", "--format", "json", "--lang", "es");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.Stdout);
        var root = json.RootElement;
        Assert.Equal(["es"], root.GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal(5, root.GetProperty("items").GetArrayLength());
        Assert.All(root.GetProperty("items").EnumerateArray(), i => Assert.Equal(["es"], Names(i.GetProperty("translations"))));
        Assert.Equal(["es"], Names(root.GetProperty("summary")));
        Assert.Equal((1, 1, 3), Counts(root.GetProperty("summary").GetProperty("es")));
    }

    [Fact]
    public async Task A_lang_that_is_no_translation_language_is_reported_on_stderr_and_the_report_still_exits_0()
    {
        var run = await ToolRunner.RunAsync(_site.Root, "translations", "--format", "json", "--lang", "de", "--lang", "fr");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("warning: 'de' is not a translation language of this site; site.yml lists: fr, es.\n", run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.Equal(["fr"], json.RootElement.GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
    }

    [Fact]
    public async Task Text_format_counts_each_language_and_lists_what_is_not_current()
    {
        var run = await ToolRunner.RunAsync(_site.Root, "translations");

        Assert.True(run.ExitCode == 0, run.ToString());
        Expect.Lines(run.Stdout.Split('\n')[..^1],
        [
            "fr: 2 current, 2 outdated, 1 missing",
            "  outdated guide      second  input/guides/websites/second.fr.md",
            "  outdated page       about  input/pages/about.fr.md",
            "  missing  page       contribute  input/pages/contribute.md",
            "es: 1 current, 1 outdated, 3 missing",
            "  missing  guide      good  input/guides/websites/good.md",
            "  outdated guide      second  input/guides/websites/second.es.md",
            "  missing  case-study kenya  input/case-studies/kenya.md",
            "  missing  page       about  input/pages/about.md",
        ]);
    }

    [Fact]
    public async Task Md_format_is_a_summary_table_and_a_table_of_every_item()
    {
        var run = await ToolRunner.RunAsync(_site.Root, "translations", "--format", "md", "--lang", "fr");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(
            "# Translation status\n\n" +
            "| language | current | outdated | missing | untranslated |\n|---|---:|---:|---:|---:|\n" +
            "| fr | 2 | 2 | 1 | 0 |\n\n" +
            "| uid | kind | fr |\n|---|---|---|\n" +
            "| `good` | guide | current |\n" +
            "| `second` | guide | outdated |\n" +
            "| `kenya` | case-study | current |\n" +
            "| `about` | page | outdated |\n" +
            "| `contribute` | page | missing |\n",
            run.Stdout);
    }

    [Fact]
    public async Task Problems_in_the_content_go_to_stderr_and_the_report_still_exits_0()
    {
        _site.WithFile("guides/websites/ghost.fr.md", "---\ntitle: Fantôme\nsummary: S\n---\n\nTexte.\n");

        var run = await ToolRunner.RunAsync(_site.Root, "translations", "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("input/guides/websites/ghost.fr.md:1:1: error SG0112: translation 'input/guides/websites/ghost.fr.md' has no source: ghost.md does not exist\n", run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.Equal(5, json.RootElement.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Section_and_hub_are_in_the_json_and_filter_the_report()
    {
        var run = await ToolRunner.RunAsync(_site.Root, "translations", "--format", "json", "--hub", "hub-web");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.Stdout);
        Expect.Lines(json.RootElement.GetProperty("items").EnumerateArray().Select(i =>
            $"{i.GetProperty("uid").GetString()} {i.GetProperty("section").GetString()} {i.GetProperty("hub").GetString()}"),
            ["good websites hub-web", "second websites hub-web", "kenya websites hub-web"]);
        var none = await ToolRunner.RunAsync(_site.Root, "translations", "--format", "json", "--section", "nowhere");
        Assert.Equal("warning: there is no section 'nowhere' (sections: websites).\n", none.Stderr);
        using var empty = JsonDocument.Parse(none.Stdout);
        Assert.Equal(0, empty.RootElement.GetProperty("items").GetArrayLength());
        var mistyped = await ToolRunner.RunAsync(_site.Root, "translations", "--hub", "hub-wbe", "--section", "webistes");
        Assert.Equal("warning: there is no section 'webistes' (sections: websites); did you mean 'websites'?\nwarning: there is no hub 'hub-wbe' (hubs: hub-web); did you mean 'hub-web'?\n", mistyped.Stderr);
    }

    [Fact]
    public async Task The_section_option_keeps_that_section_s_guides_and_case_studies_in_every_format()
    {
        var json = await ToolRunner.RunAsync(_site.Root, "translations", "--format", "json", "--section", "websites");
        var text = await ToolRunner.RunAsync(_site.Root, "translations", "--section", "websites", "--lang", "fr");
        var markdown = await ToolRunner.RunAsync(_site.Root, "translations", "--format", "md", "--hub", "hub-web", "--lang", "es");

        Assert.True(json.ExitCode == 0 && json.Stderr == "", json.ToString());
        using var document = JsonDocument.Parse(json.Stdout);
        Expect.Lines(document.RootElement.GetProperty("items").EnumerateArray().Select(i => $"{i.GetProperty("uid").GetString()} {i.GetProperty("section").GetString()}"),
            ["good websites", "second websites", "kenya websites"]);
        Assert.Equal((2, 1, 0), Counts(document.RootElement.GetProperty("summary").GetProperty("fr")));
        Assert.Equal("fr: 2 current, 1 outdated, 0 missing\n  outdated guide      second  input/guides/websites/second.fr.md\n", text.Stdout);
        Assert.Contains("| `kenya` | case-study | missing |", markdown.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("about", markdown.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_translation_still_in_the_source_text_is_untranslated_and_check_warns_SG0700()
    {
        _site.WithFile("guides/websites/good.es.md", $"---\ntitle: A good guide\nsummary: Nothing is wrong here.\nsource_hash: {TranslatedSite.GoodHash}\n---\n{TranslatedSite.GoodBody}");

        var run = await ToolRunner.RunAsync(_site.Root, "translations", "--format", "json", "--lang", "es");
        var check = await _site.CheckAsync();

        using var json = JsonDocument.Parse(run.Stdout);
        Assert.Equal("untranslated", json.RootElement.GetProperty("items")[0].GetProperty("translations").GetProperty("es").GetProperty("status").GetString());
        Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("es").GetProperty("untranslated").GetInt32());
        Assert.Contains("input/guides/websites/good.es.md:6:1: warning SG0700: the es translation of 'good' is still the source text: it is reported 'untranslated' and readers get the source",
            DiagnosticLines.Of(check.Diagnostics));
    }

    private static List<string?> Names(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];

    private static IEnumerable<string> Items(JsonElement root) => root.GetProperty("items").EnumerateArray().Select(i =>
        $"{i.GetProperty("uid").GetString()} {i.GetProperty("kind").GetString()} {i.GetProperty("source").GetString()} | " +
        string.Join(" | ", i.GetProperty("translations").EnumerateObject().Select(t =>
            $"{t.Name} {t.Value.GetProperty("status").GetString()} {t.Value.GetProperty("file").GetString() ?? "null"}")));

    private static (int Current, int Outdated, int Missing) Counts(JsonElement summary) =>
        (summary.GetProperty("current").GetInt32(), summary.GetProperty("outdated").GetInt32(), summary.GetProperty("missing").GetInt32());
}
