using System.CommandLine;
using StatiqGuides.Modules.Build;
using StatiqGuides.Modules.History;
using StatiqGuides.Modules.Scaffolding;
using StatiqGuides.Modules.Translations;
using StatiqGuides.Modules.Translations.Diff;
using StatiqGuides.Modules.Translations.Xliff;

namespace StatiqGuides.Cli;

/// <summary><c>new …</c>: scaffolds content files with valid front matter. Exit 1 on bad arguments.</summary>
internal static class NewCommand
{
    public static Command Create(CommandEnvironment environment, CommonOptions common)
    {
        ArgumentNullException.ThrowIfNull(common);
        var command = new Command("new", "Creates a new content file with valid front matter.");
        command.Subcommands.Add(Guide(environment, common));
        command.Subcommands.Add(CaseStudy(environment, common));
        command.Subcommands.Add(Translation(environment, common));
        command.Subcommands.Add(NewLanguageCommand.Create(environment, common));
        return command;
    }

    private static Command Guide(CommandEnvironment environment, CommonOptions common)
    {
        var section = CommonOptions.Section("The section's id: the folder under input/guides/.", required: true);
        var command = new Command("guide", "Creates input/guides/<section>/<slug>.md with front matter and a skeleton to fill in.");
        common.AddTo(command);
        command.Options.Add(section);
        command.Options.Add(common.Slug);
        command.Options.Add(common.Title);
        command.SetAction((result, cancellationToken) => ScaffoldAsync(environment, common.Read(result), (catalog, options) =>
            ContentScaffold.Guide(catalog, options, result.GetValue(section)!, result.GetValue(common.Slug)!, result.GetValue(common.Title)!, Today),
            "write its summary and text", cancellationToken));
        return command;
    }

    private static Command CaseStudy(CommandEnvironment environment, CommonOptions common)
    {
        var parliament = new Option<string>("--parliament") { Description = "The parliament or institution.", Required = true };
        var country = new Option<string>("--country") { Description = "ISO 3166-1 alpha-2 code (KE, FR...), or EU.", Required = true };
        var year = new Option<int>("--year") { Description = "The year it happened.", Required = true };
        var command = new Command("case-study", "Creates input/case-studies/<slug>.md with front matter and a skeleton to fill in.");
        common.AddTo(command);
        command.Options.Add(common.Slug);
        command.Options.Add(common.Title);
        command.Options.Add(parliament);
        command.Options.Add(country);
        command.Options.Add(year);
        command.SetAction((result, cancellationToken) => ScaffoldAsync(environment, common.Read(result), (catalog, options) =>
            ContentScaffold.CaseStudy(catalog, options, result.GetValue(common.Slug)!, result.GetValue(common.Title)!, result.GetValue(parliament)!,
                result.GetValue(country)!, result.GetValue(year), Today),
            $"write its summary and text, then cite it from a guide (case_studies: [{result.GetValue(common.Slug)}])", cancellationToken));
        return command;
    }

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    private static async Task<int> ScaffoldAsync(CommandEnvironment environment, Core.Pipelines.BuildOptions options,
        Func<Core.Content.SiteCatalog, Core.Pipelines.BuildOptions, ScaffoldResult> scaffold, string next, CancellationToken cancellationToken)
    {
        if (environment.CannotReadInput(options) is { } unreadable) return unreadable;
        var catalog = (await SiteBuilder.ReadCatalogAsync(options, environment.Setup, cancellationToken).ConfigureAwait(false)).Catalog;
        var made = scaffold(catalog, options);
        if (made.Error is { } error) return environment.Fail(error);
        Directory.CreateDirectory(Path.GetDirectoryName(made.Path!)!);
        await File.WriteAllTextAsync(made.Path!, made.Text, cancellationToken).ConfigureAwait(false);
        environment.Out.Write($"Created {options.DisplayPath(made.Path!)}: {next}. Check it with: {environment.Invocation.Prefix} check\n");
        return 0;
    }

