using System.CommandLine;
using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Modules.Build;
using StatiqGuides.Modules.History;
using StatiqGuides.Modules.Translations.Diff;
using StatiqGuides.Modules.Translations;

namespace StatiqGuides.Cli;

/// <summary><c>translations [--lang L] [--format text|json|md]</c>: the status of every translation; with
/// <c>--since REF</c>, what the change since REF does to translations. Always exits 0; problems in the content (and a
/// reference that names no commit) are printed to stderr.</summary>
internal static class TranslationsCommand
{
    public static Command Create(CommandEnvironment environment, CommonOptions common)
    {
        ArgumentNullException.ThrowIfNull(common);
        var languages = CommonOptions.Languages("Report only this language (repeatable).");
        var format = CommonOptions.Format("text, json, md or html.", ReportFormat.Text);
        var section = CommonOptions.Section("Report only the guides and case studies of this section.", required: false);
        var hub = new Option<string?>("--hub") { Description = "Report only the sections this hub maintains." };
        var since = new Option<string?>("--since")
        {
            Description = "Report what the change since this git reference (a branch, tag or commit) does to translations: made outdated, brought up to date, new pages without one; --format md is the pull-request comment.",
        };
        var command = new Command("translations", "Shows which translations are current, outdated or missing.");
        common.AddTo(command);
        command.Options.Add(languages);
        command.Options.Add(format);
        command.Options.Add(section);
        command.Options.Add(hub);
        command.Options.Add(since);
        command.Subcommands.Add(TranslationsDiffCommand.Create(environment, common));
        command.Subcommands.Add(TranslationsExchangeCommands.Export(environment, common));
        command.Subcommands.Add(TranslationsExchangeCommands.Import(environment, common));
        command.Subcommands.Add(TranslationsAcceptCommand.Create(environment, common));
        command.SetAction(async (result, cancellationToken) =>
        {
            var options = common.Read(result);
            if (!Directory.Exists(options.InputDirectory))
            {
                environment.FolderMissing("input", options.InputDirectory);
                return 0;
            }
            if (environment.FoldersRefused(options) is { } refused) return refused;
            var catalog = await SiteBuilder.ReadCatalogAsync(options, environment.Setup, cancellationToken).ConfigureAwait(false);
            foreach (var diagnostic in catalog.Diagnostics)
            {
                environment.Error.Write(diagnostic + "\n");
            }
            var settings = catalog.Catalog.Settings;
            var wanted = result.GetValue(languages) ?? [];
            foreach (var language in wanted.Where(l => l == settings.DefaultLanguage || !settings.Languages.Contains(l)).Distinct(StringComparer.Ordinal))
            {
                // Still exit 0 (SPEC §3), but say why the report has no column for it.
                environment.Error.Write($"warning: '{language}' is not a translation language of this site; site.yml lists: {string.Join(", ", settings.Languages.Where(l => l != settings.DefaultLanguage))}.\n");
            }
            var sectionId = result.GetValue(section);
            var hubId = result.GetValue(hub);
            if (sectionId is not null && catalog.Catalog.FindSection(sectionId) is null)
            {
                var sections = catalog.Catalog.Sections.Select(s => s.Id).ToList();
                environment.Error.Write($"warning: there is no section '{sectionId}' (sections: {string.Join(", ", sections)}){Suggestion(sectionId, sections)}\n");
            }
            if (hubId is not null && catalog.Catalog.FindHub(hubId) is null)
            {
                var hubs = catalog.Catalog.Hubs.Select(h => h.Id).ToList();
                environment.Error.Write($"warning: there is no hub '{hubId}' (hubs: {string.Join(", ", hubs)}){Suggestion(hubId, hubs)}\n");
            }
            var differ = new SourceDiffer(new SourceVersions(GitHistory.Open(options.InputDirectory)));
            var filter = sectionId is null && hubId is null ? null : new ReportFilter(sectionId, hubId);
            if (result.GetValue(since) is { } reference)
            {
                var changes = SinceReport.Build(catalog.Catalog, differ, reference, options.DisplayPath, wanted, filter);
                if (changes.Reason is { } reason) environment.Error.Write($"warning: {reason}; listing every outdated translation instead.\n");
                var chosen = result.GetValue(format);
                if (chosen == ReportFormat.Html) environment.Error.Write("warning: --since writes text, md or json; writing md.\n");
                environment.Out.Write(chosen switch
                {
                    ReportFormat.Json => TranslationSinceWriter.Json(changes),
                    ReportFormat.Text => TranslationSinceWriter.Text(changes),
                    _ => TranslationSinceWriter.Markdown(changes, environment.Invocation.Prefix),
                });
                return 0;
            }
            var report = TranslationReport.Build(catalog.Catalog, options.DisplayPath, wanted,
                (source, translation) => differ.Diff(source, translation.Language, translation.FrontMatter.SourceHash) is { HasBaseline: true } diff ? diff.Counts : null,
                filter);
            environment.Out.Write(result.GetValue(format) switch
            {
                ReportFormat.Json => TranslationReportWriter.Json(report),
                ReportFormat.Md => TranslationReportWriter.Markdown(report),
                ReportFormat.Html => TranslationReportWriter.Html(catalog.Catalog, report, options),
                _ => TranslationReportWriter.Text(report),
            });
            return 0;
        });
        return command;
    }

    /// <summary>"; did you mean 'x'?" when a known name is close, else the sentence's full stop.</summary>
    private static string Suggestion(string given, IEnumerable<string> known) => NearestName.Suggestion(given, known) is { Length: > 0 } hint ? hint : ".";

    private enum ReportFormat
    {
        Text,
        Json,
        Md,
        Html,
    }
}
