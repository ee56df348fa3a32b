using StatiqGuides.Modules.Search;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Modules.Search;

public sealed class SearchIndexTests
{
    [Fact]
    public void Text_is_folded_without_case_or_accents_and_split_into_words_of_two_letters_or_more()
    {
        Assert.Equal(["participacion", "ciudadana", "acces", "aux", "donnees", "ouvertes", "2024", "œuvre"],
            SearchText.Terms("Participación ciudadana — l’accès aux DONNÉES-ouvertes (2024) à l'œuvre"));
    }

    [Fact]
    public async Task Each_language_gets_an_index_script_of_folded_terms_with_the_fields_they_occur_in()
    {
        using var site = SearchSite.Create();

        var run = await site.CheckAsync();
        var result = await site.BuildAsync();

        Expect.NoDiagnostics(run.Diagnostics);
        Expect.NoDiagnostics(result.Diagnostics);
        var english = Index(site, "en");
        var docs = Enumerable.Range(0, english.Documents).Select(d => english.Document(d)[0].GetString()!).ToList();
        Assert.Equal(["../guides/websites/formats/", "../guides/websites/good/", "../guides/websites/licences/",
            "../guides/websites/outreach/", "../guides/websites/portals/", "../guides/websites/records/"], docs);
        var data = english.Terms["data"];
        Assert.Equal(new Dictionary<string, int>
        {
            ["../guides/websites/portals/"] = SearchIndexWriter.TitleField,
            // A heading is part of the body too.
            ["../guides/websites/formats/"] = SearchIndexWriter.HeadingsField | SearchIndexWriter.BodyField,
            ["../guides/websites/licences/"] = SearchIndexWriter.SummaryField,
            ["../guides/websites/outreach/"] = SearchIndexWriter.BodyField,
        }, data.ToDictionary(p => docs[p.Doc], p => p.Fields));
        Assert.StartsWith("window." + SearchIndexWriter.GlobalName + " = {\"lang\":\"en\",", site.ReadOutput("en/search/search-index.js"), StringComparison.Ordinal);
        Assert.False(HasTerm(english, "code"), "words of code blocks are not indexed");
        var spanish = Index(site, "es");
        Assert.True(HasTerm(spanish, "participacion"));
        Assert.False(HasTerm(english, "participacion"));
        // An untranslated guide is found in Spanish by the English text it shows.
        Assert.True(HasTerm(spanish, "journalists"));
    }

    [Fact]
    public async Task A_result_keeps_its_title_meta_line_summary_headings_and_the_start_of_its_body()
    {
        using var site = SearchSite.Create();
        await site.BuildAsync();

        var english = Index(site, "en");
        var formats = Enumerable.Range(0, english.Documents).Select(english.Document).First(d => d[0].GetString()!.Contains("formats", StringComparison.Ordinal));

        Assert.Equal(["../guides/websites/formats/", "File formats", "Websites", "Choosing formats.", "Data dictionaries Some text."],
            Enumerable.Range(0, 5).Select(i => formats[i].GetString()));
        Assert.Equal(["Data dictionaries"], formats[5].EnumerateArray().Select(h => h.GetString()));
    }

    [Fact]
    public void A_long_body_is_cut_at_a_word_for_the_snippet()
    {
        var body = string.Join(' ', Enumerable.Repeat("participation", 80));

        var excerpt = SearchIndexWriter.Excerpt(body);

        Assert.True(excerpt.Length <= SearchIndexWriter.ExcerptLength + 2, excerpt);
        Assert.EndsWith("participation …", excerpt, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_text_drops_tags_and_code_blocks_and_decodes_entities()
    {
        Assert.Equal("Title one two &lt; three",
            HtmlText.Of("<h2 id=\"t\">Title</h2>\n<ul><li>one</li><li>two</li></ul><pre><code>skip me</code></pre><p>&amp;lt; three</p>"));
    }

    [Theory]
    [InlineData("<p>a&nbsp;&nbsp;b</p>", "a b")]
    [InlineData("<p> \n a </p>\n\n<p>\tb&#32;</p> ", "a b")]
    [InlineData("x&amp<b>amp;</b>y", "x&amp amp; y")]
    [InlineData("<p>&eacute;t&#233;&#xE9;</p>", "étéé")]
    [InlineData("a<pre>in &amp; out</pre>b", "a b")]
    public void Html_text_decodes_entities_and_keeps_one_space_for_every_run_of_white_space_and_tags(string html, string text)
    {
        Assert.Equal(text, HtmlText.Of(html));
    }

    private static SearchShards Index(TestSite site, string language) => SearchShards.Read(site.OutputPath($"{language}/search"));

    private static bool HasTerm(SearchShards index, string term) => index.Terms.ContainsKey(term);
}
