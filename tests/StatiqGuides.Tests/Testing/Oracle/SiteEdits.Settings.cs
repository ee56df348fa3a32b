namespace StatiqGuides.Tests.Testing.Oracle;

public static partial class SiteEdits
{
    private static readonly string[] OwnerPool = ["@example/web", "@example/data", "@example/open", "@example/new", "owner@example.org"];

    private static IEnumerable<SiteEdit> SiteYml()
    {
        const string file = "site.yml";
        SiteEdit set(string key, Func<OracleSite, EditChoice, string?, (string Value, Func<OracleSite, Task>? Repair)?> value) =>
            SiteEdit.Of($"site.yml.{key}", (site, choice) =>
            {
                var yaml = site.Read(file);
                var current = YamlText.Raw(yaml, key);
                for (var attempt = 0; attempt < 20; attempt++)
                {
                    if (value(site, choice, current) is not var (next, repair)) return null;
                    if (YamlText.SameValue(next, current)) continue;
                    site.Write(file, YamlText.Set(yaml, key, next));
                    return new AppliedEdit($"{file}: {key}: {next.Replace("\n", " ", StringComparison.Ordinal)}", repair);
                }
                return null;
            });
        SiteEdit remove(string key) => SiteEdit.Of($"site.yml.{key} removed", (site, _) =>
        {
            var yaml = site.Read(file);
            if (!YamlText.Has(yaml, key)) return null;
            site.Write(file, YamlText.Remove(yaml, key));
            return new AppliedEdit($"{file}: {key} removed");
        });
        Func<OracleSite, Task> restore(string key, string value) => site =>
        {
            site.Write(file, YamlText.Set(site.Read(file), key, value));
            return Task.CompletedTask;
        };
        return
        [
            set("title", (site, choice, _) => (Localized(site, choice, "Site", "Site"), null)),
            set("base_url", (site, _, _) => ($"https://guides{site.Next()}.test/", null)),
            // Another default language changes which files are sources: a big edit, undone a few edits later.
            set("default_language", (site, choice, current) =>
                (choice.Target(site.Languages.Where(l => l != (current ?? site.Languages[0])).ToList()) ?? "en", restore("default_language", "en"))),
            remove("default_language"),
            set("languages", (_, choice, _) =>
                (choice.Target(["[en, fr]", "[en, es, fr]", "[en, fr, es, de]"])!, restore("languages", "[en, fr, es]"))),
            set("repository", (site, _, _) => ($"https://github.com/example/guides-{site.Next()}", null)),
            remove("repository"),
            set("fallback_owners", (_, choice, _) => (YamlText.List(choice.Some(OwnerPool, 2)), null)),
            remove("fallback_owners"),
            // The oracle's folder is no real repository: every undated file then shows no date, and SG0233 says so.
            // The fixture leaves the key out (false), so setting it, then setting it back, covers its removal too.
            set("updated_from_git", (_, _, current) => (current == "true" ? "false" : "true", null)),
        ];
    }

    private static IEnumerable<SiteEdit> Hubs()
    {
        // hub-web and hub-data maintain a section each; the id of a hub no _section.yml names may change.
        bool unnamed(OracleSite site, string entry) => !SectionHubs(site).Contains(YamlText.Scalar(entry, "id") ?? "");
        string? sections(OracleSite site, EditChoice choice, string entry)
        {
            var id = YamlText.Scalar(entry, "id");
            var listedElsewhere = HubsText.Entries(site.Read("hubs.yml")).Where(e => YamlText.Scalar(e, "id") != id)
                .SelectMany(e => YamlText.Items(e, "sections")).ToHashSet(StringComparer.Ordinal);
            var free = site.SectionIds.Where(s => !listedElsewhere.Contains(s)).ToList();
            return free.Count == 0 ? null : YamlText.List(choice.Some(free, 2)).Replace("\"", "", StringComparison.Ordinal);
        }
        return
        [
            .. HubKey("id", (site, _, _) => $"hub-x{site.Next()}", required: true, mayChange: unnamed),
            .. HubKey("name", (site, choice, _) => Localized(site, choice, "Hub", "Pôle"), required: true),
            .. HubKey("host", (site, _, _) => YamlText.Quote($"Host {site.Next()}"), required: true),
            .. HubKey("maintainers", (_, choice, _) => YamlText.List(choice.Some(OwnerPool, 2))),
            .. HubKey("sections", sections),
        ];
    }

