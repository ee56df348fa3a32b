namespace StatiqGuides.Modules.Translations.Diff;

public enum ChangeKind
{
    Unchanged,
    Moved,
    Changed,
    Added,
    Removed,
}
