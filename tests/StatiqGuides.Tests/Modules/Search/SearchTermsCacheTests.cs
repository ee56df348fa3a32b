using StatiqGuides.Modules.Search;

namespace StatiqGuides.Tests.Modules.Search;

/// <summary>A text indexed under several languages is folded once, and any difference in its fields is a text of its own.</summary>
public sealed class SearchTermsCacheTests
{
    [Fact]
    public void The_same_fields_give_the_terms_folded_once_and_equal_to_folding_them_afresh()
    {
        var cache = new SearchTermsCache();

        var first = cache.TermsOf("Open data", ["Portals"], "Why it matters", "Publish the data.");
        var again = cache.TermsOf("Open data", ["Portals"], "Why it matters", new string("Publish the data.".AsSpan()));

        Assert.Same(first, again);
        Assert.Equal(SearchIndexWriter.TermsOf("Open data", ["Portals"], "Why it matters", "Publish the data."), first);
    }

    [Theory]
    [InlineData("Open data!", "Portals", "Why it matters", "Publish the data.")]
    [InlineData("Open data", "Portals", "Why it matters", "Publish the data")]
    [InlineData("Open data", "Portal", "Why it matters", "Publish the data.")]
    [InlineData("Open data", "Portals", "Why it", "matters Publish the data.")]
    public void Fields_that_differ_in_any_way_are_folded_as_a_text_of_their_own(string title, string heading, string summary, string body)
    {
        var cache = new SearchTermsCache();
        var first = cache.TermsOf("Open data", ["Portals"], "Why it matters", "Publish the data.");

        var other = cache.TermsOf(title, [heading], summary, body);

        Assert.NotSame(first, other);
        Assert.Equal(SearchIndexWriter.TermsOf(title, [heading], summary, body), other);
    }

    [Fact]
    public void Headings_split_differently_are_a_text_of_their_own()
    {
        var cache = new SearchTermsCache();

        var one = cache.TermsOf("Title", ["Data portals"], "", "");
        var two = cache.TermsOf("Title", ["Data", "portals"], "", "");

        Assert.NotSame(one, two);
    }
}
