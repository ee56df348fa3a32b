namespace StatiqGuides.Tests.Testing.Oracle;

public static partial class SiteEdits
{
    /// <summary>A new YAML value for a key of <paramref name="file"/> (null: there is none to give).</summary>
    private delegate string? NewValue(OracleSite site, ContentFile file, MarkdownFile markdown, EditChoice choice);

    private delegate bool Allowed(OracleSite site, ContentFile file, MarkdownFile markdown);

    private static bool Always(OracleSite site, ContentFile file, MarkdownFile markdown) => true;

    /// <summary>Not named by any other file: its uid may change, it may become a draft or go, and nothing breaks.</summary>
    private static bool Unreferenced(OracleSite site, ContentFile file, MarkdownFile markdown) => !site.IsReferenced(file);

    /// <summary>The edits of one front-matter key: changed where present, and unless <paramref name="required"/>, added
    /// where absent and removed where present. <paramref name="mayChange"/> and the others keep the site valid.</summary>
    private static IEnumerable<SiteEdit> Key(string prefix, Func<OracleSite, IEnumerable<ContentFile>> files, string key, NewValue value,
        bool required = false, Allowed? mayChange = null, Allowed? mayAdd = null, Allowed? mayRemove = null)
    {
        yield return SiteEdit.Of($"{prefix}.{key}", (site, choice) =>
            SetKey(site, choice, files(site), key, value, present: true, mayChange ?? Always));
        if (required) yield break;
        yield return SiteEdit.Of($"{prefix}.{key} added", (site, choice) =>
            SetKey(site, choice, files(site), key, value, present: false, mayAdd ?? Always));
        yield return SiteEdit.Of($"{prefix}.{key} removed", (site, choice) =>
        {
            var target = choice.Target(Candidates(site, files(site), key, present: true, mayRemove ?? Always));
            if (target is null) return null;
            site.Write(target.Path, site.Markdown(target.Path).Remove(key));
            return new AppliedEdit($"{target.Path}: {key} removed");
        });
    }

