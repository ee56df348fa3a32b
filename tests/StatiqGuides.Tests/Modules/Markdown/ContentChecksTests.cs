using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Modules.Markdown;

/// <summary>Unfinished or inaccessible content, each reported where it is written.</summary>
public sealed class ContentChecksTests
{
    [Fact]
    public async Task Images_without_alt_report_SG0900_a_body_h1_SG0901_styles_SG0902_and_a_bad_heading_id_SG0903()
    {
        using var site = TestSite.Create().WithGuide("body", "title: Body\nsummary: S",
            "# A second title\n\n## Fine {#fine-id}\n\n## Bad {#bad id}\n\n![](../../assets/x.png) ![A map](../../assets/x.png)\n\n<img src=\"../../assets/x.png\"> <span style=\"color:red\">red</span>\n\n<style>p { color: red }</style>\n");
        site.WithFile("assets/x.png", "png");

        var run = await site.CheckAsync();

        Expect.Diagnostics(run,
            "input/guides/websites/body.md:6:1: warning SG0901: a level-1 heading 'A second title' in the body: the page title is the page's only <h1>",
            "input/guides/websites/body.md:10:1: error SG0903: heading id 'bad id' is not an identifier: letters and digits joined by single '-' or '_'",
            "input/guides/websites/body.md:12:1: warning SG0900: image '../../assets/x.png' has no alt text: screen readers cannot say what it shows",
            "input/guides/websites/body.md:14:1: warning SG0900: image '../../assets/x.png' has no alt text: screen readers cannot say what it shows",
            "input/guides/websites/body.md:14:38: warning SG0902: a style attribute is blocked by the site's Content-Security-Policy (style-src 'self'): readers of the published site will not see it",
            "input/guides/websites/body.md:16:1: error SG0304: <style> is not allowed in content",
            "input/guides/websites/body.md:16:1: warning SG0902: a <style> element is blocked by the site's Content-Security-Policy (style-src 'self'): readers of the published site will not see it");
    }

