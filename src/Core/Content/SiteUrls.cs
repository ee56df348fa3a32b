using StatiqGuides.Core.Pipelines;

namespace StatiqGuides.Core.Content;

/// <summary>Turns output paths into the links written in pages: always relative, so the site works under
/// any base path and from disk.</summary>
/// <param name="onlineOnlyLanguages">Languages whose pages are not in this output (a one-language bundle):
/// links to them go to the online site.</param>
public sealed class SiteUrls(string baseUrl, LinkStyle style, IReadOnlySet<string>? onlineOnlyLanguages = null)
{
    private readonly IReadOnlySet<string> _onlineOnly = onlineOnlyLanguages ?? new HashSet<string>(StringComparer.Ordinal);

    public string BaseUrl { get; } = baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/";

    public LinkStyle Style { get; } = style;

    /// <summary>The links of a build: folder links online, file links in a bundle, which links other languages online.</summary>
    public static SiteUrls For(BuildOptions options, SiteSettings settings)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(settings);
        if (options.Offline is null) return new SiteUrls(settings.BaseUrl, LinkStyle.Server);
        var online = settings.Languages.Where(l => !options.Carries(l)).ToHashSet(StringComparer.Ordinal);
        return new SiteUrls(settings.BaseUrl, LinkStyle.File, online);
    }

    /// <summary>The link from the page written at <paramref name="fromPath"/> to the file at <paramref name="toPath"/>.</summary>
    public string Relative(string fromPath, string toPath)
    {
        ArgumentNullException.ThrowIfNull(fromPath);
        ArgumentNullException.ThrowIfNull(toPath);
        if (Style == LinkStyle.Absolute || IsOnlineOnly(toPath)) return Absolute(toPath);
        // Called for every link of every page: compare folder by folder in place rather than splitting both paths.
        var common = 0;
        while (true)
        {
            var fromEnd = fromPath.IndexOf('/', common);
            var toEnd = toPath.IndexOf('/', common);
            if (fromEnd < 0 || toEnd != fromEnd || !fromPath.AsSpan(common, fromEnd - common).SequenceEqual(toPath.AsSpan(common, toEnd - common)))
            {
                break;
            }
            common = fromEnd + 1;
        }
        var ups = fromPath.AsSpan(common).Count('/');
        var link = ups == 0 ? toPath[common..] : string.Create(ups * 3 + toPath.Length - common, (ups, toPath, common), static (span, state) =>
        {
            for (var i = 0; i < state.ups; i++) "../".CopyTo(span[(i * 3)..]);
            state.toPath.AsSpan(state.common).CopyTo(span[(state.ups * 3)..]);
        });
        if (Style == LinkStyle.Server && (link == SitePaths.IndexFile || link.EndsWith("/" + SitePaths.IndexFile, StringComparison.Ordinal)))
        {
            link = link[..^SitePaths.IndexFile.Length];
        }
        return link.Length == 0 ? "./" : link;
    }

    /// <summary>The absolute URL of an output path, as used in canonical links, feeds and sitemaps.</summary>
    public string Absolute(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var pretty = path == SitePaths.IndexFile || path.EndsWith("/" + SitePaths.IndexFile, StringComparison.Ordinal)
            ? path[..^SitePaths.IndexFile.Length]
            : path;
        return BaseUrl + pretty;
    }

    private bool IsOnlineOnly(string toPath) =>
        _onlineOnly.Count > 0 && toPath.IndexOf('/', StringComparison.Ordinal) is > 0 and var slash && _onlineOnly.Contains(toPath[..slash]);
}
