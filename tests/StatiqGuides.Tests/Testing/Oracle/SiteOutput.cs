using System.Text;
using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Core.Pipelines;
using StatiqGuides.Modules.Build;
using StatiqGuides.Modules.Serve;

namespace StatiqGuides.Tests.Testing.Oracle;

/// <summary>What a build gives: every file's bytes by output path, and the diagnostics as the CLI prints them.</summary>
public sealed record SiteOutput(IReadOnlyDictionary<string, byte[]> Files, IReadOnlyList<string> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.Contains(": error ", StringComparison.Ordinal));

    public static async Task<SiteOutput> OfAsync(ServedSite site)
    {
        ArgumentNullException.ThrowIfNull(site);
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (path, file) in site.Files) files[path] = await file.ReadAsync(CancellationToken.None);
        return new SiteOutput(files, DiagnosticLines.Of(site.Diagnostics));
    }

    /// <summary>A clean build: the site's graph run once without a cache, as <c>build</c> runs it (nothing written), so
    /// that the session is compared with the path that never hashes or reuses anything.</summary>
    public static async Task<SiteOutput> CleanAsync(BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var site = new SiteSetup().Freeze(write: false);
        var outputs = new SiteOutputs(await site.Engine.RunAsync(new BuildContext(options, diagnostics)), site.Site);
        var files = new Dictionary<string, ServedFile>(StringComparer.Ordinal);
        foreach (var file in outputs.SiteFiles) files[file.Path] = new ServedFile(file);
        return await OfAsync(new ServedSite(files, diagnostics.ToSortedList(), 0));
    }

    /// <summary>What <c>build</c> wrote into <paramref name="folder"/>.</summary>
    public static SiteOutput OfFolder(string folder, IEnumerable<Diagnostic> diagnostics) => new(
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal),
        DiagnosticLines.Of(diagnostics));

    /// <summary>How <paramref name="actual"/> (a session after edits) departs from this clean build, or null when it
    /// does not. After a build with errors a session keeps the last good version of the files that failed, so then
    /// only the files the clean build has are compared, and the session may have more.</summary>
    public string? Differences(SiteOutput actual, int maxFiles = 6)
    {
        ArgumentNullException.ThrowIfNull(actual);
        var report = new StringBuilder();
        if (!actual.Diagnostics.SequenceEqual(Diagnostics, StringComparer.Ordinal))
        {
            report.Append("diagnostics differ:\n  clean build:\n").Append(Indent(Diagnostics)).Append("\n  session:\n").Append(Indent(actual.Diagnostics)).Append('\n');
        }
        var missing = Files.Keys.Where(k => !actual.Files.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
        var extra = HasErrors ? [] : actual.Files.Keys.Where(k => !Files.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
        var differing = Files.Where(f => actual.Files.TryGetValue(f.Key, out var bytes) && !bytes.AsSpan().SequenceEqual(f.Value))
            .Select(f => f.Key).Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 0) report.Append($"{missing.Count} files of the clean build missing from the session: ").AppendJoin(", ", missing.Take(maxFiles * 2)).Append('\n');
        if (extra.Count > 0) report.Append($"{extra.Count} files the clean build does not have (stale): ").AppendJoin(", ", extra.Take(maxFiles * 2)).Append('\n');
        if (differing.Count > 0)
        {
            report.Append($"{differing.Count} files differ: ").AppendJoin(", ", differing.Take(maxFiles * 4)).Append(differing.Count > maxFiles * 4 ? ", …" : "").Append('\n');
            foreach (var path in differing.Take(maxFiles)) report.Append(FirstDifference(path, Files[path], actual.Files[path]));
        }
        return report.Length == 0 ? null : report.ToString();
    }

    /// <summary>The output paths that differ, grouped as the report is: for a summary of many runs.</summary>
    public IReadOnlyList<string> DifferingPaths(SiteOutput actual)
    {
        ArgumentNullException.ThrowIfNull(actual);
        return [.. Files.Keys.Where(k => !actual.Files.TryGetValue(k, out var b) || !b.AsSpan().SequenceEqual(Files[k]))
            .Concat(HasErrors ? [] : actual.Files.Keys.Where(k => !Files.ContainsKey(k)))
            .Order(StringComparer.Ordinal)];
    }

    private static string FirstDifference(string path, byte[] expected, byte[] actual)
    {
        var a = Encoding.UTF8.GetString(expected).Split('\n');
        var b = Encoding.UTF8.GetString(actual).Split('\n');
        var line = 0;
        while (line < a.Length && line < b.Length && a[line] == b[line]) line++;
        var x = line < a.Length ? a[line] : "";
        var y = line < b.Length ? b[line] : "";
        var column = 0;
        while (column < x.Length && column < y.Length && x[column] == y[column]) column++;
        // Long lines (minified scripts, one-line JSON) are cut around the first differing character.
        var from = Math.Max(0, column - 80);
        return $"  {path}, line {line + 1}, column {column + 1}:\n    clean:   {Around(x, from, line < a.Length)}\n    session: {Around(y, from, line < b.Length)}\n";
    }

    private static string Around(string line, int from, bool exists)
    {
        if (!exists) return "(end of file)";
        var start = Math.Min(from, line.Length);
        var length = Math.Min(200, line.Length - start);
        return (start > 0 ? "…" : "") + line.AsSpan(start, length).ToString() + (start + length < line.Length ? "…" : "");
    }

    private static string Indent(IEnumerable<string> lines) =>
        string.Join('\n', lines.Select(l => "    " + l)) is { Length: > 0 } text ? text : "    (none)";
}
