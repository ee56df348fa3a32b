using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StatiqGuides.Modules.Markdown;
using StatiqGuides.Modules.Markdown.Links;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Modules.Markdown.Xrefs;

/// <summary>The xref extension in memory: Markdown in, HTML and every diagnostic out (<see cref="MarkdownSite"/>: the
/// page is <c>guides/websites/body.md</c>; its body starts on line 6 unless a test says otherwise).</summary>
public sealed class XrefExtensionTests
{
    [Fact]
    public void A_known_xref_links_to_its_page_and_an_empty_text_takes_the_title()
    {
        var page = MarkdownSite.Create().Parse("See [the guide](xref:good), <xref:good> and [](xref:good#first-part).\n");

        Assert.Equal("<p>See <a href=\"../good/\">the guide</a>, <a href=\"../good/\">A good guide</a> and "
            + "<a href=\"../good/#first-part\">A good guide</a>.</p>\n", page.Html("en"));
        Expect.Lines(page.Diagnostics, []);
        Assert.Equal(["good@input/guides/websites/body.md:6:5"], page.Links.Xrefs.Select(x => $"{x.Value}@{x.Location}"));
        Assert.Equal(["good#first-part@input/guides/websites/body.md:6:45"],
            page.Links.XrefAnchors.Select(a => $"{a.Uid}#{a.Anchor}@{a.Location}"));
    }

    [Fact]
    public void An_unknown_uid_reports_SG0102_where_it_is_written_and_links_nowhere()
    {
        var page = MarkdownSite.Create().Parse("Intro.\n\nSee [x](xref:god) and\n  <xref:missing>.\n");

        Assert.Equal("<p>Intro.</p>\n<p>See <a href=\"#\">x</a> and\n<a href=\"#\">missing</a>.</p>\n", page.Html("en"));
        Expect.Lines(page.Diagnostics, [
            "input/guides/websites/body.md:8:5: error SG0102: unknown xref 'god'; did you mean 'good'?",
            "input/guides/websites/body.md:9:3: error SG0102: unknown xref 'missing'",
        ]);
        Assert.Empty(page.Links.Xrefs);
    }

    [Fact]
    public void Positions_count_the_front_matter_before_the_body()
    {
        var page = MarkdownSite.Create().Parse("- one\n- two [link](xref:nope)\n", bodyLineOffset: 12);

        Expect.Lines(page.Diagnostics, ["input/guides/websites/body.md:14:7: error SG0102: unknown xref 'nope'"]);
    }

    [Fact]
    public void One_parsed_body_renders_the_title_in_each_language_it_is_rendered_for()
    {
        var page = MarkdownSite.Create().Parse("<xref:good> and ![](xref:good)\n");

        var english = page.Html("en");
        var french = page.Html("fr");

        Assert.Equal("<p><a href=\"../good/\">A good guide</a> and <img src=\"../good/\" alt=\"A good guide\" /></p>\n", english);
        Assert.Equal("<p><a href=\"../good/\">Un bon guide</a> and <img src=\"../good/\" alt=\"Un bon guide\" /></p>\n", french);
        Assert.Equal(english, page.Html("en"));
        Expect.Lines(page.Diagnostics, []);
        // The tree names the page, never a title: nothing in it depends on the language.
        Assert.DoesNotContain(page.Document.Descendants<LiteralInline>(), l => l.Content.ToString().Contains("guide", StringComparison.Ordinal));
        Assert.Equal(["xref:good", "xref:good"], page.Document.Descendants<LinkInline>().Select(l => l.Url));
    }

    [Fact]
    public void A_heading_with_an_xref_has_its_title_in_the_table_of_contents_of_each_language()
    {
        var page = MarkdownSite.Create().Parse("## About <xref:good>\n");

        Assert.Equal("About A good guide", TocBuilder.Build(page.Document, uid => page.Links.Links.TitleOf(uid, "en")).Toc.Single().Title);
        Assert.Equal("About Un bon guide", TocBuilder.Build(page.Document, uid => page.Links.Links.TitleOf(uid, "fr")).Toc.Single().Title);
        Expect.Lines(page.Diagnostics, []);
    }

    [Fact]
    public void An_xref_to_a_file_that_could_not_be_read_links_where_its_page_would_be_and_is_not_reported_again()
    {
        var page = MarkdownSite.Create().Parse("See <xref:broken> and [it](xref:broken#part).\n");

        Assert.Equal("<p>See <a href=\"../broken/\">broken</a> and <a href=\"../broken/\">it</a>.</p>\n", page.Html("en"));
        Expect.Lines(page.Diagnostics, []);
        Assert.Empty(page.Links.Xrefs);
        Assert.Empty(page.Links.XrefAnchors);
    }

    [Fact]
    public void The_extension_resolves_against_any_resolver()
    {
        var page = MarkdownSite.With(new OneUidResolver()).Parse("[](xref:x) <xref:y>\n");

        Assert.Equal("<p><a href=\"https://elsewhere.example/x\">X (fr)</a> <a href=\"#\">y</a></p>\n", page.Html("fr"));
        Expect.Lines(page.Diagnostics, ["input/guides/websites/body.md:6:12: error SG0102: unknown xref 'y' (no such uid)"]);
    }

    [Fact]
    public void A_body_parsed_without_a_page_is_left_as_Markdig_parses_it()
    {
        // Translation tools parse bodies with the same pipeline and read links as written.
        var document = Markdig.Markdown.Parse("[a](xref:good) <xref:good>\n", MarkdownSite.Pipeline);

        Assert.Equal("<p><a href=\"xref:good\">a</a> <a href=\"xref:good\">xref:good</a></p>\n", Markdig.Markdown.ToHtml(document, MarkdownSite.Pipeline));
        Assert.Single(document.Descendants<AutolinkInline>());
    }

    /// <summary>Knows the uid <c>x</c> only, on another site, titled per language.</summary>
    private sealed class OneUidResolver : ILinkResolver
    {
        public XrefTarget? Xref(string uid, LinkingPage from) => uid == "x" ? new XrefTarget("x", "https://elsewhere.example/x") : null;

        public string TitleOf(string uid, string language) => $"{uid.ToUpperInvariant()} ({language})";

        public string SuggestionFor(string uid) => " (no such uid)";

        public LinkTarget Relative(string url, LinkingPage from) => LinkTarget.Missing;

        public LinkTarget SiteAbsolute(string url, LinkingPage from) => new(LinkTargetKind.Online, url);
    }
}
