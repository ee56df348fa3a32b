using System.Security.Cryptography;
using System.Text;
using StatiqGuides.Core.Caching;

namespace StatiqGuides.Modules.History;

/// <summary>The input folder's git history as one build sees it: each file's last commit date and the committed
/// versions of sources, or "unknown" when there is no history.</summary>
/// <remarks>What it reads is computed when first asked and kept (a build that never asks runs no <c>git log</c>);
/// thread-safe. Its cache identity is its <see cref="HistoryStamp"/>: everything it answers is a function of the
/// repository at that HEAD, so equal stamps give equal answers.</remarks>
public sealed class SiteHistory : ICacheIdentity
{
    private readonly HistoryStamp _stamp;
    private readonly Lazy<IReadOnlyDictionary<string, DateOnly>> _dates;

    public SiteHistory(HistoryStamp stamp, GitHistory? history, string inputDirectory)
    {
        ArgumentNullException.ThrowIfNull(stamp);
        ArgumentNullException.ThrowIfNull(inputDirectory);
        _stamp = stamp;
        Git = history;
        Versions = new SourceVersions(history);
        _dates = new Lazy<IReadOnlyDictionary<string, DateOnly>>(
            () => history?.LastChangeDates(inputDirectory) ?? new Dictionary<string, DateOnly>(), LazyThreadSafetyMode.ExecutionAndPublication);
        CacheIdentity = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(
            string.Join('\0', stamp.Top ?? "", stamp.Head ?? "", stamp.Status, stamp.Shallow, history is null ? "none" : "git"))));
    }

    /// <summary>Whether there is a history to read; false when git is missing or the input is in no repository.</summary>
    public bool IsKnown => Git is not null;

    /// <summary>The repository's history, or null.</summary>
    public GitHistory? Git { get; }

    /// <summary>The committed versions of sources, by <c>source_hash</c>: finds "unknown" when there is no history.</summary>
    public SourceVersions Versions { get; }

    public string CacheIdentity { get; }

    /// <summary>The date of the last commit that changed <paramref name="fullPath"/>; null when the file was never
    /// committed, was last changed beyond a shallow clone's boundary, or there is no history.</summary>
    public DateOnly? LastChange(string fullPath)
    {
        ArgumentNullException.ThrowIfNull(fullPath);
        if (Git is null || _stamp.Top is null) return null;
        // Keyed as git names the file, under the top folder git reported, so a link in the input's path cannot hide it.
        var key = Path.GetFullPath(Path.Combine(_stamp.Top, Git.RepositoryPath(fullPath)));
        return _dates.Value.TryGetValue(key, out var date) ? date : null;
    }
}
