using System.Text.RegularExpressions;
using StatiqGuides.Core.Content;
using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Core.Pipelines;

namespace StatiqGuides.Modules.Sources;

/// <summary>Lists the guides, case studies and pages of the input folder (SPEC §1), in a stable order.</summary>
public sealed partial class FindContentFiles : IModule
{
    public ValueTask<IReadOnlyList<Document>> ExecuteAsync(
        IReadOnlyList<Document> documents, BuildContext context, CancellationToken cancellationToken)
    {
        var options = context.Options;
        var files = new List<SourceFile>();
        var guides = Path.Combine(options.InputDirectory, "guides");
        if (Directory.Exists(guides))
        {
            foreach (var path in Directory.EnumerateFiles(guides, "*.md", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(guides, path).Replace('\\', '/').Split('/');
                if (relative.Length != 2)
                {
                    context.Diagnostics.Report(DiagnosticCodes.GuideOutsideSection,
                        SourceLocation.StartOf(options.DisplayPath(path)), string.Join('/', relative[..^1]) is { Length: > 0 } folder ? folder : "guides");
                    continue;
                }
                files.Add(Describe(ContentKind.Guide, path, relative[0], options));
            }
        }
        AddFlat(files, ContentKind.CaseStudy, Path.Combine(options.InputDirectory, "case-studies"), options);
        AddFlat(files, ContentKind.Page, Path.Combine(options.InputDirectory, "pages"), options);
        files.Sort((a, b) => string.CompareOrdinal(a.DisplayPath, b.DisplayPath));
        return ValueTask.FromResult<IReadOnlyList<Document>>(files.Select(f => new Document(f.DisplayPath, f)).ToList());
    }

    private static void AddFlat(List<SourceFile> files, ContentKind kind, string folder, BuildOptions options)
    {
        if (!Directory.Exists(folder)) return;
        files.AddRange(Directory.EnumerateFiles(folder, "*.md", SearchOption.TopDirectoryOnly)
            .Select(path => Describe(kind, path, null, options)));
    }

    private static SourceFile Describe(ContentKind kind, string path, string? sectionId, BuildOptions options)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        var match = LanguageSuffix().Match(name);
        return match.Success
            ? new SourceFile(kind, path, options.DisplayPath(path), match.Groups["slug"].Value, match.Groups["lang"].Value, sectionId)
            : new SourceFile(kind, path, options.DisplayPath(path), name, null, sectionId);
    }

    [GeneratedRegex(@"^(?<slug>.+)\.(?<lang>[a-z]{2,3}(-[A-Za-z0-9]{2,8})?)$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageSuffix();
}
