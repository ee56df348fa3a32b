using StatiqGuides.Core.Diagnostics;

namespace StatiqGuides.Modules.Bundles;

/// <param name="Files">Full paths of the files written (zips, manifests, patches, EPUBs, ZIMs); empty when the bundle failed.</param>
public sealed record BundleResult(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> Files, TimeSpan Elapsed)
{
    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);

    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);
}
