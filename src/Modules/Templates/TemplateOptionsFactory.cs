using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;
using Fluid.Values;
using StatiqGuides.Core.Content;
using StatiqGuides.Modules.Templates.Views;

namespace StatiqGuides.Modules.Templates;

/// <summary>Configures Fluid for the theme: an allow-list of view types, snake_case members, the <c>t</c> filter.</summary>
public static class TemplateOptionsFactory
{
    public const string StringsKey = "ui-strings";
    public const string LanguageKey = "ui-language";

    public static TemplateOptions Create(IReadOnlyDictionary<string, string> partials, bool strict)
    {
        var options = new TemplateOptions
        {
            FileProvider = new ThemeFileProvider(partials),
            StrictFilters = strict,
        };
        if (strict)
        {
            // Fluid's StrictVariables also rejects members whose value is null (page.hub on a page without hub),
            // which would force templates into workarounds; this callback fires only for names that do not exist.
            options.Undefined = name => throw new InvalidOperationException($"Undefined variable '{name}'");
        }
        options.MemberAccessStrategy.MemberNameStrategy = MemberNameStrategies.SnakeCase;
        options.MemberAccessStrategy.Register<PageView>();
        options.MemberAccessStrategy.Register<SiteView>();
        options.MemberAccessStrategy.Register<NavLink>();
        options.MemberAccessStrategy.Register<Card>();
        options.MemberAccessStrategy.Register<CardGroup>();
        options.MemberAccessStrategy.Register<LanguageLink>();
        options.MemberAccessStrategy.Register<AlternateLink>();
        options.MemberAccessStrategy.Register<HubView>();
        options.MemberAccessStrategy.Register<CaseStudyFacts>();
        options.MemberAccessStrategy.Register<TocEntry>();
        options.MemberAccessStrategy.Register<NoticeView>();
        options.MemberAccessStrategy.Register<FilterView>();
        options.MemberAccessStrategy.Register<FilterOption>();
        options.MemberAccessStrategy.Register<TranslationStatusRow>();
        options.MemberAccessStrategy.Register<ArticleView>();
        options.MemberAccessStrategy.Register<DownloadRow>();
        options.MemberAccessStrategy.Register<NotFoundNotice>();
        options.Filters.AddFilter("t", Translate);
        options.Filters.AddFilter("escape", Escape);
        return options;
    }

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>HTML-escapes markup characters only: Fluid's own escape turns every accented letter into an
    /// entity, which makes French and Spanish pages heavier and their source unreadable.</summary>
    private static ValueTask<FluidValue> Escape(FluidValue input, FilterArguments arguments, TemplateContext context) =>
        new(new StringValue(Encoder.Encode(input.ToStringValue())));

    /// <summary><c>{{ "key" | t }}</c>: the UI string in the page's language; an unknown key fails the render.</summary>
    private static ValueTask<FluidValue> Translate(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var strings = (UiStrings)context.AmbientValues[StringsKey];
        var language = (string)context.AmbientValues[LanguageKey];
        var text = strings.Get(language, input.ToStringValue());
        for (var i = 0; i < arguments.Count; i++)
        {
            text = text.Replace("{" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}", arguments.At(i).ToStringValue(), StringComparison.Ordinal);
        }
        return new ValueTask<FluidValue>(new StringValue(text));
    }
}
