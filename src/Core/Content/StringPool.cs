using System.Collections.Concurrent;

namespace StatiqGuides.Core.Content;

/// <summary>One string per distinct text for the whole of a build: what thousands of pages hold until the end of the
/// build and mostly repeat — search terms (the same words on every page), the views' links (a page's relative links are
/// the same as its neighbours') and their short labels.</summary>
/// <remarks>Thread-safe; looked up by span, so a text already pooled allocates nothing.</remarks>
public sealed class StringPool
{
    private readonly ConcurrentDictionary<string, string> _strings;
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _byText;

    public StringPool()
    {
        _strings = new(StringComparer.Ordinal);
        _byText = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public string Of(ReadOnlySpan<char> text)
    {
        if (_byText.TryGetValue(text, out _, out var pooled)) return pooled;
        var made = text.ToString();
        return _strings.GetOrAdd(made, made);
    }

    /// <summary>The pooled string equal to <paramref name="text"/>, or <paramref name="text"/> itself, now pooled.</summary>
    public string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return _strings.GetOrAdd(text, text);
    }
}
