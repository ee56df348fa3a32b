using System.Text.RegularExpressions;
using StatiqGuides.Core.Content;
using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Core.Pipelines;

namespace StatiqGuides.Modules.Sources;

/// <summary>Lists the files of every content kind in the input folder (SPEC §1), in a stable order.</summary>
/// <param name="kinds">The site's content kinds (default: the built-ins): each one's folder is scanned.</param>
public sealed partial class FindContentFiles(Output<SiteConfiguration> settings, ContentKinds? kinds = null)
    : PipelineModule<NoInput, IReadOnlyList<SourceFile>>(settings)
{
    public ContentKinds Kinds { get; } = kinds ?? ContentKinds.BuiltIn;

    public override ValueTask<IReadOnlyList<SourceFile>> ExecuteAsync(NoInput input, BuildContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = context.Options;
        var languages = context.Read(settings).Settings.Languages.ToHashSet(StringComparer.Ordinal);
        var files = new List<SourceFile>();
        // A refused input folder is reported once, by ReadSettings, and nothing in it is listed.
        if (!SourceRoots.Allowed(options.InputDirectory, options)) return ValueTask.FromResult<IReadOnlyList<SourceFile>>(files);
        foreach (var kind in Kinds.All)
        {
            var folder = Path.Combine(options.InputDirectory, kind.Folder);
            if (kind.Sectioned)
            {
                AddSectioned(files, kind, folder, languages, context);
            }
            else
            {
                AddFlat(files, kind, folder, languages, context);
            }
        }
        files.Sort((a, b) => string.CompareOrdinal(a.DisplayPath, b.DisplayPath));
        return ValueTask.FromResult<IReadOnlyList<SourceFile>>(files);
    }

    /// <summary>The files of a kind kept per section, <c>&lt;folder&gt;/&lt;section&gt;/&lt;slug&gt;.md</c>.</summary>
    private static void AddSectioned(List<SourceFile> files, ContentKind kind, string folder, IReadOnlySet<string> languages, BuildContext context)
    {
        if (!Directory.Exists(folder)) return;
        var options = context.Options;
        foreach (var found in InputFiles.Found(folder, "*.md", Containment.For(options), link => ReportOutside(link, context)))
        {
            var path = found.Path;
            var relative = Path.GetRelativePath(folder, path).Replace('\\', '/').Split('/');
            if (relative.Length != 2)
            {
                context.Diagnostics.Report(DiagnosticCodes.GuideOutsideSection,
                    SourceLocation.StartOf(options.DisplayPath(path)), string.Join('/', relative[..^1]) is { Length: > 0 } section ? section : kind.Folder);
                continue;
            }
            if (!Identifiers.IsValid(relative[0]))
            {
                // The section folder is reported once, where ReadSettings reports it too.
                context.Diagnostics.Report(DiagnosticCodes.InvalidIdentifier,
                    SourceLocation.StartOf(options.DisplayPath(Path.Combine(folder, relative[0]))), "section id", relative[0]);
                continue;
            }
            Add(files, Describe(kind, path, relative[0], options, languages), found.Stamp, context);
        }
    }

    private static void AddFlat(List<SourceFile> files, ContentKind kind, string folder, IReadOnlySet<string> languages, BuildContext context)
    {
        if (!Directory.Exists(folder)) return;
        var containment = Containment.For(context.Options);
        // In a folder inside the roots only a link can lead out: the other files are not resolved one by one.
        var folderInside = containment.Contains(folder);
        foreach (var found in InputFiles.In(folder, "*.md"))
        {
            if ((found.IsLink || !folderInside) && !containment.Contains(found.Path))
            {
                ReportOutside(found.Path, context);
                continue;
            }
            Add(files, Describe(kind, found.Path, null, context.Options, languages), found.Stamp, context);
        }
    }

    private static void ReportOutside(string link, BuildContext context) =>
        context.Diagnostics.Report(DiagnosticCodes.LinkOutsideRoots, SourceLocation.StartOf(context.Options.DisplayPath(link)), context.Options.DisplayPath(link));

    private static void Add(List<SourceFile> files, (SourceFile? File, string? UnknownLanguage, string Path) found, FileStamp stamp, BuildContext context)
    {
        if (found.File is { } file)
        {
            if (Identifiers.IsValid(file.Slug))
            {
                // In a session, a file found as it was is the same object as in the last build, and its reading is looked up
                // by a hash remembered with it.
                var stamped = file with { Stamp = stamp };
                files.Add(context.Cache?.Keep(nameof(SourceFile), stamped.FullPath, stamped) ?? stamped);
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
