namespace StatiqGuides.Modules.Bundles;

/// <param name="Changed">Files the patch carries, the new manifest included.</param>
/// <param name="Removed">Files the patch removes.</param>
public sealed record PatchSummary(int Changed, int Removed);
