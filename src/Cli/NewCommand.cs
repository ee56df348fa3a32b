using System.CommandLine;
using StatiqGuides.Modules.Build;
using StatiqGuides.Modules.Translations;

namespace StatiqGuides.Cli;

/// <summary><c>new …</c>: scaffolds content files with valid front matter. Exit 1 on bad arguments.</summary>
internal static class NewCommand
{
    public static Command Create()
    {
        var command = new Command("new", "Creates a new content file with valid front matter.");
        command.Subcommands.Add(Translation());
        return command;
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
