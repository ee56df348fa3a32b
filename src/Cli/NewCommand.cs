using System.CommandLine;
using StatiqGuides.Modules.Build;
using StatiqGuides.Modules.Scaffolding;
using StatiqGuides.Modules.Translations;

namespace StatiqGuides.Cli;

/// <summary><c>new …</c>: scaffolds content files with valid front matter. Exit 1 on bad arguments.</summary>
internal static class NewCommand
{
    public static Command Create()
    {
        var command = new Command("new", "Creates a new content file with valid front matter.");
        command.Subcommands.Add(Guide());
        command.Subcommands.Add(CaseStudy());
        command.Subcommands.Add(Translation());
        command.Subcommands.Add(NewLanguageCommand.Create());
        return command;
    }

    private static Command Guide()
    {
        var common = new CommonOptions();
        var section = new Option<string>("--section") { Description = "The section's id: the folder under input/guides/.", Required = true };
        var slug = new Option<string>("--slug") { Description = "The file name and uid: lower-case words joined by hyphens.", Required = true };
        var title = new Option<string>("--title") { Description = "The guide's title.", Required = true };
        var command = new Command("guide", "Creates input/guides/<section>/<slug>.md with front matter and a skeleton to fill in.");
        common.AddTo(command, writes: false);
        command.Options.Add(section);
        command.Options.Add(slug);
        command.Options.Add(title);
        command.SetAction((result, cancellationToken) => ScaffoldAsync(common.Read(result), (catalog, options) =>
            ContentScaffold.Guide(catalog, options, result.GetValue(section)!, result.GetValue(slug)!, result.GetValue(title)!, Today),
            "write its summary and text", cancellationToken));
        return command;
    }

    private static Command CaseStudy()
    {
        var common = new CommonOptions();
        var slug = new Option<string>("--slug") { Description = "The file name and uid: lower-case words joined by hyphens.", Required = true };
        var title = new Option<string>("--title") { Description = "The case study's title.", Required = true };
        var parliament = new Option<string>("--parliament") { Description = "The parliament or institution.", Required = true };
        var country = new Option<string>("--country") { Description = "ISO 3166-1 alpha-2 code (KE, FR...), or EU.", Required = true };
        var year = new Option<int>("--year") { Description = "The year it happened.", Required = true };
        var command = new Command("case-study", "Creates input/case-studies/<slug>.md with front matter and a skeleton to fill in.");
        common.AddTo(command, writes: false);
        command.Options.Add(slug);
        command.Options.Add(title);
        command.Options.Add(parliament);
        command.Options.Add(country);
        command.Options.Add(year);
        command.SetAction((result, cancellationToken) => ScaffoldAsync(common.Read(result), (catalog, options) =>
            ContentScaffold.CaseStudy(catalog, options, result.GetValue(slug)!, result.GetValue(title)!, result.GetValue(parliament)!,
                result.GetValue(country)!, result.GetValue(year), Today),
            $"write its summary and text, then cite it from a guide (case_studies: [{result.GetValue(slug)}])", cancellationToken));
        return command;
    }

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    private static async Task<int> ScaffoldAsync(Core.Pipelines.BuildOptions options,
        Func<Core.Content.SiteCatalog, Core.Pipelines.BuildOptions, ScaffoldResult> scaffold, string next, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(options.InputDirectory))
        {
            return ConsoleReporter.FolderMissing("input", options.InputDirectory);
        }
        var catalog = (await SiteBuilder.ReadCatalogAsync(options, cancellationToken).ConfigureAwait(false)).Catalog;
        var made = scaffold(catalog, options);
        if (made.Error is { } error) return Fail(error);
        Directory.CreateDirectory(Path.GetDirectoryName(made.Path!)!);
        await File.WriteAllTextAsync(made.Path!, made.Text, cancellationToken).ConfigureAwait(false);
        Console.Out.Write($"Created {options.DisplayPath(made.Path!)}: {next}. Check it with: dotnet run -c Release -- check\n");
        return 0;
    }

    private static Command Translation()
    {
        var common = new CommonOptions();
        var uid = new Argument<string>("uid") { Description = "The uid of the guide, case study or page to translate." };
        var language = new Option<string>("--lang") { Description = "The language to translate into.", Required = true };
        var command = new Command("translation", "Creates <slug>.<lang>.md beside the source, with its text and current source_hash.");
        common.AddTo(command, writes: false);
        command.Arguments.Add(uid);
        command.Options.Add(language);
        command.SetAction(async (result, cancellationToken) =>
        {
            var options = common.Read(result);
            if (!Directory.Exists(options.InputDirectory))
            {
                return ConsoleReporter.FolderMissing("input", options.InputDirectory);
            }
            var catalog = (await SiteBuilder.ReadCatalogAsync(options, cancellationToken).ConfigureAwait(false)).Catalog;
            var lang = result.GetValue(language)!;
            var settings = catalog.Settings;
            if (!settings.Languages.Contains(lang) || lang == settings.DefaultLanguage)
            {
                return Fail($"'{lang}' is not a translation language of this site; site.yml lists: {string.Join(", ", settings.Languages.Where(l => l != settings.DefaultLanguage))}.");
            }
            if (catalog.Find(result.GetValue(uid)!) is not { } source)
            {
                return Fail($"no guide, case study or page has the uid '{result.GetValue(uid)}'.");
            }
            var path = TranslationScaffold.PathFor(source, lang);
            if (File.Exists(path))
            {
                return Fail($"{options.DisplayPath(path)} already exists.");
            }
            await File.WriteAllTextAsync(path, TranslationScaffold.Text(source, catalog.SourceHashOf(source.Uid)), cancellationToken).ConfigureAwait(false);
            Console.Out.Write($"Created {options.DisplayPath(path)}: translate its title, summary and text; keep source_hash as it is.\n");
            return 0;
        });
        return command;
    }

    private static int Fail(string message)
    {
        Console.Error.Write($"error: {message}\n");
        return 1;
    }
}
