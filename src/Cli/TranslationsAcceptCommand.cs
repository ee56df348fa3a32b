using System.CommandLine;
using StatiqGuides.Modules.Translations;
using StatiqGuides.Modules.Translations.Xliff;

namespace StatiqGuides.Cli;

/// <summary><c>translations accept UID --lang L</c>: records that the source's last change needs no retranslation (a
/// typo fix) by setting the translation's <c>source_hash</c> to the source's: one changed line, visible in the pull
/// request. Exit 1 on bad arguments or when there is no translation.</summary>
internal static class TranslationsAcceptCommand
{
    public static Command Create(CommandEnvironment environment, CommonOptions common)
    {
        ArgumentNullException.ThrowIfNull(common);
        var uid = new Argument<string>("uid") { Description = "The uid of the guide, case study or page." };
        var language = CommonOptions.Language("The translation's language.");
        var command = new Command("accept", "Marks a translation current after a source edit that needs no retranslation (sets source_hash).");
        common.AddTo(command);
        command.Arguments.Add(uid);
        command.Options.Add(language);
        command.SetAction(async (result, cancellationToken) =>
        {
            if (await TranslationTarget.LoadAsync(environment, common.Read(result), cancellationToken).ConfigureAwait(false) is not { } target) return 1;
            var lang = result.GetValue(language)!;
            if (target.Source(result.GetValue(uid)!) is not { } source || !target.IsTranslationLanguage(lang)) return 1;
            if (target.Catalog.FindTranslation(source.Uid, lang) is not { } translation)
            {
                return environment.Fail($"'{source.Uid}' has no {lang} translation; create one with: new translation {source.Uid} --lang {lang}");
            }
            var hash = target.Catalog.SourceHashOf(source.Uid);
            var shown = target.Options.DisplayPath(translation.FullPath);
            if (translation.FrontMatter.SourceHash == hash)
            {
                environment.Out.Write($"{shown} is already current (source_hash {hash}).\n");
                return 0;
            }
            var text = await File.ReadAllTextAsync(translation.FullPath, cancellationToken).ConfigureAwait(false);
            var updated = FrontMatterText.Split(text).With("source_hash", hash).ToString();
            await AtomicFile.WriteAsync(translation.FullPath, updated, cancellationToken).ConfigureAwait(false);
            environment.Out.Write($"{shown}: source_hash {translation.FrontMatter.SourceHash ?? "(none)"} -> {hash}. Commit it with the source edit, so reviewers see it.\n");
            return 0;
        });
        return command;
    }
}