    [Fact]
    public async Task An_explicit_heading_id_is_the_heading_id_and_its_braces_are_not_shown()
    {
        using var site = TestSite.Create().WithGuide("ids", "title: Ids\nsummary: S", "## Titre *traduit* {#translated-title}\n\nSee [it](#translated-title).\n");

        var run = await site.BuildAsync();

        Expect.Diagnostics(run.Diagnostics);
        var heading = site.OutputPage("en/guides/websites/ids/index.html").QuerySelector("h2#translated-title")!;
        Assert.Equal("Titre traduit", heading.TextContent.Trim());
        Assert.DoesNotContain("{#", site.OutputPage("en/guides/websites/ids/index.html").QuerySelector(".prose")!.InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_heading_id_another_heading_or_the_theme_has_reports_SG0904_and_automatic_ids_go_round_them()
    {
        using var site = TestSite.Create().WithGuide("clash", "title: Clash\nsummary: S",
            "## Why it matters\n\n## Pourquoi {#why-it-matters}\n\n## Kept {#kept}\n\n## Kept\n\n## Main\n\n## Skip {#main}\n\n## Contents {#sg-toc-title}\n");

        var run = await site.CheckAsync();

        Expect.Diagnostics(run,
            "input/guides/websites/clash.md:8:1: error SG0904: heading id 'why-it-matters' is taken: the heading on line 6 has it, so a link to #why-it-matters would reach only that one",
            "input/guides/websites/clash.md:16:1: error SG0904: heading id 'main' is taken: the page around the body uses it ('main' and the ids that start with 'sg-' are the theme's)",
            "input/guides/websites/clash.md:18:1: error SG0904: heading id 'sg-toc-title' is taken: the page around the body uses it ('main' and the ids that start with 'sg-' are the theme's)");
        var ids = run.Page("en/guides/websites/clash/index.html").QuerySelectorAll(".prose h2").Select(h => h.Id).ToList();
        // "## Kept" after {#kept}, and "## Main", get ids of their own; the skip link's target stays the only #main.
        Assert.Equal(["why-it-matters", "why-it-matters", "kept", "kept-1", "main-1", "main", "sg-toc-title"], ids);
    }

    [Fact]
    public async Task A_string_where_a_list_is_expected_reports_SG0231_and_is_read_as_the_list_and_a_scaffold_summary_SG0232()
    {
        using var site = TestSite.Create().WithGuide("tagged", "title: Tagged\nsummary: \"One or two sentences: what this guide helps a parliament do (at most 300 characters).\"\ntags: email, alerts");

        var run = await site.BuildAsync();

        Expect.Diagnostics(run.Diagnostics,
            "input/guides/websites/tagged.md:3:10: warning SG0232: the scaffold's prompt is still here: 'One or two sentences: what this guide helps a parliament do (at most 300 characters).'",
            "input/guides/websites/tagged.md:4:7: warning SG0231: 'tags' is one string, 'email, alerts', where a list is expected; it is read as the list [email, alerts]");
        Assert.True(File.Exists(Path.Combine(site.OutputDirectory, "en", "tags", "email", "index.html")));
        Assert.True(File.Exists(Path.Combine(site.OutputDirectory, "en", "tags", "alerts", "index.html")));
    }

    [Fact]
    public async Task A_body_prompt_left_in_reports_SG0232_at_its_underscore_once_per_line_and_prompt()
    {
        using var site = TestSite.Create().WithGuide("prompts", "title: P\nsummary: S",
            "Intro.\n\n_The first thing to do._ twice: _The first thing to do._\nText _Another one._ then _The next one._\n_The next one._\n");

        var run = await site.CheckAsync();

        Expect.Diagnostics(run.Diagnostics,
            "input/guides/websites/prompts.md:8:1: warning SG0232: the scaffold's prompt is still here: 'The first thing to do.'",
            "input/guides/websites/prompts.md:9:6: warning SG0232: the scaffold's prompt is still here: 'Another one.'",
            "input/guides/websites/prompts.md:9:26: warning SG0232: the scaffold's prompt is still here: 'The next one.'",
            "input/guides/websites/prompts.md:10:1: warning SG0232: the scaffold's prompt is still here: 'The next one.'");
    }

    [Fact]
    public async Task A_mistyped_uid_reports_SG0101_with_the_nearest_known_one()
    {
        using var site = TestSite.Create().WithCaseStudy("kenya-hansard").WithGuide("citing", "title: C\nsummary: S\ncase_studies: [kenya-hansrad]");

        var run = await site.CheckAsync();

        Assert.Contains(run.Diagnostics, d => d.Code == "SG0101" && d.Message == "unknown case study 'kenya-hansrad'; did you mean 'kenya-hansard'?");
    }

    [Fact]
    public async Task A_case_study_no_hub_maintains_reports_SG0118_and_a_title_lacking_a_language_SG0119()
    {
        using var site = TestSite.Create().WithCaseStudy("orphan", "themes: []")
            .WithFile("site.yml", TestSite.SiteYml.Replace("title: Test guides", "title:\n  en: Test guides", StringComparison.Ordinal).Replace("languages: [en]", "languages: [en, fr]", StringComparison.Ordinal));

        var run = await site.CheckAsync();

        Assert.Contains(run.Diagnostics, d => d.Code == "SG0118" && d.Location.Path == "input/case-studies/orphan.md");
        Assert.Contains(run.Diagnostics, d => d.Code == "SG0119" && d.Message == "site.yml 'title' has no 'fr' text: readers of that language see the en one");
    }

    [Fact]
    public async Task A_base_url_option_that_is_not_an_absolute_http_url_reports_SG0230()
    {
        using var site = TestSite.Create();

        var run = await ToolRunner.RunAsync(site.Root, "check", "--base-url", "guides.example.org");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.StartsWith("--base-url:1:1: error SG0230: --base-url must be an absolute http(s) URL, found 'guides.example.org'\n", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", run.Stderr, StringComparison.Ordinal);
    }
}
