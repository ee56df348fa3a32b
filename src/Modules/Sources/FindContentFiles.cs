using System.Text.RegularExpressions;
using StatiqGuides.Core.Content;
using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Core.Pipelines;

namespace StatiqGuides.Modules.Sources;

/// <summary>Lists the guides, case studies and pages of the input folder (SPEC §1), in a stable order.</summary>
public sealed partial class FindContentFiles(Output<SiteConfiguration> settings) : PipelineModule<NoInput, IReadOnlyList<SourceFile>>(settings)
{
    public override ValueTask<IReadOnlyList<SourceFile>> ExecuteAsync(NoInput input, BuildContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = context.Options;
        var languages = context.Read(settings).Settings.Languages.ToHashSet(StringComparer.Ordinal);
        var files = new List<SourceFile>();
        var guides = Path.Combine(options.InputDirectory, "guides");
        if (Directory.Exists(guides))
        {
            foreach (var path in InputFiles.Under(guides, "*.md", Containment.For(options), link => ReportOutside(link, context)))
            {
                var relative = Path.GetRelativePath(guides, path).Replace('\\', '/').Split('/');
                if (relative.Length != 2)
                {
                    context.Diagnostics.Report(DiagnosticCodes.GuideOutsideSection,
                        SourceLocation.StartOf(options.DisplayPath(path)), string.Join('/', relative[..^1]) is { Length: > 0 } folder ? folder : "guides");
                    continue;
                }
                if (!Identifiers.IsValid(relative[0]))
                {
                    // The section folder is reported once, where ReadSettings reports it too.
                    context.Diagnostics.Report(DiagnosticCodes.InvalidIdentifier,
                        SourceLocation.StartOf(options.DisplayPath(Path.Combine(guides, relative[0]))), "section id", relative[0]);
                    continue;
                }
                Add(files, Describe(ContentKind.Guide, path, relative[0], options, languages), context);
            }
        }
        AddFlat(files, ContentKind.CaseStudy, Path.Combine(options.InputDirectory, "case-studies"), languages, context);
        AddFlat(files, ContentKind.Page, Path.Combine(options.InputDirectory, "pages"), languages, context);
        files.Sort((a, b) => string.CompareOrdinal(a.DisplayPath, b.DisplayPath));
        return ValueTask.FromResult<IReadOnlyList<SourceFile>>([.. files.Select(f => f with { Stamp = FileStamp.Of(f.FullPath) })]);
    }

    private static void AddFlat(List<SourceFile> files, ContentKind kind, string folder, IReadOnlySet<string> languages, BuildContext context)
    {
        if (!Directory.Exists(folder)) return;
        var containment = Containment.For(context.Options);
        foreach (var path in Directory.EnumerateFiles(folder, "*.md", SearchOption.TopDirectoryOnly))
        {
            if (!containment.Contains(path))
            {
                ReportOutside(path, context);
                continue;
            }
            Add(files, Describe(kind, path, null, context.Options, languages), context);
        }
    }

    private static void ReportOutside(string link, BuildContext context) =>
        context.Diagnostics.Report(DiagnosticCodes.LinkOutsideRoots, SourceLocation.StartOf(context.Options.DisplayPath(link)), context.Options.DisplayPath(link));

    private static void Add(List<SourceFile> files, (SourceFile? File, string? UnknownLanguage, string Path) found, BuildContext context)
    {
        if (found.File is { } file)
        {
            if (Identifiers.IsValid(file.Slug))
            {
                files.Add(file);
                return;
            }
            context.Diagnostics.Report(DiagnosticCodes.InvalidIdentifier, SourceLocation.StartOf(file.DisplayPath), "file name (slug)", file.Slug);
        }
        else
        {
            context.Diagnostics.Report(DiagnosticCodes.UnknownLanguageSuffix,
                SourceLocation.StartOf(context.Options.DisplayPath(found.Path)), found.UnknownLanguage);
        }
    }

    /// <summary>A suffix that is a site language makes a translation; one that only looks like a language code
    /// (two letters) is reported; anything else is part of the slug (<c>report.v2.md</c>).</summary>
    private static (SourceFile? File, string? UnknownLanguage, string Path) Describe(
        ContentKind kind, string path, string? sectionId, BuildOptions options, IReadOnlySet<string> languages)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        var match = LanguageSuffix().Match(name);
        if (match.Success)
        {
            var language = match.Groups["lang"].Value;
            if (languages.Contains(language))
            {
                return (new SourceFile(kind, path, options.DisplayPath(path), match.Groups["slug"].Value, language, sectionId), null, path);
            }
            if (TwoLetterCode().IsMatch(language))
            {
                return (null, language, path);
            }
        }
        return (new SourceFile(kind, path, options.DisplayPath(path), name, null, sectionId), null, path);
    }

    [GeneratedRegex(@"^(?<slug>.+)\.(?<lang>[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})?)$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageSuffix();

    [GeneratedRegex("^[a-z]{2}(-[A-Za-z]{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex TwoLetterCode();
}
