namespace StatiqGuides.Tests.Testing.Oracle;

public static partial class SiteEdits
{
    private static IEnumerable<SiteEdit> Guides()
    {
        const string p = "guide";
        IEnumerable<ContentFile> files(OracleSite site) => site.Sources("guide");
        return
        [
            .. Key(p, files, "title", Title, required: true),
            .. Key(p, files, "summary", Summary, required: true),
            .. Key(p, files, "uid", NewUid, mayChange: Unreferenced, mayAdd: Unreferenced, mayRemove: Unreferenced),
            .. Key(p, files, "tags", Tags),
            .. Key(p, files, "case_studies", CaseStudyList),
            .. Key(p, files, "related", RelatedList),
            .. Key(p, files, "sources", Sources),
            .. Key(p, files, "authors", Authors),
            .. Key(p, files, "updated", Updated),
            .. Key(p, files, "order", Order),
            .. Key(p, files, "draft", Draft, mayChange: MayBeDraft, mayAdd: Unreferenced),
            .. Key(p, files, "aliases", Aliases),
        ];
    }

    private static IEnumerable<SiteEdit> CaseStudies()
    {
        const string p = "case-study";
        IEnumerable<ContentFile> files(OracleSite site) => site.Sources("case-study");
        return
        [
            .. Key(p, files, "title", Title, required: true),
            .. Key(p, files, "summary", Summary, required: true),
            .. Key(p, files, "parliament", (site, _, _, _) => YamlText.Quote($"Parliament {site.Next()}"), required: true),
            .. Key(p, files, "country", (_, _, _, choice) => choice.One(CountryPool), required: true),
            .. Key(p, files, "year", (_, _, _, choice) => choice.Random.Next(1995, 2026).ToString(), required: true),
            .. Key(p, files, "region", (_, _, _, choice) => YamlText.Quote(choice.One(RegionPool))),
            .. Key(p, files, "themes", (site, _, _, choice) => YamlText.List(choice.Some(site.SectionIds, 2))),
            .. Key(p, files, "links", (_, _, _, choice) => YamlText.List(choice.Some(LinkPool, 2))),
            .. Key(p, files, "uid", NewUid, mayChange: Unreferenced, mayAdd: Unreferenced, mayRemove: Unreferenced),
            .. Key(p, files, "tags", Tags),
            .. Key(p, files, "authors", Authors),
            .. Key(p, files, "updated", Updated),
            .. Key(p, files, "draft", Draft, mayChange: MayBeDraft, mayAdd: Unreferenced),
            .. Key(p, files, "aliases", Aliases),
        ];
    }

    private static IEnumerable<SiteEdit> Pages()
    {
        const string p = "page";
        IEnumerable<ContentFile> files(OracleSite site) => site.Sources("page");
        return
        [
            .. Key(p, files, "title", Title, required: true),
            .. Key(p, files, "summary", Summary),
            .. Key(p, files, "uid", NewUid, mayChange: Unreferenced, mayAdd: Unreferenced, mayRemove: Unreferenced),
            .. Key(p, files, "tags", Tags),
            .. Key(p, files, "authors", Authors),
            .. Key(p, files, "updated", Updated),
            .. Key(p, files, "order", Order),
            .. Key(p, files, "draft", Draft, mayChange: MayBeDraft, mayAdd: Unreferenced),
            .. Key(p, files, "aliases", Aliases),
        ];
    }

    private static IEnumerable<SiteEdit> Translations()
    {
        const string p = "translation";
        IEnumerable<ContentFile> files(OracleSite site) => site.Content().Where(c => c.IsTranslation && site.Exists(c.Sibling(null)));
        return
        [
            .. Key(p, files, "title", Title, required: true),
            .. Key(p, files, "summary", Summary, required: true),
            // Changed: a current hash made wrong, a wrong one made current. Added: the current one, or now and then a wrong one.
            .. Key(p, files, "source_hash", (site, file, markdown, choice) =>
                markdown.Scalar("source_hash") is { } hash && hash == HashOfSource(site, file) || (!markdown.Has("source_hash") && choice.Varied && choice.Random.Next(4) == 0)
                    ? site.Next().ToString("x12", System.Globalization.CultureInfo.InvariantCulture)
                    : HashOfSource(site, file)),
        ];
    }

    /// <summary>The <c>source_hash</c> that makes a translation current: the hash of its source as it is now.</summary>
    private static string HashOfSource(OracleSite site, ContentFile translation)
    {
        var source = translation.Sibling(null);
        var markdown = site.Markdown(source);
        return SpecSourceHash.OfFile(site.Read(source), markdown.Scalar("title") ?? "", markdown.Scalar("summary") ?? "");
    }
}
