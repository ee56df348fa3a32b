namespace StatiqGuides.Core.Diagnostics;

/// <summary>"did you mean 'x'?" for a mistyped uid, key, section, hub or language: the known name at the smallest
/// Damerau-Levenshtein distance (a swap of two neighbouring letters counts as one edit), when it is close enough to be
/// the likely intent — at most one edit for short names, up to a third of the name's length, never more than three.</summary>
public static class NearestName
{
    /// <summary>The suffix for a diagnostic message: "; did you mean 'x'?", or "" when no known name is close.</summary>
    public static string Suggestion(string given, IEnumerable<string> known) =>
        Find(given, known) is { } name ? $"; did you mean '{name}'?" : "";

    public static string? Find(string given, IEnumerable<string> known)
    {
        ArgumentNullException.ThrowIfNull(given);
        ArgumentNullException.ThrowIfNull(known);
        var limit = Math.Clamp(given.Length / 3, 1, 3);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var name in known.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            if (name == given) return null;
            var distance = Distance(given.ToLowerInvariant(), name.ToLowerInvariant());
            if (distance <= limit && distance < bestDistance)
            {
                best = name;
                bestDistance = distance;
            }
        }
        return best;
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and adjacent transpositions.</summary>
    public static int Distance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }
        return d[a.Length, b.Length];
    }
}
