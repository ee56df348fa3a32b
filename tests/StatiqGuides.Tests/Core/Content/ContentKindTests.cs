using StatiqGuides.Core.Content;
using StatiqGuides.Modules.Build;
using StatiqGuides.Modules.FrontMatter;
using StatiqGuides.Modules.Serve;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Core.Content;

/// <summary>A kind a host registers (<c>toolkits/</c>, with its own keys, layout and listing) is found, read, placed,
/// inherited, listed and indexed as its definition says, in every language.</summary>
public sealed class ContentKindTests
{
    private const string ToolkitLayout = """
        {% include 'breadcrumbs' %}
        <article class="page toolkit">
        {% include 'page-head' %}
        <p class="audience">{{ page.fields.audience | escape }}</p>
        <ul class="tools">
        {%- for tool in page.fields.tools %}
        <li>{{ tool | escape }}</li>
        {%- endfor %}
        </ul>
        {% include 'prose' %}
        </article>
        """;

    private const string PressKit = """
        ---
        title: Press kit
        summary: What a press office needs to stream sittings.
        audience: Press officers
        tools: [cameras, encoders]
        ---

        A kit for **livestreaming** plenary sittings.

        """;

    private const string PressKitFrench = """
        ---
        title: Kit presse
        summary: Ce qu'il faut à un service de presse pour diffuser les séances.
        tools: [caméras]
        ---

        Un kit pour la **retransmission** des séances.

        """;

    private static ContentKind Toolkits() => new ContentKindBuilder("toolkit", "toolkits")
        .Named("Toolkit")
        .WithLayout("toolkit")
        .Listed("toolkits.title")
        .AddField(FieldSpec.Text("audience", "Who the toolkit is for.", required: true))
        .AddField(FieldSpec.Strings("tools", "The tools it covers."))
        .Build();

    private static SiteSetup Setup() => new SiteSetup().AddContentKind(Toolkits());

    /// <summary>An English and French site with the toolkit layout and the listing's title in both languages.</summary>
    private static TestSite Site()
    {
        var site = TestSite.Create().WithLanguages("en", "fr").WithThemeFile("layouts/toolkit.liquid", ToolkitLayout);
        site.WithThemeFile("i18n/en.yml", site.ReadThemeFile("i18n/en.yml") + "toolkits:\n  title: \"Toolkits\"\n")
            .WithThemeFile("i18n/fr.yml", site.ReadThemeFile("i18n/fr.yml") + "toolkits:\n  title: \"Boîtes à outils\"\n");
        return site.WithFile("toolkits/press-kit.md", PressKit);
    }

    private static Task<BuildResult> BuildAsync(TestSite site, SiteSetup? setup = null) =>
        SiteBuilder.RunAsync(site.Options(), write: true, setup: setup ?? Setup());

    [Fact]
    public async Task A_registered_kind_s_pages_are_at_its_URLs_in_every_language_with_its_own_keys()
    {
        using var site = Site();

        var result = await BuildAsync(site);

        Expect.NoDiagnostics(result.Diagnostics);
        var english = site.OutputPage("en/toolkits/press-kit/index.html");
        Assert.Equal("Press kit", english.QuerySelector("h1")!.TextContent);
        Assert.Equal("Press officers", english.QuerySelector(".audience")!.TextContent);
        Assert.Equal(["cameras", "encoders"], english.QuerySelectorAll(".tools li").Select(li => li.TextContent));
        Assert.Contains("<strong>livestreaming</strong>", english.QuerySelector(".prose")!.InnerHtml, StringComparison.Ordinal);
        // The breadcrumbs lead to the kind's listing.
        Assert.Equal(["Home", "Toolkits", "Press kit"], english.QuerySelectorAll("nav.breadcrumbs li").Select(li => li.TextContent.Trim()));
        // Without a translation, French readers get the English page at the French address.
        var fallback = site.OutputPage("fr/toolkits/press-kit/index.html");
        Assert.Equal("Press kit", fallback.QuerySelector("h1")!.TextContent);
        Assert.Equal("Press officers", fallback.QuerySelector(".audience")!.TextContent);
        // The site's files name it too: the sitemap, the feed and the xref map with its kind.
        Assert.Contains("<loc>https://guides.test/fr/toolkits/press-kit/</loc>", site.ReadOutput("sitemap.xml"), StringComparison.Ordinal);
        Assert.Contains("https://guides.test/en/toolkits/press-kit/", site.ReadOutput("en/feed.xml"), StringComparison.Ordinal);
        using var xrefs = System.Text.Json.JsonDocument.Parse(site.ReadOutput("xrefmap.json"));
        Assert.Equal("toolkit", xrefs.RootElement.GetProperty("references").GetProperty("press-kit").GetProperty("kind").GetString());
    }

