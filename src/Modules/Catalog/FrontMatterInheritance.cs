using StatiqGuides.Core.Content;

namespace StatiqGuides.Modules.Catalog;

/// <summary>A translation inherits every inherited field of its kind that it does not repeat from its source (SPEC §1).</summary>
public static class FrontMatterInheritance
{
    public static Core.Content.FrontMatter Merge(ContentKind kind, Core.Content.FrontMatter source, Core.Content.FrontMatter translation)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(translation);
        var merged = translation with
        {
            Extra = source.Extra.Concat(translation.Extra).GroupBy(p => p.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal),
        };
        foreach (var field in kind.Fields.Where(f => f.Inherit is not null && !translation.WrittenKeys.Contains(f.Key)))
        {
            merged = field.Inherit!(source, merged);
        }
        // The uid names the item: a translation found by its file name is its source's item even if it writes another.
        return merged with { Uid = source.Uid };
    }
}
