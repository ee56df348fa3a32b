using System.Globalization;
using System.Text;

namespace StatiqGuides.Modules.Search;

/// <summary>The file names of search shards: ASCII, stable as long as the prefix or document exists (so an edit
/// rewrites only the shards it touches), and safe on every file system a bundle is unzipped on.</summary>
/// <remarks>Search.js builds the same names (<c>shardName</c>): a prefix of ASCII letters and digits is its own
/// name; any other is the hexadecimal of its UTF-16 code units, which an ES5 script can compute.</remarks>
public static class SearchShardNames
{
    public static string Leaf(string prefix) => "t-" + Encode(prefix);

    public static string Aggregate(string prefix) => "a-" + Encode(prefix);

    /// <summary>The shard of results' texts numbered <paramref name="group"/> (<see cref="SearchIndexWriter.DocumentsPerShard"/>
    /// documents each).</summary>
    public static string Documents(int group) => "d" + group.ToString(CultureInfo.InvariantCulture);

    public static string Encode(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        if (prefix.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))) return prefix;
        var hex = new StringBuilder("x", 1 + (prefix.Length * 4));
        foreach (var c in prefix) hex.Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
        return hex.ToString();
    }
}
