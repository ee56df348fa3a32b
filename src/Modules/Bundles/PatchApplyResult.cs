using StatiqGuides.Core.Diagnostics;

namespace StatiqGuides.Modules.Bundles;

/// <param name="Summary">What was applied; null when the patch was refused and nothing changed.</param>
public sealed record PatchApplyResult(IReadOnlyList<Diagnostic> Diagnostics, PatchSummary? Summary);
