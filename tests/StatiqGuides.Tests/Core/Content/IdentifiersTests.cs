using StatiqGuides.Core.Content;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Core.Content;

/// <summary>Strict identifiers (issue 9, class 2): one rule for everything that becomes a path or a URL, unique
/// ignoring case; aliases are one URL-safe path.</summary>
public sealed class IdentifiersTests
{
    [Theory]
    [InlineData("OCR-and-Machine-Translation", true)]
    [InlineData("data_wrangling_in_R", true)]
    [InlineData("open-data", true)]
    [InlineData("..", false)]
    [InlineData("a--b", false)]
    [InlineData("-a", false)]
    [InlineData("a b", false)]
    [InlineData("données", false)]
    [InlineData("x\u202Egpj", false)]
    [InlineData("a/b", false)]
    [InlineData("", false)]
    public void The_identifier_rule_accepts_ascii_words_joined_by_single_separators_only(string value, bool valid) =>
        Assert.Equal(valid, Identifiers.IsValid(value));

    [Theory]
    [InlineData("/guides/old-page/", true)]
    [InlineData("/old%20name", true)]
    [InlineData("/a\n/* /assets/login.html 200!", false)]
    [InlineData("/../../etc", false)]
    [InlineData("/a/./b", false)]
    [InlineData("//evil.example/", false)]
    [InlineData("/a%2e%2e/b", false)]
    [InlineData("/a b", false)]
    public void The_alias_rule_allows_one_url_safe_site_path(string value, bool valid) =>
        Assert.Equal(valid, Identifiers.IsValidAlias(value));

    [Fact]
    public async Task A_hub_id_that_climbs_out_of_the_output_reports_SG0212_and_writes_nowhere()
    {
        using var site = TestSite.Create().WithFile("hubs.yml", TestSite.HubsYml + "- id: ../../../../x\n  name: Evil\n  host: H\n  sections: []\n");

        var run = await site.CheckAsync();

        Expect.Diagnostics(run, "input/hubs.yml:6:7: error SG0212: hub id '../../../../x' must be ASCII letters and digits joined by single '-' or '_' (^[A-Za-z0-9]+([-_][A-Za-z0-9]+)*$)");
    }

    [Theory]
    [InlineData("....md", "...")]
    [InlineData("a?b.md", "a?b")]
    [InlineData("quote\".md", "quote\"")]
    [InlineData("rlo\u202Eevil.md", "rlo\\u202Eevil")]
    public async Task A_file_name_that_is_no_identifier_reports_SG0212_at_the_file(string file, string shown)
    {
        using var site = TestSite.Create().WithFile("guides/websites/" + file, "---\ntitle: T\nsummary: S\n---\n");

        var run = await site.CheckAsync();

        Assert.Contains(run.Diagnostics, d => d.Code == "SG0212" && d.Message.Contains($"'{shown}'", StringComparison.Ordinal));
        Assert.Contains(TestSite.GoodGuidePage, run.Pages.Keys);
    }

    [Fact]
    public async Task A_uid_with_terminal_codes_reports_SG0212_with_the_codes_escaped()
    {
        using var site = TestSite.Create().WithGuide("evil", "title: T\nsummary: S\nuid: \"x\\e[2J\\n::error file=a::forged\"");

        var run = await site.CheckAsync();

        // SG0009 for the control characters themselves, SG0212 for the uid; neither prints them raw.
        Assert.Equal(["SG0009", "SG0212"], run.Diagnostics.Select(d => d.Code));
        Assert.All(run.Lines, line =>
        {
            Assert.DoesNotContain('\u001B', line);
            Assert.DoesNotContain('\n', line);
        });
        Assert.Contains("::error", run.Lines[1], StringComparison.Ordinal);
        Assert.Contains("\\u", run.Lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Uids_that_differ_only_in_case_report_SG0213()
    {
        using var site = TestSite.Create().WithGuide("Intro", "title: A\nsummary: S").WithGuide("intro", "title: B\nsummary: S");

        var run = await site.CheckAsync();

        Assert.Contains(run.Diagnostics, d => d.Code == "SG0213");
    }

    [Fact]
    public async Task Aliases_with_a_newline_or_a_dot_segment_report_SG0211_and_never_reach_redirects()
    {
        using var site = TestSite.Create().WithGuide("moved", "title: M\nsummary: S\naliases: [\"/a\\n/* /assets/login.html 200!\", /x/../y, /ok/]");

        var run = await site.CheckAsync();

        Assert.Equal(2, run.Diagnostics.Count(d => d.Code == "SG0211"));
        site.WithFile("guides/websites/moved.md", "---\ntitle: M\nsummary: S\naliases: [/ok/]\n---\n");
        await site.BuildAsync();
        Assert.DoesNotContain("login", site.ReadOutput("_redirects"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("assets/a?b.png")]
    [InlineData("assets/quote\".pdf")]
    [InlineData("assets/rtl\u202Efdp.exe")]
    [InlineData("assets/.hidden")]
    public async Task An_asset_name_no_file_system_reads_the_same_reports_SG0214(string path)
    {
        using var site = TestSite.Create().WithFile(path, "x");

        var run = await site.CheckAsync();

        Assert.Contains(run.Diagnostics, d => d.Code == "SG0214" && d.Location.Path.StartsWith("input/assets/", StringComparison.Ordinal));
    }
}
