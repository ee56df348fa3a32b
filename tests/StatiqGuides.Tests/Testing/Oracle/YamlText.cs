namespace StatiqGuides.Tests.Testing.Oracle;

/// <summary>Edits the top-level keys of a YAML mapping as text, line by line, so that an edit changes only the key it
/// names and leaves every other byte of the file as it was (as an author's editor would). A key's block is its line and
/// the indented or <c>- </c> lines under it; the fixtures write nested values indented.</summary>
public static class YamlText
{
    /// <summary>The key's value as written: the rest of its line, or the lines under it when the line ends at the colon.</summary>
    public static string? Raw(string yaml, string key)
    {
        var lines = Lines(yaml);
        if (Find(lines, key) is not var (start, end)) return null;
        var inline = lines[start][(key.Length + 1)..].Trim();
        return inline.Length > 0 ? inline : string.Join('\n', lines.Skip(start + 1).Take(end - start - 1));
    }

    public static bool Has(string yaml, string key) => Find(Lines(yaml), key) is not null;

    /// <summary>A scalar's value without its quotes; the fixtures write no escapes.</summary>
    public static string? Scalar(string yaml, string key) => Raw(yaml, key) is { } raw ? Unquote(raw) : null;

    /// <summary>The items of a list written <c>[a, b]</c> or one <c>- a</c> per line.</summary>
    public static IReadOnlyList<string> Items(string yaml, string key) => ItemsOf(Raw(yaml, key));

    public static IReadOnlyList<string> ItemsOf(string? raw)
    {
        if (raw is null) return [];
        if (raw.StartsWith('['))
        {
            return [.. raw.Trim('[', ']').Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Unquote)];
        }
        return [.. raw.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("- ", StringComparison.Ordinal)).Select(l => Unquote(l[2..].Trim()))];
    }

    /// <summary>Sets the key to <paramref name="value"/> (YAML as written: one line, or indented lines when it holds a
    /// '\n' or starts with a space), in place when the key is there, else as the last key.</summary>
    public static string Set(string yaml, string key, string value)
    {
        var lines = Lines(yaml);
        var block = value.Contains('\n', StringComparison.Ordinal) || value.StartsWith(' ') ? [key + ":", .. value.Split('\n')] : new List<string> { $"{key}: {value}" };
        if (Find(lines, key) is var (start, end))
        {
            lines.RemoveRange(start, end - start);
            lines.InsertRange(start, block);
        }
        else
        {
            var last = lines.Count;
            while (last > 0 && lines[last - 1].Length == 0) last--;
            lines.InsertRange(last, block);
        }
        return Join(lines);
    }

    public static string Remove(string yaml, string key)
    {
        var lines = Lines(yaml);
        if (Find(lines, key) is var (start, end)) lines.RemoveRange(start, end - start);
        return Join(lines);
    }

    /// <summary>A YAML flow list of double-quoted strings.</summary>
    public static string List(IEnumerable<string> items) => "[" + string.Join(", ", items.Select(Quote)) + "]";

    /// <summary>Whether two values written differently mean the same: <c>[web]</c> and <c>["web"]</c>, <c>a</c> and <c>"a"</c>.</summary>
    public static bool SameValue(string? a, string? b)
    {
        if (a is null || b is null) return a == b;
        static bool IsList(string v) => v.StartsWith('[') || v.TrimStart().StartsWith("- ", StringComparison.Ordinal);
        return IsList(a) && IsList(b) ? ItemsOf(a).SequenceEqual(ItemsOf(b), StringComparer.Ordinal) : Unquote(a.Trim()) == Unquote(b.Trim());
    }

    public static string Quote(string value) => "\"" + value + "\"";

    public static string Unquote(string value) =>
        value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[^1] == value[0] ? value[1..^1] : value;

    private static List<string> Lines(string yaml) => [.. yaml.TrimEnd('\n').Split('\n')];

    private static string Join(List<string> lines) => string.Join('\n', lines) + "\n";

    private static (int Start, int End)? Find(List<string> lines, string key)
    {
        var start = lines.FindIndex(l => l.StartsWith(key + ":", StringComparison.Ordinal));
        if (start < 0) return null;
        var end = start + 1;
        while (end < lines.Count && (lines[end].StartsWith(' ') || lines[end].StartsWith("- ", StringComparison.Ordinal))) end++;
        return (start, end);
    }
}
