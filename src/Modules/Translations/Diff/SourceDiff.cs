using StatiqGuides.Core.Content;
using StatiqGuides.Modules.History;
using StatiqGuides.Modules.Translations.Blocks;

namespace StatiqGuides.Modules.Translations.Diff;

/// <summary>What changed in a source since the version a translation was made from, block by block (SPEC §3
/// <c>translations diff</c>).</summary>
/// <param name="Lookup">The version found in the history, or why there is none: then every block is new.</param>
/// <param name="Old">The old version's body, when found.</param>
public sealed record SourceDiff(
    ContentItem Source,
    string Language,
    string? TranslationHash,
    VersionLookup Lookup,
    IReadOnlyList<FieldChange> Fields,
    IReadOnlyList<BlockChange> Blocks,
    ParsedBody? Old,
    ParsedBody New)
{
    public bool HasBaseline => Lookup.Version is not null;

    public ChangeCounts Counts => new(
        Blocks.Count(b => b.Kind == ChangeKind.Changed) + Fields.Count(f => f.Kind == ChangeKind.Changed),
        Blocks.Count(b => b.Kind == ChangeKind.Added) + Fields.Count(f => f.Kind == ChangeKind.Added),
        Blocks.Count(b => b.Kind == ChangeKind.Removed));

    /// <summary>The sections of the current source under which something changed, in reading order.</summary>
    public IReadOnlyList<ChangedSection> ChangedSections()
    {
        var sections = new List<ChangedSection>();
        ChangedSection? current = null;
        var pending = false;
        foreach (var change in Blocks)
        {
            if (change.New is { Kind: BlockKind.Heading } heading)
            {
                current = new ChangedSection(heading.HeadingId, HeadingText(heading.Normalized));
            }
            if (change.Kind is ChangeKind.Unchanged or ChangeKind.Moved) continue;
            pending = true;
            var section = current ?? new ChangedSection(null, Source.Title);
            if (!sections.Contains(section)) sections.Add(section);
        }
        return pending ? sections : [];
    }

    private static string HeadingText(string heading)
    {
        var text = heading.TrimStart('#').Trim();
        var brace = text.LastIndexOf("{#", StringComparison.Ordinal);
        if (brace > 0 && text.EndsWith('}')) text = text[..brace].TrimEnd();
        return text;
    }
}
