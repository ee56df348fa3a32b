using System.CommandLine;
using StatiqGuides.Modules.History;
using StatiqGuides.Modules.Translations.Diff;

namespace StatiqGuides.Cli;

/// <summary><c>translations diff UID --lang L [--format text|md|json]</c>: what changed in the source since the version
/// the translation was made from. Exit 0, also without history (then everything is new); 1 on an unknown uid or language.</summary>
internal static class TranslationsDiffCommand
{
    public static Command Create(CommandEnvironment environment, CommonOptions common)
    {
        ArgumentNullException.ThrowIfNull(common);
        var uid = new Argument<string>("uid") { Description = "The uid of the guide, case study or page." };
        var language = CommonOptions.Language("The translation's language.");
        var format = CommonOptions.Format("text, md or json.", DiffFormat.Text);
        var command = new Command("diff", "Shows, block by block, what changed in the source since it was translated (from git history).");
        common.AddTo(command);
        command.Arguments.Add(uid);
        command.Options.Add(language);
        command.Options.Add(format);
        command.SetAction(async (result, cancellationToken) =>
        {
            if (await TranslationTarget.LoadAsync(environment, common.Read(result), cancellationToken).ConfigureAwait(false) is not { } target) return 1;
            var lang = result.GetValue(language)!;
            if (target.Source(result.GetValue(uid)!) is not { } source || !target.IsTranslationLanguage(lang)) return 1;
            var translation = target.Catalog.FindTranslation(source.Uid, lang);
            var differ = new SourceDiffer(new SourceVersions(GitHistory.Open(target.Options.InputDirectory)));
            var diff = translation is null
                ? SourceDiffer.Between(source, lang, null, VersionLookup.NotFound("there is no translation yet"))
                : differ.Diff(source, lang, translation.FrontMatter.SourceHash);
            var sourcePath = target.Options.DisplayPath(source.FullPath);
            var translationPath = translation is null ? null : target.Options.DisplayPath(translation.FullPath);
            environment.Out.Write(result.GetValue(format) switch
            {
                DiffFormat.Json => TranslationDiffWriter.Json(diff, sourcePath, translationPath, target.Catalog.SourceHashOf(source.Uid)),
                DiffFormat.Md => TranslationDiffWriter.Markdown(diff, sourcePath, translationPath),
                _ => TranslationDiffWriter.Text(diff, sourcePath, translationPath),
            });
            return 0;
        });
        return command;
    }

    private enum DiffFormat
    {
        Text,
        Md,
        Json,
    }
}