    private static AppliedEdit? SetKey(OracleSite site, EditChoice choice, IEnumerable<ContentFile> files, string key, NewValue value,
        bool present, Allowed allowed)
    {
        var target = choice.Target(Candidates(site, files, key, present, allowed));
        if (target is null) return null;
        var markdown = site.Markdown(target.Path);
        var current = YamlText.Raw(markdown.FrontMatter, key);
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var next = value(site, target, markdown, choice);
            if (next is null) return null;
            if (YamlText.SameValue(next, current)) continue;
            site.Write(target.Path, markdown.Set(key, next));
            return new AppliedEdit($"{target.Path}: {key}: {next.Replace("\n", " ", StringComparison.Ordinal)}");
        }
        return null;
    }

    /// <summary>The files an edit may touch, the richest first: published before drafts, then the longest (the one most pages show).</summary>
    private static List<ContentFile> Candidates(OracleSite site, IEnumerable<ContentFile> files, string key, bool present, Allowed allowed) =>
        [.. files.Select(f => (File: f, Markdown: site.Markdown(f.Path)))
            .Where(x => x.Markdown.Has(key) == present && allowed(site, x.File, x.Markdown))
            .OrderBy(x => x.Markdown.Scalar("draft") == "true").ThenByDescending(x => x.Markdown.Text.Length).ThenBy(x => x.File.Path, StringComparer.Ordinal)
            .Select(x => x.File)];

    private static readonly string[] TagPool = ["web", "accessibility", "open-data", "hansard", "Données ouvertes", "records"];
    private static readonly string[] AuthorPool = ["A. Writer", "B. Editor", "C. Reviewer", "D. Translator"];
    private static readonly string[] CountryPool = ["KE", "BR", "FR", "ZA", "EU", "IN", "CL", "NZ"];
    private static readonly string[] RegionPool = ["East Africa", "South America", "Europe", "South Asia"];
    private static readonly string[] LinkPool = ["https://example.org/hansard", "https://example.org/portal", "https://data.example.org/"];
    private static readonly string[] SourcePool = ["https://www.w3.org/TR/WCAG22/", "https://example.org/alpha-source", "https://example.org/report", "https://example.org/law"];

    private static string? Title(OracleSite site, ContentFile file, MarkdownFile markdown, EditChoice choice) =>
        YamlText.Quote($"{(file.IsTranslation ? "Titre" : "Title")} {site.Next()}");

    private static string? Summary(OracleSite site, ContentFile file, MarkdownFile markdown, EditChoice choice) =>
        YamlText.Quote($"{(file.IsTranslation ? "Résumé" : "Summary")} number {site.Next()}.");

    private static string? NewUid(OracleSite site, ContentFile file, MarkdownFile markdown, EditChoice choice) => $"{file.Slug}-u{site.Next()}";

    private static string? Tags(OracleSite site, ContentFile file, MarkdownFile markdown, EditChoice choice) => YamlText.List(choice.Some(TagPool));

    private static string? Authors(OracleSite site, ContentFile file, MarkdownFile markdown, EditChoice choice) => YamlText.List(choice.Some(AuthorPool));

    private static string? Updated(OracleSite site, ContentFile file, MarkdownFile markdown, EditChoice choice) =>
        new DateOnly(2020, 1, 1).AddDays(choice.Random.Next(0, 2000)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>An order that moves the item among its section's guides (or among the pages): after the others if it is
    /// first, else before them; now and then, in the random sequence, any order.</summary>
    private static string? Order(OracleSite site, ContentFile file, MarkdownFile markdown, EditChoice choice)
    {
        var siblings = site.Sources(file.Kind).Where(f => f.Path != file.Path && f.Section == file.Section && !site.IsDraft(f))
            .Select(f => OrderKey(site.Markdown(f.Path).FrontMatter, f.Slug)).ToList();
        return MovingOrder(OrderKey(markdown.FrontMatter, file.Slug), siblings, choice);
    }

    /// <summary>How the catalog sorts: by order (none: last), then by slug or section id.</summary>
    private static (int Order, string Name) OrderKey(string yaml, string name) =>
        (int.TryParse(YamlText.Scalar(yaml, "order"), out var order) ? order : int.MaxValue, name);

    private static string MovingOrder((int Order, string Name) own, IReadOnlyList<(int Order, string Name)> others, EditChoice choice)
    {
        if (others.Count == 0 || (choice.Varied && choice.Random.Next(3) == 0)) return choice.Random.Next(0, 10).ToString();
        var first = others.All(o => own.Order < o.Order || (own.Order == o.Order && string.CompareOrdinal(own.Name, o.Name) < 0));
        var finite = others.Where(o => o.Order != int.MaxValue).Select(o => o.Order).ToList();
        return first
            ? ((finite.Count > 0 ? finite.Max() : 0) + 1).ToString()
            : (others.Min(o => o.Order) - 1).ToString();
    }

    private static string? Aliases(OracleSite site, ContentFile file, MarkdownFile markdown, EditChoice choice) =>
        YamlText.List([$"/old/{file.Slug}-{site.Next()}/"]);

    /// <summary>Toggles draft; a file something names is never made a draft, or the reference would break.</summary>
    private static string? Draft(OracleSite site, ContentFile file, MarkdownFile markdown, EditChoice choice) =>
        markdown.Scalar("draft") == "true" ? "false" : "true";

    private static bool MayBeDraft(OracleSite site, ContentFile file, MarkdownFile markdown) =>
        markdown.Scalar("draft") == "true" || !site.IsReferenced(file);

    private static string? CaseStudyList(OracleSite site, ContentFile file, MarkdownFile markdown, EditChoice choice) =>
        site.PublishedUids("case-study") is { Count: > 0 } uids ? YamlText.List(choice.Some(uids, 2)) : null;

    private static string? RelatedList(OracleSite site, ContentFile file, MarkdownFile markdown, EditChoice choice) =>
        site.PublishedUids("guide").Where(u => u != site.Uid(file)).ToList() is { Count: > 0 } uids ? YamlText.List(choice.Some(uids, 2)) : null;

    /// <summary>A block list mixing plain URLs and {url, title} mappings.</summary>
    private static string? Sources(OracleSite site, ContentFile file, MarkdownFile markdown, EditChoice choice) =>
        string.Join('\n', choice.Some(SourcePool).Select(url => choice.Random.Next(2) == 0
            ? $"  - {url}"
            : $"  - url: {url}\n    title: \"Source {site.Next()}\""));
}
