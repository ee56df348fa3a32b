using System.Text.RegularExpressions;
using Fluid;
using StatiqGuides.Core.Caching;
using StatiqGuides.Core.Content;
using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Core.Pipelines;
using StatiqGuides.Modules.Sources;

namespace StatiqGuides.Modules.Templates;

/// <summary>Reads the theme folder once: parses every layout and partial, loads the UI strings of each site
/// language and lists the assets. Template syntax errors are reported with the theme file's line and column.</summary>
public sealed partial class LoadTheme(Output<SiteConfiguration> settings, TemplateLanguage language) : PipelineModule<ThemeStamp, Theme>(settings)
{

    public override ValueTask<Theme> ExecuteAsync(ThemeStamp input, BuildContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var site = context.Read(settings).Settings;
        var identity = new ContentHasher().Hash(input, site.Languages, site.DefaultLanguage, context.Options.StrictTemplates);
        return ValueTask.FromResult(Load(identity, site, context, language));
    }

    private static Theme Load(string identity, SiteSettings settings, BuildContext context, TemplateLanguage language)
    {
        var root = context.Options.ThemeDirectory;
        if (!Directory.Exists(root))
        {
            context.Diagnostics.Report(DiagnosticCodes.ThemeFolderMissing, SourceLocation.StartOf(context.Options.DisplayPath(root)), context.Options.DisplayPath(root));
        }
        var partials = ReadTexts(Path.Combine(root, "partials"), context);
        var layoutTexts = ReadTexts(Path.Combine(root, "layouts"), context);
        foreach (var (name, text) in partials)
        {
            Parse(language.Parser, text, context.Options.DisplayPath(Path.Combine(root, "partials", name)), context.Diagnostics);
        }
        var layouts = new Dictionary<string, IFluidTemplate>(StringComparer.Ordinal);
        var layoutPaths = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, text) in layoutTexts)
        {
            var layoutName = Path.GetFileNameWithoutExtension(name);
            var displayPath = context.Options.DisplayPath(Path.Combine(root, "layouts", name));
            layoutPaths[layoutName] = displayPath;
            if (Parse(language.Parser, text, displayPath, context.Diagnostics) is { } template)
            {
                layouts[layoutName] = template;
            }
        }
        var sources = partials.Select(p => new TemplateSource(Path.GetFileNameWithoutExtension(p.Key), context.Options.DisplayPath(Path.Combine(root, "partials", p.Key)), p.Value, true))
            .Concat(layoutTexts.Select(l => new TemplateSource(Path.GetFileNameWithoutExtension(l.Key), context.Options.DisplayPath(Path.Combine(root, "layouts", l.Key)), l.Value, false)))
            .ToList();
        PartialReferences.Check(sources, partials.Keys, context.Diagnostics);
        var options = TemplateOptionsFactory.Create(partials, context.Options.StrictTemplates);
        language.Configure(options);
        var strings = UiStringsReader.Read(Path.Combine(root, "i18n"), settings, context);
        var countries = CountryNamesReader.Read(Path.Combine(root, "data", "countries.yml"), settings, context);
        return new Theme(identity, options, layouts, layoutPaths, strings, countries, ListAssets(Path.Combine(root, "assets"), context), sources);
    }

    private static Dictionary<string, string> ReadTexts(string folder, BuildContext context)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!Directory.Exists(folder)) return texts;
        var containment = Containment.For(context.Options);
        foreach (var path in Directory.EnumerateFiles(folder, "*.liquid").Order(StringComparer.Ordinal))
        {
            var text = TextDecoding.ReadFile(path, context.Options.DisplayPath(path), context.Diagnostics, containment);
            if (text is not null) texts[Path.GetFileName(path)] = text;
        }
        return texts;
    }

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
                ? new SourceLocation(displayPath, int.Parse(position.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture),
                    int.Parse(position.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture))
                : SourceLocation.StartOf(displayPath);
            diagnostics.Report(DiagnosticCodes.TemplateSyntax, location, exception.Message);
            return null;
        }
    }

    private static List<ThemeAsset> ListAssets(string folder, BuildContext context) => !Directory.Exists(folder)
        ? []
        : [.. InputFiles.Under(folder, "*", Containment.For(context.Options), link => context.Diagnostics.Report(
                DiagnosticCodes.LinkOutsideRoots, SourceLocation.StartOf(context.Options.DisplayPath(link)), context.Options.DisplayPath(link)))
            .Order(StringComparer.Ordinal)
            .Select(path => AssetFingerprint.Of(path, "assets/" + Path.GetRelativePath(folder, path).Replace('\\', '/')))];

    [GeneratedRegex(@"\((\d+):(\d+)\)", RegexOptions.CultureInvariant)]
    private static partial Regex Position();
}