    [Fact]
    public async Task A_translation_inherits_the_kind_s_keys_it_does_not_repeat()
    {
        using var site = Site().WithFile("toolkits/press-kit.fr.md", PressKitFrench);

        var result = await BuildAsync(site);

        Expect.NoDiagnostics(result.Diagnostics);
        var french = site.OutputPage("fr/toolkits/press-kit/index.html");
        Assert.Equal("Kit presse", french.QuerySelector("h1")!.TextContent);
        Assert.Equal("Press officers", french.QuerySelector(".audience")!.TextContent);
        Assert.Equal(["caméras"], french.QuerySelectorAll(".tools li").Select(li => li.TextContent));
        Assert.Contains("<strong>retransmission</strong>", french.QuerySelector(".prose")!.InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_session_shows_an_edit_of_a_kind_s_own_key_on_the_translation_that_inherits_it_and_in_the_listing()
    {
        using var site = Site().WithFile("toolkits/press-kit.fr.md", PressKitFrench);
        var session = new BuildSession(site.Options(), Setup());
        Expect.NoDiagnostics((await session.RebuildAsync()).Diagnostics);

        site.WithFile("toolkits/press-kit.md", PressKit.Replace("Press officers", "Clerks of the house", StringComparison.Ordinal)
            .Replace("title: Press kit", "title: Press office kit", StringComparison.Ordinal));
        var edited = await session.RebuildAsync();

        Expect.NoDiagnostics(edited.Diagnostics);
        Assert.Equal("Clerks of the house", Html.Parse(session.Current.Files["fr/toolkits/press-kit/index.html"].File.Text!).QuerySelector(".audience")!.TextContent);
        Assert.Equal("Press office kit", Html.Parse(session.Current.Files["en/toolkits/index.html"].File.Text!).QuerySelector(".card-title a")!.TextContent);
    }

    [Fact]
    public async Task A_missing_required_key_of_a_registered_kind_is_reported_at_the_file_and_a_wrong_value_at_its_place()
    {
        using var site = Site()
            .WithFile("toolkits/no-audience.md", "---\ntitle: No audience\nsummary: S\ntools:\n  - [nested]\naudince: typo\n---\n\nText.\n");

        var result = await BuildAsync(site);

        Expect.Diagnostics(result.Diagnostics,
            "input/toolkits/no-audience.md:1:1: error SG0201: missing required key 'audience'",
            "input/toolkits/no-audience.md:5:5: error SG0202: 'tools' must be a list of strings, found a list in the list",
            "input/toolkits/no-audience.md:6:1: warning SG0206: unknown key 'audince'; did you mean 'audience'?");
    }

    [Fact]
    public async Task A_kind_s_own_numbers_dates_and_flags_reach_the_theme_typed_and_wrong_values_are_reported()
    {
        var handbooks = new ContentKindBuilder("handbook", "handbooks")
            .WithLayout("handbook")
            .AddField(FieldSpec.Number("pages", "How many pages it has."))
            .AddField(FieldSpec.Date("since", "When it was first published.", required: true))
            .AddField(FieldSpec.Flag("printed", "Whether a printed copy exists."))
            .Build();
        using var site = Site()
            .WithThemeFile("layouts/handbook.liquid",
                "<p class=\"facts\">{{ page.fields.pages | plus: 1 }}|{{ page.fields.since }}|{% if page.fields.printed %}printed{% endif %}</p>\n")
            .WithFile("handbooks/rules.md", "---\ntitle: Rules\nsummary: S\npages: 41\nsince: 2024-03-05\nprinted: true\n---\n\nText.\n");
        var setup = Setup().AddContentKind(handbooks);

        var good = await BuildAsync(site, setup);
        site.WithFile("handbooks/rules.md", "---\ntitle: Rules\nsummary: S\npages: many\nsince: 5 March\nprinted: yes\n---\n\nText.\n");
        var bad = await BuildAsync(site, setup);

        Expect.NoDiagnostics(good.Diagnostics);
        Assert.Equal("42|5 March 2024|printed", site.OutputPage("en/handbooks/rules/index.html").QuerySelector(".facts")!.TextContent);
        Expect.Diagnostics(bad.Diagnostics,
            "input/handbooks/rules.md:4:8: error SG0202: 'pages' must be an integer, found 'many'",
            "input/handbooks/rules.md:5:8: error SG0203: 'since' is not a valid date (YYYY-MM-DD): '5 March'",
            "input/handbooks/rules.md:6:10: error SG0202: 'printed' must be true or false, found 'yes'");
    }

    [Fact]
    public async Task A_built_in_kind_s_key_written_in_a_file_of_another_kind_is_only_an_unknown_key()
    {
        using var site = Site().WithFile("pages/about.md", "---\ntitle: About\nyear: abc\nthemes: [nowhere]\n---\n\nText.\n");

        var result = await BuildAsync(site);

        Expect.Diagnostics(result.Diagnostics,
            "input/pages/about.md:3:1: warning SG0206: unknown key 'year'",
            "input/pages/about.md:4:1: warning SG0206: unknown key 'themes'");
    }

    [Fact]
    public async Task A_listed_kind_has_a_listing_page_per_language_with_a_card_for_each_item()
    {
        using var site = Site()
            .WithFile("toolkits/press-kit.fr.md", PressKitFrench)
            .WithFile("toolkits/archive-kit.md", "---\ntitle: Archive kit\nsummary: Keeping records.\naudience: Archivists\norder: 1\n---\n\nText.\n");

        var result = await BuildAsync(site);

        Expect.NoDiagnostics(result.Diagnostics);
        var english = site.OutputPage("en/toolkits/index.html");
        Assert.Equal("Toolkits", english.QuerySelector("h1")!.TextContent);
        // By order, then title.
        Assert.Equal([("Archive kit", "archive-kit/"), ("Press kit", "press-kit/")],
            english.QuerySelectorAll(".card-title a").Select(a => (a.TextContent, a.GetAttribute("href")!)));
        var french = site.OutputPage("fr/toolkits/index.html");
        Assert.Equal("Boîtes à outils", french.QuerySelector("h1")!.TextContent);
        Assert.Equal(["Archive kit", "Kit presse"], french.QuerySelectorAll(".card-title a").Select(a => a.TextContent));
        // The untranslated one says which language its card is in.
        Assert.Equal("en", french.QuerySelector(".card-title")!.GetAttribute("lang"));
    }

    [Fact]
    public async Task A_theme_layout_named_after_the_kind_replaces_the_generic_listing()
    {
        using var site = Site().WithThemeFile("layouts/toolkit-index.liquid", "<p class=\"own-index\">{{ page.items.size }} toolkits</p>\n");

        var result = await BuildAsync(site);

        Expect.NoDiagnostics(result.Diagnostics);
        Assert.Equal("1 toolkits", site.OutputPage("en/toolkits/index.html").QuerySelector(".own-index")!.TextContent);
    }

    [Fact]
    public async Task The_search_index_finds_an_indexed_kind_s_pages_and_not_those_of_a_kind_left_out()
    {
        var notes = new ContentKindBuilder("note", "notes").NotIndexed().Build();
        using var site = Site().WithFile("notes/hidden.md", "---\ntitle: Hidden note\nsummary: S\n---\n\nA word like zanzibarite.\n");

        var result = await BuildAsync(site, Setup().AddContentKind(notes));

        Expect.NoDiagnostics(result.Diagnostics);
        var index = SearchShards.Read(site.OutputPath("en/search"));
        var docs = Enumerable.Range(0, index.Documents).Select(d => index.Document(d)[0].GetString()!).ToList();
        Assert.Equal(["../guides/websites/good/", "../toolkits/press-kit/"], docs);
        Assert.Equal(["../toolkits/press-kit/"], index.Terms["livestreaming"].Select(p => docs[p.Doc]));
        Assert.False(index.Terms.ContainsKey("zanzibarite"));
        // A kind without a layout of its own is laid out as a plain page.
        Assert.Equal("Hidden note", site.OutputPage("en/notes/hidden/index.html").QuerySelector("article.page h1")!.TextContent);
    }

    [Fact]
    public async Task A_uid_is_unique_across_kinds_and_a_page_cannot_take_a_kind_s_folder()
    {
        using var site = Site()
            .WithFile("toolkits/good.md", "---\ntitle: Good kit\nsummary: S\naudience: Anyone\n---\n\nText.\n")
            .WithFile("pages/toolkits.md", "---\ntitle: Toolkits page\n---\n\nText.\n");

        var result = await BuildAsync(site);

        Expect.Diagnostics(result.Diagnostics,
            "input/guides/websites/good.md:1:1: error SG0106: duplicate uid 'good': also used by input/toolkits/good.md",
            "input/pages/toolkits.md:1:1: error SG0602: 'en/toolkits/index.html' would be written twice: also by the site's own 'toolkits' pages",
            "input/toolkits/good.md:1:1: error SG0106: duplicate uid 'good': also used by input/guides/websites/good.md");
    }

    [Fact]
    public async Task Without_the_kind_registered_its_folder_is_not_content()
    {
        using var site = Site();

        var result = await BuildAsync(site, new SiteSetup());

        Expect.NoDiagnostics(result.Diagnostics);
        Assert.False(File.Exists(site.OutputPath("en/toolkits/press-kit/index.html")));
        Assert.False(File.Exists(site.OutputPath("en/toolkits/index.html")));
    }

    [Theory]
    [InlineData("guide", "handbooks", "the id of another kind")]
    [InlineData("handbook", "case-studies", "which kind 'case-study' reads")]
    [InlineData("handbook", "assets", "holds the site's assets")]
    [InlineData("handbook", "tags", "which the site's own pages take")]
    public void A_kind_that_would_clash_with_another_is_refused_when_it_is_added(string id, string folder, string reason)
    {
        var kind = new ContentKindBuilder(id, folder).Build();

        var error = Assert.Throws<ContentKindException>(() => new SiteSetup().AddContentKind(kind));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_kind_cannot_define_a_key_twice_or_take_a_translation_s_key()
    {
        var builder = new ContentKindBuilder("handbook", "handbooks");

        Assert.Throws<ContentKindException>(() => builder.AddField(FieldSpec.Text("title", "Another title.")));
        Assert.Throws<ContentKindException>(() => builder.AddField(FieldSpec.Text("source_hash", "Not a translation's.")));
        Assert.Throws<ContentKindException>(() => new ContentKindBuilder("Not an id!", "handbooks"));
    }

    [Fact]
    public void The_built_in_kinds_keep_their_folders_urls_layouts_and_order()
    {
        Assert.Equal(["guide", "case-study", "page"], ContentKinds.BuiltIn.All.Select(k => k.Id));
        Assert.Equal("fr/guides/websites/a/index.html", ContentKind.Guide.PathOf("fr", "websites", "a"));
        Assert.Equal("fr/case-studies/a/index.html", ContentKind.CaseStudy.PathOf("fr", null, "a"));
        Assert.Equal("fr/a/index.html", ContentKind.Page.PathOf("fr", null, "a"));
        Assert.Equal("fr/case-studies/index.html", ContentKind.CaseStudy.ListingPath("fr"));
        Assert.Equal(["case-study"], ContentKinds.BuiltIn.Listed.Select(k => k.Id));
        Assert.Equal(["title", "summary"], FrontMatterSchema.RequiredKeys(ContentKind.Page, isTranslation: true));
        Assert.Equal(["title"], FrontMatterSchema.RequiredKeys(ContentKind.Page, isTranslation: false));
    }
}
