using StatiqGuides.Modules.Search;

namespace StatiqGuides.Tests.Modules.Search;

/// <summary>What counts as a word character, pinned for every UTF-16 code unit against the ranges search.js uses
/// (<c>WORD</c>), so that the page's index and the reader's query split text the same way.</summary>
public sealed class SearchTextTests
{
    /// <summary>The ranges as search.js writes them, one expression: the oracle the faster test is checked against.</summary>
    private static bool WordCharAsInSearchJs(char c) =>
        c is (>= '0' and <= '9') or (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '\u00aa' or '\u00b5' or '\u00ba'
            or (>= '\u00c0' and <= '\u00d6') or (>= '\u00d8' and <= '\u00f6') or (>= '\u00f8' and <= '\u02af')
            or (>= '\u0370' and <= '\u1fff') or (>= '\u2c00' and <= '\u2dff') or (>= '\u3040' and <= '\ud7ff')
            or (>= '\uf900' and <= '\ufdff') or (>= '\ufe70' and <= '\ufeff') or (>= '\uff10' and <= '\uffef');

    [Fact]
    public void Every_code_unit_is_a_word_character_exactly_when_search_js_says_so()
    {
        var differing = Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i)
            .Where(c => SearchText.IsWordChar(c) != WordCharAsInSearchJs(c)).Select(c => $"U+{(int)c:X4}").ToList();

        Assert.Empty(differing);
    }

    [Theory]
    [InlineData("Open data, open parliament!", "open data open parliament")]
    [InlineData("Árbol e ÉTÉ: à l'Assemblée", "arbol ete assemblee")]
    [InlineData("a 1 x2 _under_score_ 3rd", "x2 under score 3rd")]
    [InlineData("Ελληνικά και русский", "ελληνικα και русскии")]
    public void Terms_are_folded_runs_of_word_characters_of_two_or_more(string text, string terms)
    {
        Assert.Equal(terms, string.Join(' ', SearchText.Terms(text)));
    }
}
