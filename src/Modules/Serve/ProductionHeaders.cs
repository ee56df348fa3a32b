using Tomlyn;
using Tomlyn.Model;

namespace StatiqGuides.Modules.Serve;

/// <summary>The response headers netlify.toml's <c>[[headers]]</c> rules give each path (Content-Security-Policy,
/// X-Content-Type-Options, Referrer-Policy…), so that <c>serve</c> shows what the published site will allow. Rules
/// apply in file order, later values replacing earlier ones, <c>*</c> matching any rest of the path, as Netlify does.
/// Cache-Control is left out: a preview must never be cached.</summary>
public sealed class ProductionHeaders
{
    private readonly IReadOnlyList<(string Pattern, IReadOnlyList<KeyValuePair<string, string>> Values)> _rules;

    private ProductionHeaders(IReadOnlyList<(string, IReadOnlyList<KeyValuePair<string, string>>)> rules) => _rules = rules;

    public static ProductionHeaders None { get; } = new([]);

    /// <summary>The rules of the netlify.toml beside the input folder (the repository root), else in the current
    /// directory; none when there is no such file or it cannot be read as TOML (the site is then served without them).</summary>
    public static ProductionHeaders ForInput(string inputDirectory, string currentDirectory)
    {
        ArgumentNullException.ThrowIfNull(inputDirectory);
        var parent = Path.GetDirectoryName(Path.GetFullPath(inputDirectory).TrimEnd(Path.DirectorySeparatorChar)) ?? currentDirectory;
        foreach (var candidate in new[] { Path.Combine(parent, "netlify.toml"), Path.Combine(currentDirectory, "netlify.toml") })
        {
            if (File.Exists(candidate)) return Parse(File.ReadAllText(candidate));
        }
        return None;
    }

    public static ProductionHeaders Parse(string toml)
    {
        ArgumentNullException.ThrowIfNull(toml);
        TomlTable model;
        try
        {
            model = TomlSerializer.Deserialize<TomlTable>(toml) ?? new TomlTable();
        }
        catch (TomlException)
        {
            return None;
        }
        if (!model.TryGetValue("headers", out var headers) || headers is not TomlTableArray rules) return None;
        var parsed = new List<(string, IReadOnlyList<KeyValuePair<string, string>>)>();
        foreach (var rule in rules)
        {
            if (!rule.TryGetValue("for", out var pattern) || pattern is not string path) continue;
            if (!rule.TryGetValue("values", out var values) || values is not TomlTable table) continue;
            parsed.Add((path, [.. table.Where(v => v.Value is string && !v.Key.Equals("Cache-Control", StringComparison.OrdinalIgnoreCase))
                .Select(v => new KeyValuePair<string, string>(v.Key, (string)v.Value))]));
        }
        return new ProductionHeaders(parsed);
    }

    /// <summary>The headers for a request path such as <c>/en/guides/</c>.</summary>
    public IReadOnlyDictionary<string, string> For(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (pattern, values) in _rules.Where(r => Matches(r.Pattern, path)))
        {
            foreach (var (name, value) in values) headers[name] = value;
        }
        return headers;
    }

    private static bool Matches(string pattern, string path)
    {
        var star = pattern.IndexOf('*', StringComparison.Ordinal);
        return star < 0 ? string.Equals(pattern.TrimEnd('/'), path.TrimEnd('/'), StringComparison.Ordinal) : path.StartsWith(pattern[..star], StringComparison.Ordinal);
    }
}
