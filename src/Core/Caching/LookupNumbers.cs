using System.Collections.Concurrent;

namespace StatiqGuides.Core.Caching;

/// <summary>Every lookup name a session's read logs recorded, numbered in the order first met: a log keeps its lookups as
/// numbers, and checking it against a build's value reads that value's answers by number (<see cref="LookupAnswers"/>).</summary>
/// <remarks>Thread-safe. The names of one session are few (the items, languages and kinds of lookup of one site) against
/// the lookups its logs hold (each page's), so a log is checked without hashing a name per lookup.</remarks>
internal sealed class LookupNumbers
{
    private readonly ConcurrentDictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private string[] _names = new string[1024];
    private int _count;

    /// <summary>How many names are numbered so far.</summary>
    public int Count => Volatile.Read(ref _count);

    public int NumberOf(string lookup)
    {
        if (_numbers.TryGetValue(lookup, out var number)) return number;
        lock (_lock)
        {
            if (_numbers.TryGetValue(lookup, out number)) return number;
            number = _count;
            if (number == _names.Length)
            {
                var grown = new string[number * 2];
                Array.Copy(_names, grown, number);
                Volatile.Write(ref _names, grown);
            }
            _names[number] = lookup;
            Volatile.Write(ref _count, number + 1);
            // Published last: whoever finds the number finds the name under it.
            _numbers[lookup] = number;
            return number;
        }
    }

    public string NameOf(int number) => Volatile.Read(ref _names)[number];
}