    private static IEnumerable<SiteEdit> HubKey(string key, Func<OracleSite, EditChoice, string, string?> value, bool required = false,
        Func<OracleSite, string, bool>? mayChange = null)
    {
        AppliedEdit? edit(OracleSite site, EditChoice choice, bool present, bool remove, Func<OracleSite, string, bool> allowed)
        {
            var entries = HubsText.Entries(site.Read("hubs.yml"));
            var candidates = entries.Where(e => YamlText.Has(e, key) == present && allowed(site, e))
                .OrderByDescending(e => e.Length).Select(e => YamlText.Scalar(e, "id") ?? "").ToList();
            if (choice.Target(candidates) is not { } id) return null;
            var index = entries.FindIndex(e => YamlText.Scalar(e, "id") == id);
            var current = YamlText.Raw(entries[index], key);
            string? next = null;
            for (var attempt = 0; !remove && attempt < 20 && (next is null || YamlText.SameValue(next, current)); attempt++)
            {
                if ((next = value(site, choice, entries[index])) is null) return null;
            }
            if (!remove && YamlText.SameValue(next, current)) return null;
            entries[index] = remove ? YamlText.Remove(entries[index], key) : YamlText.Set(entries[index], key, next!);
            site.Write("hubs.yml", HubsText.Join(entries));
            return new AppliedEdit($"hubs.yml ({id}): {key}" + (remove ? " removed" : ": " + next!.Replace("\n", " ", StringComparison.Ordinal)));
        }
        yield return SiteEdit.Of($"hubs.yml.{key}", (site, choice) => edit(site, choice, present: true, remove: false, mayChange ?? ((_, _) => true)));
        if (required) yield break;
        yield return SiteEdit.Of($"hubs.yml.{key} added", (site, choice) => edit(site, choice, present: false, remove: false, (_, _) => true));
        yield return SiteEdit.Of($"hubs.yml.{key} removed", (site, choice) => edit(site, choice, present: true, remove: true, (_, _) => true));
    }

    private static IEnumerable<SiteEdit> Sections()
    {
        AppliedEdit? edit(OracleSite site, EditChoice choice, string key, Func<OracleSite, EditChoice, string, string?>? value, bool present)
        {
            var candidates = site.SectionIds.Select(s => $"guides/{s}/_section.yml")
                .Where(f => YamlText.Has(site.Read(f), key) == present).OrderByDescending(f => site.Read(f).Length).ToList();
            if (choice.Target(candidates) is not { } file) return null;
            var yaml = site.Read(file);
            var current = YamlText.Raw(yaml, key);
            if (value is null)
            {
                site.Write(file, YamlText.Remove(yaml, key));
                return new AppliedEdit($"{file}: {key} removed");
            }
            for (var attempt = 0; attempt < 20; attempt++)
            {
                var next = value(site, choice, yaml);
                if (next is null) return null;
                if (YamlText.SameValue(next, current)) continue;
                site.Write(file, YamlText.Set(yaml, key, next));
                return new AppliedEdit($"{file}: {key}: {next.Replace("\n", " ", StringComparison.Ordinal)}");
            }
            return null;
        }
        SiteEdit change(string key, Func<OracleSite, EditChoice, string, string?> value) =>
            SiteEdit.Of($"_section.yml.{key}", (site, choice) => edit(site, choice, key, value, present: true));
        return
        [
            change("title", (site, choice, _) => Localized(site, choice, "Section", "Rubrique")),
            change("summary", (site, choice, _) => Localized(site, choice, "About the section", "La rubrique")),
            change("hub", (site, choice, yaml) => choice.Target(HubsText.Entries(site.Read("hubs.yml")).Select(e => YamlText.Scalar(e, "id") ?? "")
                .Where(id => id != YamlText.Scalar(yaml, "hub")).ToList())),
            change("order", SectionOrder),
            SiteEdit.Of("_section.yml.order added", (site, choice) => edit(site, choice, "order", SectionOrder, present: false)),
            SiteEdit.Of("_section.yml.order removed", (site, choice) => edit(site, choice, "order", null, present: true)),
        ];
    }

    private static string? SectionOrder(OracleSite site, EditChoice choice, string yaml)
    {
        var sections = site.SectionIds.Select(id => (Id: id, Yaml: site.Read($"guides/{id}/_section.yml"))).ToList();
        var own = sections.First(s => s.Yaml == yaml);
        return MovingOrder(OrderKey(yaml, own.Id), [.. sections.Where(s => s.Id != own.Id).Select(s => OrderKey(s.Yaml, s.Id))], choice);
    }

    private static HashSet<string> SectionHubs(OracleSite site) =>
        [.. site.SectionIds.Select(s => YamlText.Scalar(site.Read($"guides/{s}/_section.yml"), "hub") ?? "")];

    /// <summary>A string, or a map language → string for some of the site's languages (the default one always).</summary>
    private static string Localized(OracleSite site, EditChoice choice, string english, string other)
    {
        var n = site.Next();
        if (choice.Random.Next(3) == 0) return YamlText.Quote($"{english} {n}");
        var languages = site.Languages.Where(l => l == site.DefaultLanguage || choice.Random.Next(2) == 0);
        return string.Join('\n', languages.Select(l => $"  {l}: \"{(l == "en" ? english : other)} {n} ({l})\""));
    }
}
