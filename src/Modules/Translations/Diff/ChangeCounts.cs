namespace StatiqGuides.Modules.Translations.Diff;

/// <summary>How much of a source changed since its translation: the <c>changes</c> of SPEC §3's JSON. Title and
/// summary count as blocks; moved blocks keep their translation and are not counted.</summary>
public sealed record ChangeCounts(int Changed, int Added, int Removed)
{
    public int Total => Changed + Added + Removed;
}
