using System.Text.RegularExpressions;

namespace StatiqGuides.Tests.Testing.Oracle;

public static partial class SiteEdits
{
    private sealed record Move(string From, string To);

    private static IEnumerable<SiteEdit> Files() =>
    [
        Body("guide body edit", site => site.Sources("guide")),
        Body("case-study body edit", site => site.Sources("case-study")),
        Body("page body edit", site => site.Sources("page")),
        Body("translation body edit", site => site.Content().Where(c => c.IsTranslation)),
        // A body edit that makes a current translation outdated: its pages, its hub's page and the status page change.
        Body("translated guide body edit", site => site.Sources("guide").Where(f => HasCurrentTranslation(site, f))),
        SiteEdit.Of("asset edit", (site, choice) =>
        {
            var assets = Directory.EnumerateFiles(Path.Combine(site.Site.InputDirectory, "assets"), "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(site.Site.InputDirectory, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
            if (choice.Target(assets) is not { } asset) return null;
            // Bytes after a PNG's IEND chunk are ignored by readers: the image stays valid, its bytes change.
            var bytes = File.ReadAllBytes(Path.Combine(site.Site.InputDirectory, asset));
            site.Site.WithBytes(asset, [.. bytes, .. System.Text.Encoding.ASCII.GetBytes($"edit {site.Next()}")]);
            return new AppliedEdit($"{asset}: bytes appended");
        }),
        Theme("theme partial edit", "partials/page-meta.liquid", text =>
            (MetaLine().Replace(text, _ => "<ul class=\"meta-line\" data-edit=\"{0}\">", 1), "data-edit on the meta line")),
        Theme("theme UI string edit", "i18n/fr.yml", text =>
            (HomeString().Replace(text, _ => "  home: \"Accueil {0}\"", 1), "nav.home")),
        Theme("theme CSS edit", "assets/css/site.css", text =>
            (text + "\n.edit-{0} { color: inherit; }\n", "a rule appended")),
        SiteEdit.Of("guide added", (site, choice) =>
        {
            var section = choice.Target(site.SectionIds);
            if (section is null) return null;
            var n = site.Next();
            var path = $"guides/{section}/new-guide-{n}.md";
            site.Write(path, $"---\ntitle: \"New guide {n}\"\nsummary: \"A guide added while serving.\"\ntags: {Tags(site, null!, null!, choice)}\n---\n\nNew text {n}.\n");
            return new AppliedEdit($"{path} added");
        }),
        SiteEdit.Of("translation added", (site, choice) =>
        {
            var languages = site.Languages.Where(l => l != site.DefaultLanguage).ToList();
            var candidates = site.Content().Where(c => !c.IsTranslation)
                .SelectMany(c => languages.Select(c.Sibling)).Where(p => !site.Exists(p))
                .OrderByDescending(p => site.Read(ContentFile.FromPath(p)!.Sibling(null)).Length).ToList();
            if (choice.Target(candidates) is not { } path) return null;
            var n = site.Next();
            var file = ContentFile.FromPath(path)!;
            var hash = choice.Random.Next(3) == 0 ? "" : $"source_hash: {HashOfSource(site, file)}\n";
            site.Write(path, $"---\ntitle: \"Titre ajouté {n}\"\nsummary: \"Un résumé traduit.\"\n{hash}---\n\nTexte traduit {n}.\n");
            return new AppliedEdit($"{path} added" + (hash.Length > 0 ? " (current)" : " (no source_hash)"));
        }),
        SiteEdit.Of("case-study added", (site, choice) =>
        {
            var n = site.Next();
            var path = $"case-studies/new-study-{n}.md";
            site.Write(path, $"---\ntitle: \"New case study {n}\"\nsummary: \"A case study added while serving.\"\nparliament: \"Parliament {n}\"\n" +
                $"country: {choice.One(CountryPool)}\nyear: {choice.Random.Next(1995, 2026)}\nthemes: {YamlText.List(choice.Some(site.SectionIds, 2))}\n---\n\nWhat happened.\n");
            return new AppliedEdit($"{path} added");
        }),
        SiteEdit.Of("page added", (site, choice) =>
        {
            var n = site.Next();
            var path = $"pages/new-page-{n}.md";
            site.Write(path, $"---\ntitle: \"New page {n}\"\norder: {choice.Random.Next(1, 10)}\n---\n\nA page.\n");
            return new AppliedEdit($"{path} added");
        }),
        Moved("guide renamed", "guide", (site, file, n) => [file.Sibling(null).Replace($"/{file.Slug}.md", $"/{file.Slug}-r{n}.md", StringComparison.Ordinal)]),
        Moved("guide moved to another section", "guide", (site, file, n) =>
            [.. site.SectionIds.Where(s => s != file.Section).Select(s => $"guides/{s}/{file.Slug}.md")]),
        Moved("case-study renamed", "case-study", (site, file, n) => [$"case-studies/{file.Slug}-r{n}.md"]),
        Moved("page renamed", "page", (site, file, n) => [$"pages/{file.Slug}-r{n}.md"]),
        SiteEdit.Of("translation renamed", (site, choice) =>
        {
            var languages = site.Languages.Where(l => l != site.DefaultLanguage).ToList();
            var moves = site.Content().Where(c => c.IsTranslation && site.Exists(c.Sibling(null)))
                .SelectMany(c => languages.Where(l => l != c.Language).Select(l => new Move(c.Path, c.Sibling(l))))
                .Where(m => !site.Exists(m.To)).ToList();
            if (choice.Target(moves) is not { } move) return null;
            site.Move(move.From, move.To);
            return new AppliedEdit($"{move.From} renamed {move.To}");
        }),
        Deleted("guide deleted", site => site.Sources("guide").Where(f => Free(site, f))),
        Deleted("case-study deleted", site => site.Sources("case-study").Where(f => Free(site, f))),
        Deleted("page deleted", site => site.Sources("page").Where(f => Free(site, f))),
        Deleted("translation deleted", site => site.Content().Where(c => c.IsTranslation)),
        new SiteEdit("CODEOWNERS regenerated", async (site, _) =>
        {
            await site.RegenerateCodeOwnersAsync();
            return new AppliedEdit(".github/CODEOWNERS regenerated (statiqguides codeowners)");
        }),
    ];

    private static bool HasCurrentTranslation(OracleSite site, ContentFile source)
    {
        var markdown = site.Markdown(source.Path);
        var hash = SpecSourceHash.Of(markdown.Scalar("title") ?? "", markdown.Scalar("summary") ?? "", markdown.Body);
        return site.TranslationsOf(source).Any(t => site.Markdown(t.Path).Scalar("source_hash") == hash);
    }

    /// <summary>Neither named by another file nor translated: it may go and nothing breaks.</summary>
    private static bool Free(OracleSite site, ContentFile file) => !site.IsReferenced(file) && site.TranslationsOf(file).Count == 0;

    private static SiteEdit Body(string name, Func<OracleSite, IEnumerable<ContentFile>> files) => SiteEdit.Of(name, (site, choice) =>
    {
        var target = choice.Target(files(site).OrderByDescending(f => site.Read(f.Path).Length).ThenBy(f => f.Path, StringComparer.Ordinal).ToList());
        if (target is null) return null;
        var markdown = site.Markdown(target.Path);
        site.Write(target.Path, markdown with { Body = markdown.Body.TrimEnd('\n') + $"\n\nAdded line {site.Next()}.\n" });
        return new AppliedEdit($"{target.Path}: a line added to the body");
    });

    private static SiteEdit Theme(string name, string path, Func<string, (string Text, string What)> edit) => SiteEdit.Of(name, (site, _) =>
    {
        var (text, what) = edit(site.Site.ReadThemeFile(path));
        site.Site.WithThemeFile(path, text.Replace("{0}", site.Next().ToString(), StringComparison.Ordinal));
        return new AppliedEdit($"theme/{path}: {what}");
    });

    /// <summary>A source renamed or moved with its uid kept (it has a uid, or nothing names it), and untranslated, so no
    /// translation is left without its source.</summary>
    private static SiteEdit Moved(string name, string kind, Func<OracleSite, ContentFile, int, IReadOnlyList<string>> to) => SiteEdit.Of(name, (site, choice) =>
    {
        var candidates = site.Sources(kind)
            .Where(f => site.TranslationsOf(f).Count == 0 && (site.Markdown(f.Path).Has("uid") || !site.IsReferenced(f)))
            .OrderByDescending(site.IsReferenced).ThenBy(site.IsDraft).ThenByDescending(f => site.Read(f.Path).Length).ThenBy(f => f.Path, StringComparer.Ordinal).ToList();
        if (choice.Target(candidates) is not { } file) return null;
        var target = choice.Target(to(site, file, site.Next()).Where(p => !site.Exists(p)).ToList());
        if (target is null) return null;
        site.Move(file.Path, target);
        return new AppliedEdit($"{file.Path} renamed {target}");
    });

    private static SiteEdit Deleted(string name, Func<OracleSite, IEnumerable<ContentFile>> files) => SiteEdit.Of(name, (site, choice) =>
    {
        var target = choice.Target(files(site).OrderBy(f => !f.IsTranslation && site.IsDraft(f)).ThenByDescending(f => site.Read(f.Path).Length).ThenBy(f => f.Path, StringComparer.Ordinal).ToList());
        if (target is null) return null;
        site.Delete(target.Path);
        return new AppliedEdit($"{target.Path} deleted");
    });

    [GeneratedRegex("<ul class=\"meta-line\"[^>]*>")]
    private static partial Regex MetaLine();

    [GeneratedRegex("^  home: \".*\"$", RegexOptions.Multiline)]
    private static partial Regex HomeString();
}
