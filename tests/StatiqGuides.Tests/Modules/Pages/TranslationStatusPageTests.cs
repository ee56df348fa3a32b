using AngleSharp.Html.Dom;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Modules.Pages;

/// <summary>The built site's <c>/translation-status/</c>, the hub pages' lists of what needs translating, and the
/// outdated notice naming the changed sections, on <see cref="StatusSite"/> (a real git history); and the same without
/// a repository.</summary>
public sealed class TranslationStatusPageTests(StatusSite built) : IClassFixture<StatusSite>
{
    private const string StatusPage = "translation-status/index.html";
    private const string History = "https://github.com/example/guides/commits/main/input/";

    private TestSite Site => built.Site;

    [Fact]
    public void The_build_reports_only_the_untranslated_spanish_guide()
    {
        Expect.Lines(built.Result.Lines, ["input/guides/websites/good.es.md:6:1: warning SG0700: the es translation of 'good' is still the source text: it is reported 'untranslated' and readers get the source"]);
    }

    [Fact]
    public void The_status_page_lists_every_item_per_language_and_section_with_block_counts_page_links_and_history_links()
    {
        var page = Site.OutputPage(StatusPage);

        Expect.Lines(Rows(page, "fr"),
        [
            "Websites | An evolving guide -> ../fr/guides/websites/evolving/ | Out of date (1 changed, 2 added, 0 removed) | input/guides/websites/evolving.fr.md | " + History + "guides/websites/evolving.md",
            "Websites | A good guide -> ../fr/guides/websites/good/ | Not translated | input/guides/websites/good.md | " + History + "guides/websites/good.md",
            "Other pages | About -> ../fr/about/ | Not translated | input/pages/about.md | " + History + "pages/about.md",
        ]);
        Expect.Lines(Rows(page, "es"),
        [
            "Websites | An evolving guide -> ../es/guides/websites/evolving/ | Up to date | input/guides/websites/evolving.es.md | " + History + "guides/websites/evolving.md",
            "Websites | A good guide -> ../es/guides/websites/good/ | Still in the original | input/guides/websites/good.es.md | " + History + "guides/websites/good.md",
            "Other pages | About -> ../es/about/ | Not translated | input/pages/about.md | " + History + "pages/about.md",
        ]);
        Expect.Lines(page.QuerySelectorAll(".status-summary").Select(p => p.TextContent),
            ["0 up to date, 1 out of date, 2 not translated, 0 still in the original language", "1 up to date, 0 out of date, 1 not translated, 1 still in the original language"]);
    }

