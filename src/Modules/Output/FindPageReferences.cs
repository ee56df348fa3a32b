using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using StatiqGuides.Core.Content;
using StatiqGuides.Core.Pipelines;

namespace StatiqGuides.Modules.Output;

/// <summary>What one page of the site weighs and which files of the site it loads or links: what
/// <see cref="CheckBudgets"/> adds up. Found per page, so that a <c>serve</c> rebuild reads again only the pages that changed.</summary>
public sealed partial class FindPageReferences : EachModule<OutputFile, PageReferences>
{
    public override PageReferences Process(OutputFile item, BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(context);
        if (!SitePaths.IsPage(item.Path) || (item.Text is null && item.Staged is null)) return new PageReferences(item.Path, false, 0, []);
        if (context.Staging is StagingFolder staging && staging.ReferencesOf(item) is { } found) return found;
        // A staged page is read back as the bytes it was written as; a page in memory is scanned as the same bytes.
        var (buffer, length) = item.Staged is { } staged ? ReadStaged(staged.FullPath) : PooledUtf8.Encode(item.Text!);
        try
        {
            return Find(item.Path, buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The references of the page at <paramref name="path"/> whose bytes are <paramref name="html"/>.</summary>
    internal static PageReferences Find(string path, ReadOnlySpan<byte> html)
    {
        var references = new List<PageReference>();
        var folder = path.Split('/')[..^1];
        // A page names the same stylesheet, scripts and section links many times: each is resolved once.
        var resolved = new Dictionary<string, string?>(StringComparer.Ordinal);
        var inAssets = folder.Length > 0 && folder[0] == AssetsFolder.TrimEnd('/');
        foreach (var found in ReferenceScanner.Scan(html))
        {
            var tag = html[found.Tag];
            var value = html[found.Value];
            var loads = tag.SequenceEqual("script"u8) ? "script" : tag.SequenceEqual("link"u8) ? "link" : null;
            // Kept: what the budget adds up (scripts, stylesheets) and what keeps an asset in use. A page's hundreds of
            // links to other pages are neither, and a session keeps every page's references between builds. From outside
            // assets/, a link names an asset only by a path holding "assets/", or an escaped one.
            if (loads is null && !inAssets && value.IndexOf("assets/"u8) < 0 && value.IndexOfAny((byte)'%', (byte)'&') < 0) continue;
            var url = Encoding.UTF8.GetString(value);
            if (!resolved.TryGetValue(url, out var target)) resolved[url] = target = Resolve(url, folder);
            if (target is null) continue;
            if (loads is not null) references.Add(new PageReference(loads, target));
            else if (target.StartsWith(AssetsFolder, StringComparison.Ordinal)) references.Add(new PageReference(Encoding.ASCII.GetString(tag), target));
        }
        return new PageReferences(path, true, html.Length, references);
    }

    private static (byte[] Buffer, int Length) ReadStaged(string path)
    {
        using var handle = File.OpenHandle(path);
        var length = checked((int)RandomAccess.GetLength(handle));
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        var read = 0;
        while (read < length && RandomAccess.Read(handle, buffer.AsSpan(read, length - read), read) is var n && n > 0) read += n;
        return (buffer, read);
    }

    /// <summary>Where the site's assets are, the theme's and the input's alike.</summary>
    private const string AssetsFolder = "assets/";

    /// <summary>The output path a relative link of a page in <paramref name="folder"/> names; null for other links.</summary>
    private static string? Resolve(string url, string[] folder)
    {
        if (url.Length == 0 || url.StartsWith('#') || url.StartsWith('/') || url.Contains("//", StringComparison.Ordinal) || SchemePrefix().IsMatch(url)) return null;
        var end = url.IndexOfAny(['#', '?']);
        var path = end < 0 ? url : url[..end];
        var segments = new List<string>(folder);
        var decoded = path.AsSpan().IndexOfAny('%', '&') < 0 ? path : Uri.UnescapeDataString(System.Net.WebUtility.HtmlDecode(path));
        foreach (var segment in decoded.Split('/'))
        {
            if (segment == "..")
            {
                if (segments.Count == 0) return null;
                segments.RemoveAt(segments.Count - 1);
            }
            else if (segment is not ("." or "")) segments.Add(segment);
        }
        var resolved = string.Join('/', segments);
        return path.EndsWith('/') || path.Length == 0 ? (resolved.Length == 0 ? SitePaths.IndexFile : resolved + "/" + SitePaths.IndexFile) : resolved;
    }

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.-]*:")]
    private static partial Regex SchemePrefix();
}

/// <summary>A site file as <see cref="CheckBudgets"/> sees it: whether it is a page, its size in bytes when it is one, and the
/// site files its tags name (the tag, and the target's output path) that the budget reads: every script and link
/// (stylesheet) tag, and any other tag naming a file under <c>assets/</c>.</summary>
public sealed record PageReferences(string Path, bool IsPage, long Bytes, IReadOnlyList<PageReference> References);

public sealed record PageReference(string Tag, string Target);
