using System.Text.RegularExpressions;
using AngleSharp.Diffing;
using AngleSharp.Diffing.Core;
using AngleSharp.Diffing.Strategies;

namespace StatiqGuides.Tests.Testing;

/// <summary>How golden pages are kept and compared: scrubbed of what varies from build to build for reasons a page's
/// content does not control (asset fingerprints, integrity hashes, build timestamps), then parsed and re-serialised
/// by AngleSharp one element per line (<see cref="Html.Normalize"/>), and compared as DOM trees by AngleSharp.Diffing.</summary>
public static partial class GoldenHtml
{
    public static string Normalize(string html) => Html.Normalize(Scrub(html));

    /// <summary>What varies without the content changing: <c>site.3f2a9c1d.css</c> and <c>site-3f2a9c1d.css</c> become <c>site.HASH.css</c>,
    /// <c>?v=…</c> and <c>integrity="sha384-…"</c> lose their hash, an ISO timestamp becomes <c>TIMESTAMP</c>. Dates
    /// (<c>2026-03-01</c>, a page's last update) are content and stay.</summary>
    public static string Scrub(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var text = Fingerprint().Replace(html, ".HASH.");
        text = VersionQuery().Replace(text, "${name}=HASH");
        text = Integrity().Replace(text, "${algorithm}-HASH");
        return Timestamp().Replace(text, "TIMESTAMP");
    }

    /// <summary>The differences AngleSharp.Diffing finds between two normalised pages, one line each; empty when equal.</summary>
    public static IReadOnlyList<string> Differences(string expected, string actual)
    {
        var strategy = new DiffingStrategyPipeline();
        strategy.AddDefaultOptions();
        var differ = new HtmlDiffer(strategy);
        var diffs = differ.Compare(Html.Parse(expected).DocumentElement, Html.Parse(actual).DocumentElement);
        return [.. diffs.Select(Describe)];
    }

    private static string Describe(IDiff diff) => diff switch
    {
        NodeDiff node => $"{node.Target} differs at {node.Control.Path}",
        AttrDiff attribute => $"attribute differs at {attribute.Control.Path}",
        MissingNodeDiff missing => $"missing {missing.Target} at {missing.Control.Path}",
        UnexpectedNodeDiff unexpected => $"unexpected {unexpected.Target} at {unexpected.Test.Path}",
        MissingAttrDiff missing => $"missing attribute at {missing.Control.Path}",
        UnexpectedAttrDiff unexpected => $"unexpected attribute at {unexpected.Test.Path}",
        _ => $"{diff.Target}: {diff.Result}",
    };

    [GeneratedRegex(@"[.-][0-9a-f]{8,64}\.(?=(css|js|json|png|svg|jpg|webp|woff2?)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex Fingerprint();

    [GeneratedRegex(@"(?<name>[?&](v|h|hash|version))=[0-9A-Za-z_-]{6,}", RegexOptions.CultureInvariant)]
    private static partial Regex VersionQuery();

    [GeneratedRegex(@"(?<algorithm>sha(256|384|512))-[A-Za-z0-9+/=]{20,}", RegexOptions.CultureInvariant)]
    private static partial Regex Integrity();

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?", RegexOptions.CultureInvariant)]
    private static partial Regex Timestamp();
}
