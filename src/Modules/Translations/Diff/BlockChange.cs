using StatiqGuides.Modules.Translations.Blocks;

namespace StatiqGuides.Modules.Translations.Diff;

/// <summary>What happened to one block between the version a translation was made from and the current source.</summary>
/// <param name="Old">The block in the old version; null when added.</param>
/// <param name="New">The block in the current source; null when removed.</param>
/// <param name="OldIndex">Index of <paramref name="Old"/> among the old version's blocks, or -1.</param>
/// <param name="NewIndex">Index of <paramref name="New"/> among the current blocks, or -1.</param>
public sealed record BlockChange(ChangeKind Kind, MarkdownBlock? Old, MarkdownBlock? New, int OldIndex, int NewIndex)
{
    public string KindName => Kind switch
    {
        ChangeKind.Unchanged => "unchanged",
        ChangeKind.Moved => "moved",
        ChangeKind.Changed => "changed",
        ChangeKind.Added => "added",
        _ => "removed",
    };
}
