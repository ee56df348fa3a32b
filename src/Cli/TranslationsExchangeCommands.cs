using System.CommandLine;
using StatiqGuides.Modules.History;
using StatiqGuides.Modules.Translations;
using StatiqGuides.Modules.Translations.Diff;
using StatiqGuides.Modules.Translations.Xliff;

namespace StatiqGuides.Cli;

/// <summary><c>translations export</c> and <c>translations import</c>: the XLIFF 2.1 round trip with CAT tools.</summary>
internal static class TranslationsExchangeCommands
{
    public static Command Export(CommandEnvironment environment, CommonOptions common)
    {
        ArgumentNullException.ThrowIfNull(common);
        var language = CommonOptions.Language("The language to translate into.");
        var uids = new Option<string[]>("--uid") { Description = "Export only this guide, case study or page (repeatable); default: all.", AllowMultipleArgumentsPerToken = false };
        var output = CommonOptions.Output("The XLIFF file to write; default: standard output.");
        var command = new Command("export", "Writes an XLIFF 2.1 file for CAT tools: one unit per block, unchanged blocks final, changed ones initial.");
        common.AddTo(command);
        command.Options.Add(language);
        command.Options.Add(uids);
        command.Options.Add(output);
        command.SetAction(async (result, cancellationToken) =>
        {
            if (await TranslationTarget.LoadAsync(environment, common.Read(result), cancellationToken).ConfigureAwait(false) is not { } target) return 1;
            var lang = result.GetValue(language)!;
            if (!target.IsTranslationLanguage(lang)) return 1;
            var wanted = result.GetValue(uids) ?? [];
            var sources = new List<Core.Content.ContentItem>();
            foreach (var uid in wanted.Length == 0 ? target.Catalog.Items.Select(i => i.Uid) : wanted.Distinct(StringComparer.Ordinal))
            {
                if (target.Source(uid) is not { } source) return 1;
                sources.Add(source);
            }
            var alignment = new TranslationAlignment(new SourceDiffer(new SourceVersions(GitHistory.Open(target.Options.InputDirectory))));
            var plans = sources.Select(s => alignment.Plan(target.Catalog, s, lang)).ToList();
            var xliff = XliffExporter.Write(plans, target.Catalog.Settings.DefaultLanguage, lang, target.Options.DisplayPath);
            if (result.GetValue(output) is { } file)
            {
                var path = environment.FullPath(file);
                await AtomicFile.WriteAsync(path, xliff, cancellationToken).ConfigureAwait(false);
                var units = plans.Sum(p => p.Units.Count);
                var drafts = plans.Sum(p => p.Units.Count(u => u.Target is not null && !u.Final));
                var open = plans.Sum(p => p.Units.Count(u => u.Target is null));
                environment.Error.Write($"Wrote {target.Options.DisplayPath(path)}: {plans.Count} documents, {units} units ({drafts} to review, {open} to translate).\n");
            }
            else
            {
                environment.Out.Write(xliff);
            }
            // Why a document's existing translation is all drafts or one unit (no history, a shallow clone, blocks that
            // do not align): the same words as the file's note, where the translator also sees them.
            foreach (var plan in plans.Where(p => p.Note is not null)) environment.Error.Write($"note: {target.Options.DisplayPath(plan.TranslationPath)}: {plan.Note}\n");
            return 0;
        });
        return command;
    }

    public static Command Import(CommandEnvironment environment, CommonOptions common)
    {
        ArgumentNullException.ThrowIfNull(common);
        var file = new Argument<string>("file") { Description = "The XLIFF file from your CAT tool." };
        var command = new Command("import", "Writes the translations of an XLIFF file back into the .<lang>.md files; nothing is written on any error.");
        common.AddTo(command);
        command.Arguments.Add(file);
        command.SetAction(async (result, cancellationToken) =>
        {
            if (await TranslationTarget.LoadAsync(environment, common.Read(result), cancellationToken).ConfigureAwait(false) is not { } target) return 1;
            var path = environment.FullPath(result.GetValue(file)!);
            if (!File.Exists(path))
            {
                return environment.Fail($"{target.Options.DisplayPath(path)} does not exist.");
            }
            var alignment = new TranslationAlignment(new SourceDiffer(new SourceVersions(GitHistory.Open(target.Options.InputDirectory))));
            var importer = new XliffImporter(target.Catalog, alignment, target.Options.DisplayPath);
            var imported = importer.Import(path, await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false));
            foreach (var diagnostic in imported.Diagnostics) environment.Error.Write(diagnostic + "\n");
            if (imported.HasErrors)
            {
                environment.Error.Write("Nothing was written.\n");
                return 1;
            }
            foreach (var written in imported.Files.Where(f => f.Changed))
            {
                await AtomicFile.WriteAsync(written.FullPath, written.Text, cancellationToken).ConfigureAwait(false);
                environment.Out.Write($"{(written.Current ? "current " : "outdated")} {target.Options.DisplayPath(written.FullPath)}\n");
            }
            environment.Out.Write($"Imported {imported.Files.Count} documents: {imported.Files.Count(f => f.Changed)} files written, {imported.Files.Count(f => !f.Current)} still outdated.\n");
            return 0;
        });
        return command;
    }
}
