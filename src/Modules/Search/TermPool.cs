using System.Collections.Concurrent;

namespace StatiqGuides.Modules.Search;

/// <summary>One string per distinct search term for all the pages of a build: every page's entry holds its terms until
/// the index is written, and the same words on thousands of pages were a large part of a build's memory.</summary>
/// <remarks>Thread-safe; looked up by span, so a term already pooled allocates nothing.</remarks>
public sealed class TermPool
{
    private readonly ConcurrentDictionary<string, string> _terms;
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _byText;

    public TermPool()
    {
        _terms = new(StringComparer.Ordinal);
        _byText = _terms.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public string Of(ReadOnlySpan<char> term)
    {
        if (_byText.TryGetValue(term, out _, out var pooled)) return pooled;
        var made = term.ToString();
        return _terms.GetOrAdd(made, made);
    }
}
