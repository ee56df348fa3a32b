namespace StatiqGuides.Modules.Catalog;

/// <summary>A translation inherits every front-matter key it does not repeat from its source (SPEC §1).</summary>
public static class FrontMatterInheritance
{
    public static Core.Content.FrontMatter Merge(Core.Content.FrontMatter source, Core.Content.FrontMatter translation)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(translation);
        var written = translation.WrittenKeys;
        T Pick<T>(string key, T fromTranslation, T fromSource) => written.Contains(key) ? fromTranslation : fromSource;
        return new Core.Content.FrontMatter
        {
            Title = Pick("title", translation.Title, source.Title),
            Summary = Pick("summary", translation.Summary, source.Summary),
            Uid = source.Uid,
            Tags = Pick("tags", translation.Tags, source.Tags),
            CaseStudies = Pick("case_studies", translation.CaseStudies, source.CaseStudies),
            Related = Pick("related", translation.Related, source.Related),
            Authors = Pick("authors", translation.Authors, source.Authors),
            Updated = Pick("updated", translation.Updated, source.Updated),
            Order = Pick("order", translation.Order, source.Order),
            Draft = Pick("draft", translation.Draft, source.Draft),
            // Old addresses belong to the source page; a translation has its own only if it says so.
            Aliases = translation.Aliases,
            Parliament = Pick("parliament", translation.Parliament, source.Parliament),
            Country = Pick("country", translation.Country, source.Country),
            Region = Pick("region", translation.Region, source.Region),
            Year = Pick("year", translation.Year, source.Year),
            Themes = Pick("themes", translation.Themes, source.Themes),
            Links = Pick("links", translation.Links, source.Links),
            Sources = Pick("sources", translation.Sources, source.Sources),
            SourceHash = translation.SourceHash,
            WrittenKeys = written,
            Extra = source.Extra.Concat(translation.Extra).GroupBy(p => p.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal),
        };
    }
}
