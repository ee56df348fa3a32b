using System.Text.RegularExpressions;

namespace StatiqGuides.Core.Content;

/// <summary>The one rule for every identifier that becomes a path or a URL (SPEC §1): slugs, uids, section ids, hub ids,
/// tags' URL form and languages; and the rule for aliases and asset file names. Input is untrusted: a value that breaks
/// these rules could leave the output folder, write lines into <c>_redirects</c>, clash with another file on a
/// case-insensitive file system, or give a link a browser or an unzip tool reads differently.</summary>
public static partial class Identifiers
{
    public const string Rule = "^[A-Za-z0-9]+([-_][A-Za-z0-9]+)*$";

    public const string LanguageRule = "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$";

    public const string AliasRule = "^/[A-Za-z0-9._~%/-]*$, no '.' or '..' segment, no '//'";

    public const string AssetNameRule = "ASCII letters, digits, '.', '_', '-' and '~', not starting with '.'";

    /// <summary>Identifiers are unique ignoring case: bundles are unzipped on case-insensitive file systems.</summary>
    public static StringComparer Comparer => StringComparer.OrdinalIgnoreCase;

    public static bool IsValid(string? value) => value is not null && Identifier().IsMatch(value);

    /// <summary>A BCP 47 subset: a two- or three-letter lower-case language, then optional subtags (<c>pt-BR</c>).</summary>
    public static bool IsValidLanguage(string? value) => value is not null && Language().IsMatch(value);

    /// <summary>One site path of URL-safe characters, which can never carry a space, a newline or a second rule into
    /// <c>_redirects</c> nor leave the site with <c>..</c>.</summary>
    public static bool IsValidAlias(string? value)
    {
        if (value is null || !Alias().IsMatch(value) || value.Contains("//", StringComparison.Ordinal)) return false;
        var segments = value[1..].Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            if (segment is "." or ".." || (segment.Length == 0 && i != segments.Length - 1)) return false;
            // A percent must start an escape, and the escape must not hide a '.', a '/' or a control.
            if (!PercentEscapesAreSafe(segment)) return false;
        }
        return true;
    }

    /// <summary>Each folder and file name of an asset: what every file system, zip tool and browser reads the same way.</summary>
    public static bool IsValidAssetSegment(string? segment) => segment is not null && AssetSegment().IsMatch(segment)
        && segment is not ("." or "..");

    private static bool PercentEscapesAreSafe(string segment)
    {
        for (var i = segment.IndexOf('%', StringComparison.Ordinal); i >= 0; i = segment.IndexOf('%', i + 1))
        {
            if (i + 2 >= segment.Length || !Uri.IsHexDigit(segment[i + 1]) || !Uri.IsHexDigit(segment[i + 2])) return false;
            var value = Convert.ToInt32(segment.Substring(i + 1, 2), 16);
            if (value < 0x20 || value is '.' or '/' or '\\' or '%' or 0x7F) return false;
        }
        return true;
    }

    [GeneratedRegex(Rule, RegexOptions.CultureInvariant)]
    private static partial Regex Identifier();

    [GeneratedRegex(LanguageRule, RegexOptions.CultureInvariant)]
    private static partial Regex Language();

    [GeneratedRegex("^/[A-Za-z0-9._~%/-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Alias();

    [GeneratedRegex("^[A-Za-z0-9_~-][A-Za-z0-9._~-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex AssetSegment();
}
