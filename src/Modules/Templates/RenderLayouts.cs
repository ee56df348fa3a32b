using System.Globalization;
using Fluid;
using StatiqGuides.Core.Content;
using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Core.Pipelines;
using StatiqGuides.Modules.Pages;

namespace StatiqGuides.Modules.Templates;

/// <summary>Renders each composed page with its layout, then wraps it in the <c>base</c> layout, in parallel.</summary>
/// <remarks>A template that fails on one page is reported and that page is skipped; the others are written.</remarks>
public sealed class RenderLayouts(Output<Theme> theme) : EachModule<ComposedPage, LaidOutPage>(theme)
{
    public const string BaseLayout = "base";


    // Each page is laid out into a builder that an earlier page used, and written from it: its text is never a string.
    private readonly StringBuilderPool _builders = new();

    public override LaidOutPage Process(ComposedPage item, BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(context);
        return new LaidOutPage(Render(item, context.Read(theme), context, context.Diagnostics));
    }

    private OutputFile? Render(ComposedPage composed, Theme theme, BuildContext context, IDiagnosticSink diagnostics)
    {
        var page = composed.Page;
        var location = SourceLocation.StartOf(theme.LayoutPaths.GetValueOrDefault(page.Layout, $"theme/layouts/{page.Layout}.liquid"));
        if (!theme.Layouts.TryGetValue(page.Layout, out var layout) || !theme.Layouts.TryGetValue(BaseLayout, out var frame))
        {
            var missing = theme.Layouts.ContainsKey(page.Layout) ? BaseLayout : page.Layout;
            if (!theme.LayoutPaths.ContainsKey(missing))
            {
                diagnostics.Report(DiagnosticCodes.MissingLayout, SourceLocation.StartOf(context.Options.DisplayPath(context.Options.ThemeDirectory)), missing);
            }
            return null;
        }
        try
        {
            var templateContext = new TemplateContext(theme.Options)
            {
                CultureInfo = LanguageCulture.Of(page.Language),
            };
            templateContext.AmbientValues[TemplateOptionsFactory.StringsKey] = theme.Strings;
            templateContext.AmbientValues[TemplateOptionsFactory.LanguageKey] = page.Language;
            templateContext.SetValue("page", page);
            templateContext.SetValue("site", composed.Site);
            var body = layout.Render(templateContext, TemplateOptionsFactory.Encoder);
            templateContext.SetValue("body", new Fluid.Values.StringValue(body, encode: false));
            var html = _builders.Rent();
            try
            {
                using (var writer = new StringWriter(html, CultureInfo.InvariantCulture))
                {
                    var rendering = frame.RenderAsync(writer, templateContext, TemplateOptionsFactory.Encoder, isolateContext: true);
                    if (!rendering.IsCompletedSuccessfully) rendering.AsTask().GetAwaiter().GetResult();
                }
                // Written now in a write build: the site's pages are never all in memory at once.
                return context.Stage(composed.Destination, html);
            }
            finally
            {
                _builders.Return(html);
            }
        }
        catch (Exception exception) when (exception is InvalidOperationException or KeyNotFoundException or FluidException)
        {
            // Reported at the template line the error comes from, with no page in the message: the diagnostics
            // collection keeps one report however many pages share the broken layout or partial.
            var at = TemplateErrorLocator.Locate(exception.Message, page.Layout, theme.Sources, location);
            var template = at == location ? page.Layout : Path.GetFileNameWithoutExtension(at.Path);
            diagnostics.Report(DiagnosticCodes.TemplateRender, at, template, exception.Message);
            return null;
        }
    }
}
