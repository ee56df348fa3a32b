using System.Globalization;
using System.Text.RegularExpressions;
using Fluid;
using StatiqGuides.Core.Content;
using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Core.Pipelines;

namespace StatiqGuides.Modules.Templates;

/// <summary>Reads the theme of a build (<see cref="ThemeFiles"/>: the built-in theme under the site's theme folder):
/// parses every layout and partial, loads the UI strings of each site language and the country names, and lists the assets.
/// Template syntax errors are reported at the file's line and column: the site's file, since the built-in theme has none.</summary>
public static partial class ThemeReader
{
    /// <summary>Reads and parses the theme's layouts and partials. A layout that does not parse, or that includes a partial
    /// that does not, is left out: its error, reported once, says why.</summary>
    /// <param name="identity">The parsed templates' cache identity (<see cref="ThemeTemplates.CacheIdentity"/>).</param>
    public static ThemeTemplates ReadTemplates(string identity, ThemeStamp stamp, BuildContext context, TemplateLanguage language)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(language);
        var files = new ThemeFiles(context.Options);
        var partialFiles = ReadTexts(files.In("partials", ".liquid"), files, context.Diagnostics);
        var layoutFiles = ReadTexts(files.In("layouts", ".liquid"), files, context.Diagnostics);
        var broken = partialFiles.Where(p => Parse(language.Parser, p.Text, p.File.DisplayPath, context.Diagnostics) is null).Select(p => NameOf(p.File)).ToHashSet(StringComparer.Ordinal);
        BreakIncluders(broken, partialFiles);
        var layouts = new Dictionary<string, IFluidTemplate>(StringComparer.Ordinal);
        var layoutPaths = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (file, text) in layoutFiles)
        {
            var layoutName = NameOf(file);
            layoutPaths[layoutName] = file.DisplayPath;
            // A layout that includes a broken partial would fail on every page: the partial's error, reported once, says it.
            if (Parse(language.Parser, text, file.DisplayPath, context.Diagnostics) is { } template && !PartialReferences.Names(text).Any(broken.Contains))
            {
                layouts[layoutName] = template;
            }
        }
        var sources = partialFiles.Select(p => new TemplateSource(NameOf(p.File), p.File.DisplayPath, p.Text, true))
            .Concat(layoutFiles.Select(l => new TemplateSource(NameOf(l.File), l.File.DisplayPath, l.Text, false)))
            .ToList();
        // Fluid's include tag asks for the file name: header.liquid.
        var partials = partialFiles.ToDictionary(p => Path.GetFileName(p.File.RelativePath), p => p.Text, StringComparer.Ordinal);
        PartialReferences.Check(sources, partials.Keys, context.Diagnostics);
        return new ThemeTemplates(identity, stamp, layouts, layoutPaths, partials, sources);
    }

    /// <summary>The loaded theme: the parsed templates with the options every render uses, the UI strings of each site
    /// language, the country names and the assets.</summary>
    /// <param name="identity">The loaded theme's cache identity (<see cref="Theme.CacheIdentity"/>).</param>
    public static Theme Read(string identity, ThemeTemplates templates, SiteSettings settings, BuildContext context, TemplateLanguage language)
    {
        ArgumentNullException.ThrowIfNull(templates);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(language);
        var files = new ThemeFiles(context.Options);
        var options = TemplateOptionsFactory.Create(templates.Partials, context.Options.StrictTemplates);
        language.Configure(options);
        var strings = UiStringsReader.Read(files, settings, context);
        var countries = CountryNamesReader.Read(files, settings, context);
        var assets = files.Under("assets", context.Diagnostics)
            .Select(file => AssetFingerprint.Of(ThemeFiles.ReadBytes(file), file.RelativePath, file.DisplayPath, file.FullPath))
            .ToList();
        return new Theme(identity, options, templates, strings, countries, assets);
    }

    /// <summary>Adds to <paramref name="broken"/> every partial that includes a broken one, however deep.</summary>
    private static void BreakIncluders(HashSet<string> broken, List<(ThemeFile File, string Text)> partials)
    {
        var added = true;
        while (added)
        {
            added = false;
            foreach (var (file, text) in partials.Where(p => !broken.Contains(NameOf(p.File))))
            {
                if (PartialReferences.Names(text).Any(broken.Contains)) added |= broken.Add(NameOf(file));
            }
        }
    }

    private static string NameOf(ThemeFile file) => Path.GetFileNameWithoutExtension(file.RelativePath);

    private static List<(ThemeFile File, string Text)> ReadTexts(IReadOnlyList<ThemeFile> files, ThemeFiles theme, IDiagnosticSink diagnostics) =>
        [.. files.Select(f => (File: f, Text: theme.ReadText(f, diagnostics))).Where(t => t.Text is not null).Select(t => (t.File, t.Text!))];

    private static IFluidTemplate? Parse(FluidParser parser, string text, string displayPath, IDiagnosticSink diagnostics)
    {
        try
        {
            return parser.Parse(text);
        }
        catch (ParseException exception)
        {
            var position = Position().Match(exception.Message);
            var location = position.Success
                ? new SourceLocation(displayPath, int.Parse(position.Groups[1].Value, CultureInfo.InvariantCulture),
                    int.Parse(position.Groups[2].Value, CultureInfo.InvariantCulture))
                : SourceLocation.StartOf(displayPath);
            diagnostics.Report(DiagnosticCodes.TemplateSyntax, location, Explained(exception.Message));
            return null;
        }
    }

    /// <summary>Fluid's first line without its position, which the diagnostic carries: "Invalid 'include' tag at (23:11)
    /// Source: …" becomes "Invalid 'include' tag".</summary>
    private static string Explained(string message)
    {
        var first = message.Split('\n', 2)[0].TrimEnd('\r');
        var withoutPosition = PositionSuffix().Replace(first, "").Trim();
        return withoutPosition.Length > 0 ? withoutPosition : first;
    }

    [GeneratedRegex(@"\s*\bat\s*\(\d+:\d+\)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex PositionSuffix();

    [GeneratedRegex(@"\((\d+):(\d+)\)", RegexOptions.CultureInvariant)]
    private static partial Regex Position();
}
