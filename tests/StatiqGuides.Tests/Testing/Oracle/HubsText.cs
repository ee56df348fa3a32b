namespace StatiqGuides.Tests.Testing.Oracle;

/// <summary>hubs.yml as a list of entries, each the text of a mapping that <see cref="YamlText"/> edits: the entry's
/// lines without the <c>- </c> or the two spaces before them.</summary>
public static class HubsText
{
    public static List<string> Entries(string yaml)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var entries = new List<List<string>>();
        foreach (var line in yaml.Split('\n').Where(l => l.Trim().Length > 0))
        {
            if (line.StartsWith("- ", StringComparison.Ordinal)) entries.Add([line[2..]]);
            else entries[^1].Add(line.StartsWith("  ", StringComparison.Ordinal) ? line[2..] : line);
        }
        return [.. entries.Select(e => string.Join('\n', e) + "\n")];
    }

    public static string Join(IEnumerable<string> entries) => string.Join("\n", entries.Select(e =>
        string.Join('\n', e.TrimEnd('\n').Split('\n').Select((l, i) => (i == 0 ? "- " : "  ") + l)) + "\n"));
}
