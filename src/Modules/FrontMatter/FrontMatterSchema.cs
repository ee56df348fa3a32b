using StatiqGuides.Core.Content;

namespace StatiqGuides.Modules.FrontMatter;

/// <summary>Which front-matter keys a file of each kind knows and must have (SPEC §1), from the kind's fields.</summary>
public static class FrontMatterSchema
{
    public const int MaxSummaryLength = ContentFields.MaxSummaryLength;

    public static IReadOnlySet<string> KnownKeys(ContentKind kind, bool isTranslation)
    {
        ArgumentNullException.ThrowIfNull(kind);
        return isTranslation ? new HashSet<string>(kind.FieldsOf(true).Select(f => f.Key), StringComparer.Ordinal) : kind.Keys;
    }

    /// <summary>Keys a source file must have; a translation must have title and summary, and inherits the rest.</summary>
    public static IReadOnlyList<string> RequiredKeys(ContentKind kind, bool isTranslation)
    {
        ArgumentNullException.ThrowIfNull(kind);
        return [.. kind.FieldsOf(isTranslation).Where(f => IsRequired(f, isTranslation)).Select(f => f.Key)];
    }

    public static bool IsRequired(FieldSpec field, bool isTranslation)
    {
        ArgumentNullException.ThrowIfNull(field);
        return isTranslation ? field.RequiredInTranslation : field.IsRequired;
    }
}
