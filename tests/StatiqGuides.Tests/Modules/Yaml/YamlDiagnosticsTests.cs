using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Modules.Yaml;

public sealed class YamlDiagnosticsTests
{
    [Fact]
    public async Task Malformed_yaml_in_front_matter_reports_SG0002_at_its_line_in_the_file()
    {
        using var site = TestSite.Create().WithGuide("broken", "title: \"Broken\nsummary: S");

        var run = await site.CheckAsync();

        Expect.Diagnostics(run,
            "input/guides/websites/broken.md:2:8: error SG0002: malformed YAML: unclosed quote: the \" that opens this value is never closed");
        Assert.Contains(TestSite.GoodGuidePage, run.Pages.Keys);
        Assert.DoesNotContain("en/guides/websites/broken/index.html", run.Pages.Keys);
    }

    [Fact]
    public async Task An_unclosed_flow_list_reports_SG0002_at_its_bracket_instead_of_crashing()
    {
        using var site = TestSite.Create().WithGuide("unclosed", "title: [unclosed <b>\nsummary: S");

        var run = await site.CheckAsync();

        Expect.Diagnostics(run,
            "input/guides/websites/unclosed.md:2:8: error SG0002: malformed YAML: the '[' that opens this value is never closed: end it with ']', or put the whole value in quotes if the '[' is part of the text");
        Assert.Contains(TestSite.GoodGuidePage, run.Pages.Keys);
    }

    [Fact]
    public async Task Malformed_yaml_in_a_settings_file_reports_SG0002_and_the_file_counts_as_empty()
    {
        using var site = TestSite.Create().WithFile("hubs.yml", "- id: hub-web\n  name: Web hub\n   host: wrong indent\n");

        var run = await site.CheckAsync();

        // With no hubs, the section's hub is unknown and the section is maintained by nobody.
        Expect.Diagnostics(run,
            "input/guides/websites/_section.yml:1:1: warning SG0109: section 'websites' is maintained by no hub",
            "input/guides/websites/_section.yml:3:6: error SG0104: unknown hub 'hub-web'",
            "input/hubs.yml:3:4: error SG0002: malformed YAML: this line is indented more than the key above it: give keys of one mapping the same indentation, or quote a value that goes on over several lines");
        Assert.Contains(TestSite.GoodGuidePage, run.Pages.Keys);
    }

    [Fact]
    public async Task A_duplicate_key_reports_SG0003_and_keeps_the_first()
    {
        using var site = TestSite.Create().WithGuide("twice", "title: First\nsummary: S\ntitle: Second");

        var run = await site.CheckAsync();

        Expect.Diagnostics(run, "input/guides/websites/twice.md:4:1: error SG0003: duplicate key 'title' (first defined on line 2)");
        Assert.Equal("First", run.Page("en/guides/websites/twice/index.html").QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task Front_matter_that_is_a_list_reports_SG0006()
    {
        using var site = TestSite.Create().WithGuide("listed", "- title\n- summary");

        var run = await site.CheckAsync();

        Expect.Diagnostics(run, "input/guides/websites/listed.md:2:1: error SG0006: expected a mapping of keys to values, found a list");
        Assert.Contains(TestSite.GoodGuidePage, run.Pages.Keys);
    }

    [Fact]
    public async Task Front_matter_that_is_a_string_reports_SG0006()
    {
        using var site = TestSite.Create().WithGuide("text", "just some text");

        var run = await site.CheckAsync();

        Expect.Diagnostics(run, "input/guides/websites/text.md:2:1: error SG0006: expected a mapping of keys to values, found 'just some text'");
    }

    [Fact]
    public async Task Anchors_and_aliases_are_resolved()
    {
        using var site = TestSite.Create().WithGuide("anchored", "title: &name Anchored\nsummary: *name");

        var run = await site.CheckAsync();

        Expect.NoDiagnostics(run.Diagnostics);
        Assert.Equal("Anchored", run.Page("en/guides/websites/anchored/index.html").QuerySelector(".lead")?.TextContent);
    }

    [Fact]
    public async Task Aliases_expanding_past_a_hundred_thousand_values_report_SG0002_at_the_alias()
    {
        var levels = string.Concat("bcdef".Select((c, i) => $"{c}: &{c} [{string.Join(", ", Enumerable.Repeat("*" + "abcdef"[i], 10))}]\n"));
        using var site = TestSite.Create().WithGuide("bomb", "title: T\nsummary: S\na: &a [x, x, x, x, x, x, x, x, x, x]\n" + levels);

        var run = await site.CheckAsync();

        Expect.Diagnostics(run, "input/guides/websites/bomb.md:8:36: error SG0002: malformed YAML: aliases expand to more than 100000 values");
        Assert.Contains(TestSite.GoodGuidePage, run.Pages.Keys);
    }

    [Fact]
    public async Task Values_nested_more_than_64_deep_report_SG0002()
    {
        using var site = TestSite.Create().WithGuide("deep", "title: T\nsummary: S\nx: " + new string('[', 100) + new string(']', 100));

        var run = await site.CheckAsync();

        Expect.Diagnostics(run, "input/guides/websites/deep.md:4:68: error SG0002: malformed YAML: values are nested more than 64 levels deep");
    }

    [Theory]
    [InlineData("title: T\n\tsummary: S", "3:1", "a tab is not allowed for indentation: indent with spaces")]
    [InlineData("title T\nsummary: S", "2:6", "a colon is missing after the key 'title': write 'title: value'")]
    [InlineData("title: Open data: a primer\nsummary: S", "2:8", "the value contains ': ': put the whole value in quotes, e.g. title: \"Open data: a primer\"")]
    [InlineData("title: 'T\nsummary: S", "2:8", "unclosed quote: the ' that opens this value is never closed")]
    [InlineData("title: T\nsummary: \"a [b\"\ntags: [email, alerts\nauthors: [A]", "4:7", "the '[' that opens this value is never closed: end it with ']', or put the whole value in quotes if the '[' is part of the text")]
    [InlineData("title: T # [not a list\nsummary: a[b\nx: {a: [1, 2], b: {c: 1}\n", "4:4", "the '{' that opens this value is never closed: end it with '}', or put the whole value in quotes if the '{' is part of the text")]
    [InlineData("- a\nsummary: S", "3:1", "a list item must start with '- ', indented like the other items, and a list cannot be followed by a key at the same indentation")]
    public async Task A_yaml_mistake_is_explained_in_plain_words_at_the_line_it_is_on(string frontMatter, string place, string message)
    {
        using var site = TestSite.Create().WithGuide("mistake", frontMatter);

        var run = await site.CheckAsync();

        Expect.Diagnostics(run, $"input/guides/websites/mistake.md:{place}: error SG0002: malformed YAML: {message}");
    }
}
