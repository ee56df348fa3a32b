using StatiqGuides.Core.Caching;
using StatiqGuides.Core.Diagnostics;

namespace StatiqGuides.Modules.Serve;

/// <summary>What one build of a session did.</summary>
/// <param name="ChangedFiles">Output paths whose bytes differ from the previous build's (added, changed or removed).</param>
/// <param name="Cache">How many cached results were reused and how many were computed.</param>
public sealed record SessionBuild(
    IReadOnlyList<Diagnostic> Diagnostics, long Version, int Pages, IReadOnlyList<string> ChangedFiles, TimeSpan Elapsed, CacheCounters Cache)
{
    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);

    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);
}
