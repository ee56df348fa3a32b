using StatiqGuides.Core.Content;
using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Core.Pipelines;

namespace StatiqGuides.Modules.Ownership;

/// <summary>Fails the check when the committed .github/CODEOWNERS differs from what hubs.yml implies.
/// Only for an input folder at the root of a git repository, where the file is committed. Passes documents through.</summary>
public sealed class CheckCodeOwners : PipelineModule<SiteCatalog, SiteCatalog>
{
    public override ValueTask<SiteCatalog> ExecuteAsync(SiteCatalog input, BuildContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var root = CodeOwnersFile.RepositoryRoot(context.Options.InputDirectory);
        if (root is null) return ValueTask.FromResult(input);
        var catalog = input;
        var path = Path.Combine(root, CodeOwnersFile.RelativePath);
        var expected = CodeOwnersFile.Generate(catalog, context.Options.InputDirectory, root);
        var actual = File.Exists(path) ? File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        if (actual != expected)
        {
            var line = actual is null ? 1 : FirstDifferingLine(actual, expected);
            context.Diagnostics.Report(DiagnosticCodes.CodeOwnersOutOfDate, new SourceLocation(context.Options.DisplayPath(path), line, 1),
                CodeOwnersFile.RelativePath + (actual is null ? " is missing and" : ""));
        }
        return ValueTask.FromResult(input);
    }

    /// <summary>The 1-based line where the committed file first departs from the generated one, so the reviewer sees
    /// which ownership changed.</summary>
    private static int FirstDifferingLine(string actual, string expected)
    {
        var actualLines = actual.Split('\n');
        var expectedLines = expected.Split('\n');
        var line = 0;
        while (line < actualLines.Length && line < expectedLines.Length && actualLines[line] == expectedLines[line]) line++;
        return line + 1;
    }
}
