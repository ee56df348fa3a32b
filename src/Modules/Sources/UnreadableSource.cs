using System.Text.RegularExpressions;

namespace StatiqGuides.Modules.Sources;

/// <summary>A content file that exists but could not be read: unreadable, not UTF-8, without front matter or with broken
/// YAML. It is reported once where it breaks; the catalog remembers it so that what refers to it is not reported again.</summary>
/// <param name="DeclaresUid">Whether its text seems to set <c>uid:</c>, in which case its uid cannot be known.</param>
public sealed partial record UnreadableSource(SourceFile File, bool DeclaresUid)
{
    /// <summary>Whether broken front matter text has a top-level <c>uid:</c> line.</summary>
    public static bool HasUidKey(string? text) => text is not null && UidLine().IsMatch(text);

    [GeneratedRegex(@"^uid\s*:", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex UidLine();
}
