using System.CommandLine;
using StatiqGuides.Modules.Build;
using StatiqGuides.Modules.Ownership;

namespace StatiqGuides.Cli;

/// <summary><c>codeowners</c>: writes .github/CODEOWNERS from hubs.yml, so each hub reviews the pull requests on its sections.</summary>
internal static class CodeOwnersCommand
{
    public static Command Create(CommandEnvironment environment, CommonOptions common)
    {
        ArgumentNullException.ThrowIfNull(common);
        var command = new Command("codeowners", "Writes .github/CODEOWNERS from hubs.yml (the repository is the input folder's parent).");
        common.AddTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            var options = common.Read(result);
            if (environment.CannotReadInput(options) is { } unreadable) return unreadable;
            var catalog = await SiteBuilder.ReadCatalogAsync(options, environment.Setup, cancellationToken).ConfigureAwait(false);
            var errors = catalog.Diagnostics.Where(d => d.Severity == Core.Diagnostics.Severity.Error && d.Code != Core.Diagnostics.DiagnosticCodes.CodeOwnersOutOfDate.Code).ToList();
            foreach (var diagnostic in errors)
            {
                environment.Error.Write(diagnostic + "\n");
            }
            if (errors.Count > 0)
            {
                environment.Error.Write("error: fix the problems above first; CODEOWNERS was not written.\n");
                return 1;
            }
            var root = CodeOwnersFile.RepositoryRoot(options.InputDirectory) ?? Path.GetDirectoryName(options.InputDirectory.TrimEnd(Path.DirectorySeparatorChar))!;
            var path = Path.Combine(root, CodeOwnersFile.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, CodeOwnersFile.Generate(catalog.Catalog, options.InputDirectory, root), cancellationToken).ConfigureAwait(false);
            environment.Out.Write($"Wrote {options.DisplayPath(path)}.\n");
            return 0;
        });
        return command;
    }
}