    private static Command Translation(CommandEnvironment environment, CommonOptions common)
    {
        var uid = new Argument<string>("uid") { Description = "The uid of the guide, case study or page to translate." };
        var language = CommonOptions.Language("The language to translate into.");
        var command = new Command("translation", "Creates <slug>.<lang>.md beside the source, with its text and current source_hash.");
        common.AddTo(command);
        command.Arguments.Add(uid);
        command.Options.Add(language);
        command.SetAction(async (result, cancellationToken) =>
        {
            var options = common.Read(result);
            if (environment.CannotReadInput(options) is { } unreadable) return unreadable;
            var catalog = (await SiteBuilder.ReadCatalogAsync(options, environment.Setup, cancellationToken).ConfigureAwait(false)).Catalog;
            var lang = result.GetValue(language)!;
            var settings = catalog.Settings;
            if (!settings.Languages.Contains(lang) || lang == settings.DefaultLanguage)
            {
                return environment.Fail($"'{lang}' is not a translation language of this site; site.yml lists: {string.Join(", ", settings.Languages.Where(l => l != settings.DefaultLanguage))}.");
            }
            if (catalog.Find(result.GetValue(uid)!) is not { } source)
            {
                var given = result.GetValue(uid)!;
                var near = Core.Diagnostics.NearestName.Find(given, catalog.Items.Select(i => i.Uid));
                return environment.Fail($"no guide, case study or page has the uid '{given}'{(near is null ? "." : $"; did you mean '{near}'?")}");
            }
            if (catalog.FindTranslation(source.Uid, lang) is { } existing && File.Exists(existing.FullPath))
            {
                return await RefreshAsync(environment, options, catalog, source, existing, cancellationToken).ConfigureAwait(false);
            }
            var path = TranslationScaffold.PathFor(source, lang);
            if (File.Exists(path))
            {
                return environment.Fail($"{options.DisplayPath(path)} already exists.");
            }
            await File.WriteAllTextAsync(path, TranslationScaffold.Text(source, catalog.SourceHashOf(source.Uid)), cancellationToken).ConfigureAwait(false);
            environment.Out.Write($"Created {options.DisplayPath(path)}: translate its title, summary and text; keep source_hash as it is.\n");
            return 0;
        });
        return command;
    }

    /// <summary>An existing translation: refused when current; when outdated, its unchanged blocks are kept and the
    /// rest is the source's text to translate, or, when its blocks cannot be matched, it is left as it is.</summary>
    private static async Task<int> RefreshAsync(CommandEnvironment environment, Core.Pipelines.BuildOptions options, Core.Content.SiteCatalog catalog,
        Core.Content.ContentItem source, Core.Content.ContentItem existing, CancellationToken cancellationToken)
    {
        var shown = options.DisplayPath(existing.FullPath);
        if (existing.FrontMatter.SourceHash == catalog.SourceHashOf(source.Uid))
        {
            return environment.Fail($"{shown} already exists and is current: there is nothing to bring up to date.");
        }
        var diff = $"{environment.Invocation.Prefix} translations diff {source.Uid} --lang {existing.Language}";
        var alignment = new TranslationAlignment(new SourceDiffer(new SourceVersions(GitHistory.Open(options.InputDirectory))));
        var refreshed = TranslationRefresh.Rebuild(alignment.Plan(catalog, source, existing.Language));
        if (refreshed.Text is not { } text)
        {
            environment.Out.Write($"{shown} is outdated, but no paragraph of it can be reused: {refreshed.NotReused}. " +
                $"It was left as it is: update it as a whole ({diff} shows what changed in the source), then set its source_hash to {catalog.SourceHashOf(source.Uid)}.\n");
            return 0;
        }
        await AtomicFile.WriteAsync(existing.FullPath, text, cancellationToken).ConfigureAwait(false);
        var work = refreshed.ToTranslate.Count == 0 ? "nothing else to translate"
            : "to translate, now in the source language: " + Describe(refreshed.ToTranslate.Select(u => u.Name));
        environment.Out.Write($"Updated {shown}: kept the translation of {refreshed.KeptBlocks} unchanged {(refreshed.KeptBlocks == 1 ? "block" : "blocks")}; {work} " +
            $"({diff} shows what changed). source_hash is now the current source's.\n");
        return 0;
    }

    /// <summary>"the title, 1 heading and 2 paragraphs", in the order they come.</summary>
    private static string Describe(IEnumerable<string> names)
    {
        var parts = names.GroupBy(n => n, StringComparer.Ordinal)
            .Select(g => g.Key is "title" or "summary" ? "the " + g.Key : $"{g.Count()} {g.Key}{(g.Count() == 1 ? "" : "s")}")
            .ToList();
        return parts.Count == 1 ? parts[0] : string.Join(", ", parts[..^1]) + " and " + parts[^1];
    }
}
