using StatiqGuides.Core.Content;
using StatiqGuides.Modules.History;
using StatiqGuides.Modules.Translations.Blocks;

namespace StatiqGuides.Modules.Translations.Diff;

/// <summary>Builds <see cref="SourceDiff"/>s from the history of the sources.</summary>
public sealed class SourceDiffer(SourceVersions versions)
{
    public SourceVersions Versions { get; } = versions ?? throw new ArgumentNullException(nameof(versions));

    /// <summary>The change to <paramref name="source"/> since the version whose hash is <paramref name="translationHash"/>.</summary>
    public SourceDiff Diff(ContentItem source, string language, string? translationHash)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Between(source, language, translationHash, Baseline(source, translationHash));
    }

    /// <summary>The version of <paramref name="source"/> a translation with <paramref name="translationHash"/> was made
    /// from: the current one when the hashes match, else the one the history has.</summary>
    public VersionLookup Baseline(ContentItem source, string? translationHash)
    {
        ArgumentNullException.ThrowIfNull(source);
        return translationHash == SourceHash.Of(source)
            ? VersionLookup.Found(new SourceVersion("", DateTimeOffset.MinValue, source.Title, source.Summary, source.Body, translationHash))
            : Versions.Find(source, translationHash);
    }

    /// <summary>The change from a known old version (e.g. at a commit) to the current source.</summary>
    public static SourceDiff Between(ContentItem source, string language, string? translationHash, VersionLookup lookup, ParsedBody? current = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(lookup);
        current ??= MarkdownBlocks.Parse(source.Body);
        var old = lookup.Version is { } version ? MarkdownBlocks.Parse(version.Body) : null;
        var blocks = BlockMatcher.Match(old?.Blocks ?? [], current.Blocks);
        IReadOnlyList<FieldChange> fields =
        [
            new("title", lookup.Version?.Title, source.FrontMatter.Title ?? ""),
            new("summary", lookup.Version?.Summary, source.FrontMatter.Summary ?? ""),
        ];
        return new SourceDiff(source, language, translationHash, lookup, fields, blocks, old, current);
    }
}
