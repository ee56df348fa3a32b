using System.Collections;

namespace StatiqGuides.Modules.Search;

/// <summary>A page's distinct terms with the fields each occurs in, in first-seen order, kept as a string array and a
/// byte array: every page's entry holds its terms until the index is written, and as pairs they took 16 bytes a term.</summary>
public sealed class PageTerms : IReadOnlyList<KeyValuePair<string, int>>
{
    private readonly string[] _terms;
    private readonly byte[] _fields;

    private PageTerms(string[] terms, byte[] fields)
    {
        _terms = terms;
        _fields = fields;
    }

    /// <summary>The terms of <paramref name="fields"/>, in its order; each value a combination of the index's field flags.</summary>
    public static PageTerms Of(IReadOnlyCollection<KeyValuePair<string, int>> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var terms = new string[fields.Count];
        var flags = new byte[fields.Count];
        var i = 0;
        foreach (var (term, field) in fields)
        {
            terms[i] = term;
            flags[i++] = checked((byte)field);
        }
        return new PageTerms(terms, flags);
    }

    public int Count => _terms.Length;

    public KeyValuePair<string, int> this[int index] => new(_terms[index], _fields[index]);

    public IEnumerator<KeyValuePair<string, int>> GetEnumerator()
    {
        for (var i = 0; i < _terms.Length; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