    [Fact]
    public void The_status_page_is_noindex_and_in_neither_the_sitemap_nor_the_search_index_and_links_relatively()
    {
        var page = Site.OutputPage(StatusPage);

        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.Equal("Translation status", page.QuerySelector("h1")?.TextContent);
        Assert.DoesNotContain("translation-status", Site.ReadOutput("sitemap.xml"), StringComparison.Ordinal);
        Assert.All(Directory.EnumerateFiles(Site.OutputPath("en/search")), f => Assert.DoesNotContain("translation-status", File.ReadAllText(f), StringComparison.Ordinal));
        // Opened from disk, every link but the repository host's is relative, and leads to a page that was built.
        var links = page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).Where(h => !h.StartsWith('#')).ToList();
        Assert.All(links.Where(h => !h.StartsWith(History, StringComparison.Ordinal)), href =>
        {
            Assert.False(href.StartsWith('/') || href.Contains("://", StringComparison.Ordinal), href);
            Assert.True(File.Exists(Path.Combine(Site.OutputPath("translation-status"), href.Split('#')[0], "index.html")) || File.Exists(Path.Combine(Site.OutputPath("translation-status"), href)), href);
        });
    }

    [Theory]
    [InlineData("en/hubs/hub-web/index.html", "Translation status of every page")]
    [InlineData("fr/hubs/hub-web/index.html", "État de la traduction de toutes les pages")]
    [InlineData("es/hubs/hub-web/index.html", "Estado de la traducción de todas las páginas")]
    public void Each_hub_page_links_to_the_status_page(string hub, string text)
    {
        var link = Site.OutputPage(hub).QuerySelector(".translation-status-link a");

        Assert.Equal(text, link?.TextContent);
        Assert.Equal("../../../translation-status/", link?.GetAttribute("href"));
    }

    [Fact]
    public void A_hub_page_lists_which_items_are_outdated_missing_or_untranslated_and_links_to_them()
    {
        var page = Site.OutputPage("fr/hubs/hub-web/index.html");

        Assert.Equal("Ce qui reste à traduire en français", page.QuerySelector("#sg-needs-fr")?.TextContent);
        Expect.Lines(Needs(page, "fr"),
        [
            "outdated: Un guide qui évolue -> ../../guides/websites/evolving/: À mettre à jour (1 modifiés, 2 ajoutés, 0 supprimés)",
            "missing: A good guide -> ../../guides/websites/good/: Non traduite",
        ]);
        Expect.Lines(Needs(page, "es"), ["untranslated: A good guide -> ../../../es/guides/websites/good/: Encore dans l’original"]);
        Expect.Lines(Needs(Site.OutputPage("en/hubs/hub-web/index.html"), "fr"),
        [
            "outdated: An evolving guide -> ../../../fr/guides/websites/evolving/: Out of date (1 changed, 2 added, 0 removed)",
            "missing: A good guide -> ../../../fr/guides/websites/good/: Not translated",
        ]);
    }

    [Fact]
    public void The_outdated_notice_names_the_changed_sections_and_links_to_them_in_the_current_source()
    {
        var notice = Site.OutputPage("fr/guides/websites/evolving/index.html").QuerySelector(".notice-outdated")!;

        Assert.EndsWith("le texte original a été modifié depuis, dans les parties indiquées ici.", notice.QuerySelector("p")!.FirstChild!.TextContent.Trim(), StringComparison.Ordinal);
        Expect.Lines(notice.QuerySelectorAll(".notice-sections a").Select(a => $"{a.TextContent} -> {a.GetAttribute("href")} ({a.GetAttribute("hreflang")})"),
        [
            "Closing -> ../../../../en/guides/websites/evolving/#closing (en)",
            "New part -> ../../../../en/guides/websites/evolving/#brand-new (en)",
        ]);
        var source = Site.OutputPage("en/guides/websites/evolving/index.html");
        Assert.NotNull(source.GetElementById("closing"));
        Assert.NotNull(source.GetElementById("brand-new"));
        Assert.Null(Site.OutputPage("es/guides/websites/evolving/index.html").QuerySelector(".notice"));
    }

    [Fact]
    public async Task The_command_html_is_the_same_view_as_the_site_page_with_absolute_links()
    {
        var run = await ToolRunner.RunAsync(Site.Root, "translations", "--format", "html");

        Assert.True(run.ExitCode == 0, run.ToString());
        var command = Html.Parse(run.Stdout);
        var site = Site.OutputPage(StatusPage);
        Assert.Equal("noindex", command.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        foreach (var language in new[] { "fr", "es" })
        {
            Expect.Lines(Rows(command, language), [.. Rows(site, language).Select(r => r.Replace(" -> ../", " -> https://guides.test/", StringComparison.Ordinal))]);
        }
        Assert.Equal(Html.Normalize(site.QuerySelector(".status-intro")!.OuterHtml), Html.Normalize(command.QuerySelector(".status-intro")!.OuterHtml));
    }

    [Fact]
    public async Task Without_a_repository_the_status_page_has_no_history_links_and_the_notice_is_the_generic_one()
    {
        using var site = TestSite.Create().WithLanguages("en", "fr")
            .WithFile("site.yml", TestSite.SiteYml.Replace("languages: [en]", "languages: [en, fr]", StringComparison.Ordinal)
                .Replace("repository: https://github.com/example/guides\n", "", StringComparison.Ordinal))
            .WithFile("guides/websites/evolving.md", StatusSite.Evolving(StatusSite.V2))
            .WithFile("guides/websites/evolving.fr.md", StatusSite.FrenchOf(StatusSite.V1));

        var result = await site.BuildAsync();

        Expect.NoDiagnostics(result.Diagnostics);
        var page = site.OutputPage(StatusPage);
        Assert.Empty(page.QuerySelectorAll("a[href*='commits']"));
        Assert.Equal(["Page", "Status", "File"], page.QuerySelectorAll("section[data-language=fr] thead th").Select(th => th.TextContent).Distinct());
        Expect.Lines(Rows(page, "fr"),
        [
            "Websites | An evolving guide -> ../fr/guides/websites/evolving/ | Out of date | input/guides/websites/evolving.fr.md",
            "Websites | A good guide -> ../fr/guides/websites/good/ | Not translated | input/guides/websites/good.md",
        ]);
        var notice = site.OutputPage("fr/guides/websites/evolving/index.html").QuerySelector("p.notice-outdated");
        Assert.EndsWith("le texte original a été modifié depuis.", notice?.FirstChild?.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Empty(site.OutputPage("fr/guides/websites/evolving/index.html").QuerySelectorAll(".notice-sections"));
        Expect.Lines(Needs(site.OutputPage("fr/hubs/hub-web/index.html"), "fr"),
        [
            "outdated: Un guide qui évolue -> ../../guides/websites/evolving/: À mettre à jour",
            "missing: A good guide -> ../../guides/websites/good/: Non traduite",
        ]);
    }

    [Fact]
    public async Task Markup_in_titles_and_headings_is_text_on_the_status_page_the_hub_list_and_the_notice()
    {
        const string title = "A <script>alert(1)</script> & \"guide\" <b>";
        const string before = "## Use `<iframe>` & **care** {#care}\n\nText.\n";
        using var site = TestSite.Create().WithLanguages("en", "fr")
            .WithGuide("hostile", $"title: '{title}'\nsummary: S.", before)
            .WithFile("guides/websites/hostile.fr.md", $"---\ntitle: '<i>Titre</i>'\nsummary: S.\nsource_hash: {SpecSourceHash.Of(title, "S.", "\n" + before)}\n---\n\n## Prudence {{#care}}\n\nTexte.\n");
        GitRepository.Init(site.Root);
        Assert.Equal(0, (await ToolRunner.RunAsync(site.Root, "codeowners")).ExitCode);
        GitRepository.CommitAll(site.Root, "hostile", 1);
        site.WithGuide("hostile", $"title: '{title}'\nsummary: S.", before.Replace("Text.", "Text, edited.", StringComparison.Ordinal));

        var result = await site.BuildAsync();
        var command = await ToolRunner.RunAsync(site.Root, "translations", "--format", "html");

        Expect.NoDiagnostics(result.Diagnostics);
        foreach (var page in new[] { site.OutputPage(StatusPage), Html.Parse(command.Stdout) })
        {
            Assert.Empty(page.QuerySelectorAll("main script, main b, main i, main iframe"));
            Assert.Contains(title, page.QuerySelectorAll("tbody th a").Select(a => a.TextContent));
        }
        var hub = site.OutputPage("fr/hubs/hub-web/index.html");
        Assert.Contains("<i>Titre</i>", hub.QuerySelectorAll(".translation-needs a").Select(a => a.TextContent));
        Assert.Empty(hub.QuerySelectorAll(".translation-needs i"));
        var notice = site.OutputPage("fr/guides/websites/hostile/index.html").QuerySelector(".notice-sections")!;
        Assert.Equal(["Use <iframe> & care -> ../../../../en/guides/websites/hostile/#care"],
            notice.QuerySelectorAll("a").Select(a => $"{a.TextContent} -> {a.GetAttribute("href")}"));
        Assert.Empty(notice.QuerySelectorAll("iframe, strong, code"));
    }

    [Fact]
    public async Task A_hub_lists_twenty_items_per_language_outdated_first_and_counts_the_rest_linking_to_the_status_page()
    {
        using var site = TestSite.Create().WithLanguages("en", "fr");
        for (var i = 0; i < 24; i++) site.WithGuide($"g{i:00}", $"title: Guide {i:00}\nsummary: S.");
        site.WithFile("guides/websites/g23.fr.md", "---\ntitle: Guide 23 en français\nsummary: S.\nsource_hash: 000000000000\n---\n\nTexte.\n");

        var result = await site.BuildAsync();

        Expect.NoDiagnostics(result.Diagnostics);
        var page = site.OutputPage("fr/hubs/hub-web/index.html");
        var needs = Needs(page, "fr").ToList();
        Assert.Equal(20, needs.Count);
        Assert.StartsWith("outdated: Guide 23 en français -> ", needs[0], StringComparison.Ordinal);
        Assert.All(needs.Skip(1), n => Assert.StartsWith("missing: ", n, StringComparison.Ordinal));
        var more = page.QuerySelector("ul.translation-needs[data-language=fr] li.translation-needs-more a");
        Assert.Equal("et 5 de plus", more?.TextContent);
        Assert.Equal("../../../translation-status/#status-fr", more?.GetAttribute("href"));
        Assert.Equal(25, site.OutputPage(StatusPage).QuerySelectorAll("section[data-language=fr] tbody tr").Length);
    }

    [Fact]
    public async Task A_site_in_one_language_has_no_status_page_and_its_hubs_link_none()
    {
        using var site = TestSite.Create();

        await site.BuildAsync();

        Assert.False(File.Exists(site.OutputPath(StatusPage)));
        Assert.Null(site.OutputPage("en/hubs/hub-web/index.html").QuerySelector(".translation-status-link"));
    }

    /// <summary>"section | title -> page link | status | file | history link" for each row of a language's tables.</summary>
    private static IEnumerable<string> Rows(IHtmlDocument page, string language) =>
        page.QuerySelectorAll($"section[data-language={language}] table").SelectMany(table =>
        {
            var section = page.GetElementById(table.GetAttribute("aria-labelledby")!)!.TextContent;
            return table.QuerySelectorAll("tbody tr").Select(tr =>
            {
                var link = tr.QuerySelector("th a")!;
                var cells = tr.QuerySelectorAll("td").Select(td => td.QuerySelector("a")?.GetAttribute("href") ?? td.TextContent);
                return $"{section} | {link.TextContent} -> {link.GetAttribute("href")} | {string.Join(" | ", cells)}";
            });
        });

    private static IEnumerable<string> Needs(IHtmlDocument page, string language) =>
        page.QuerySelectorAll($"ul.translation-needs[data-language={language}] li[data-status]").Select(li =>
        {
            var link = li.QuerySelector("a")!;
            return $"{li.GetAttribute("data-status")}: {link.TextContent} -> {link.GetAttribute("href")}{li.TextContent[link.TextContent.Length..]}";
        });
}
