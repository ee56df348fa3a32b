namespace StatiqGuides.Core.Content;

/// <summary>The files of the input that are not published but still exist: what refers to them is not reported again,
/// since each has its own diagnostic already.</summary>
/// <param name="Withheld">Files read but not published (a second file with a uid, a translation of a file that is not
/// published): their bodies and references are still checked, so that <c>check</c> lists every problem.</param>
/// <param name="Unreadable">Stand-ins, without front matter or body, for files that could not be read (not UTF-8,
/// broken YAML): where they would have been written.</param>
/// <param name="UnreadableUids">The uids of the unreadable files in the default language, when known: their slug, unless
/// the broken text sets <c>uid:</c>.</param>
public sealed record SetAsideContent(
    IReadOnlyList<ContentItem> Withheld,
    IReadOnlyList<ContentItem> Unreadable,
    IReadOnlySet<string> UnreadableUids)
{
    public static SetAsideContent None { get; } = new([], [], new HashSet<string>(StringComparer.Ordinal));
}
