using StatiqGuides.Core.Content;
using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Core.Pipelines;

namespace StatiqGuides.Modules.Ownership;

/// <summary>Fails the check when the committed .github/CODEOWNERS differs from what hubs.yml implies.
/// Only for an input folder at the root of a git repository, where the file is committed. Passes documents through.</summary>
public sealed class CheckCodeOwners : IModule
{
    public ValueTask<IReadOnlyList<Document>> ExecuteAsync(
        IReadOnlyList<Document> documents, BuildContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var root = CodeOwnersFile.RepositoryRoot(context.Options.InputDirectory);
        if (root is null) return ValueTask.FromResult(documents);
        var catalog = documents.Single(d => d.Holds<SiteCatalog>()).ContentAs<SiteCatalog>();
        var path = Path.Combine(root, CodeOwnersFile.RelativePath);
        var expected = CodeOwnersFile.Generate(catalog, context.Options.InputDirectory, root);
        var actual = File.Exists(path) ? File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        if (actual != expected)
        {
            context.Diagnostics.Report(DiagnosticCodes.CodeOwnersOutOfDate, SourceLocation.StartOf(context.Options.DisplayPath(path)),
                CodeOwnersFile.RelativePath + (actual is null ? " is missing and" : ""));
        }
        return ValueTask.FromResult(documents);
    }
}
