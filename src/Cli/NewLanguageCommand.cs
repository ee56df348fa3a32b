using System.CommandLine;
using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Modules.Build;
using StatiqGuides.Modules.Scaffolding;
using StatiqGuides.Modules.Templates;

namespace StatiqGuides.Cli;

/// <summary><c>new language pt</c>: writes theme/i18n/pt.yml from the default language's strings (marked untranslated),
/// adds pt to site.yml's languages, then lists every site, hub and section text that lacks it (SG0119).</summary>
internal static class NewLanguageCommand
{
    public static Command Create(CommandEnvironment environment, CommonOptions common)
    {
        ArgumentNullException.ThrowIfNull(common);
        var code = new Argument<string>("code") { Description = "The language code, e.g. pt or pt-BR." };
        var command = new Command("language", "Adds a language: its UI strings file and its entry in site.yml.");
        common.AddTo(command);
        command.Arguments.Add(code);
        command.SetAction(async (result, cancellationToken) =>
        {
            var options = common.Read(result);
            if (environment.CannotReadInput(options) is { } unreadable) return unreadable;
            var language = result.GetValue(code)!.Trim();
            if (!LanguageScaffold.Code().IsMatch(language))
            {
                return environment.Fail($"'{language}' is not a language code: write two or three lower-case letters, optionally a region (pt, pt-BR).");
            }
            var settings = (await SiteBuilder.ReadCatalogAsync(options, environment.Setup, cancellationToken).ConfigureAwait(false)).Catalog.Settings;
            if (settings.Languages.Contains(language, StringComparer.Ordinal))
            {
                return environment.Fail($"'{language}' is already a language of the site (site.yml: {string.Join(", ", settings.Languages)}).");
            }
            var sitePath = Path.Combine(options.InputDirectory, "site.yml");
            var siteText = File.Exists(sitePath) ? await File.ReadAllTextAsync(sitePath, cancellationToken).ConfigureAwait(false) : null;
            var edited = siteText is null ? null : LanguageScaffold.AddToSite(siteText, language);
            if (edited is null)
            {
                return environment.Fail($"{options.DisplayPath(sitePath)} has no 'languages:' list to add '{language}' to; write one, e.g. languages: [{settings.DefaultLanguage}, {language}].");
            }
            var invocation = environment.Invocation.Prefix;
            var theme = new ThemeFiles(options);
            var target = Path.Combine(options.ThemeDirectory, "i18n", language + ".yml");
            if (File.Exists(target))
            {
                environment.Out.Write($"Kept {options.DisplayPath(target)}, which exists already.\n");
            }
            else if (theme.Find($"i18n/{language}.yml") is { IsBuiltIn: true })
            {
                environment.Out.Write($"The built-in theme has UI strings in '{language}': write {options.DisplayPath(target)} only to reword some of them.\n");
            }
            else if (LanguageScaffold.UiStringsSource(theme, settings.DefaultLanguage) is { } source && theme.ReadText(source, new DiagnosticBag()) is { } strings)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                await File.WriteAllTextAsync(target, LanguageScaffold.UiStrings(strings, language, settings.DefaultLanguage, invocation), cancellationToken).ConfigureAwait(false);
                environment.Out.Write($"Created {options.DisplayPath(target)} from {source.DisplayPath}: translate its strings.\n");
            }
            else
            {
                return environment.Fail($"the theme has no {options.DisplayPath(Path.Combine(options.ThemeDirectory, "i18n", settings.DefaultLanguage + ".yml"))} to copy the UI strings from.");
            }
            await File.WriteAllTextAsync(sitePath, edited, cancellationToken).ConfigureAwait(false);
            environment.Out.Write($"Added '{language}' to the languages of {options.DisplayPath(sitePath)}.\n");
            if (ReferenceEquals(LanguageCulture.Of(language), System.Globalization.CultureInfo.InvariantCulture))
            {
                environment.Out.Write($"note: .NET knows no culture '{language}': dates are written with the invariant culture's month names.\n");
            }
            var after = await SiteBuilder.ReadCatalogAsync(options, environment.Setup, cancellationToken).ConfigureAwait(false);
            var missing = after.Diagnostics.Where(d => d.Code == DiagnosticCodes.MissingLanguageText.Code && d.Message.Contains($"'{language}'", StringComparison.Ordinal)).ToList();
            new ConsoleReporter(environment, DiagnosticFormat.Text).Print(missing);
            var untranslated = after.Catalog.Items.Count(i => after.Catalog.FindTranslation(i.Uid, language) is null);
            environment.Out.Write($"{missing.Count} text{(missing.Count == 1 ? "" : "s")} of site.yml, hubs.yml and _section.yml lack '{language}'; "
                + $"{untranslated} guides, case studies and pages have no translation yet: `{invocation} translations --lang {language}` lists them, "
                + $"`{invocation} new translation <uid> --lang {language}` starts one.\n");
            return 0;
        });
        return command;
    }
}
