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
        options.MemberAccessStrategy.Register<TranslationItemView>();
        options.MemberAccessStrategy.Register<ArticleView>();
        // Escaped by default (RenderLayouts renders with Encoder): only the HTML the build made and sanitized is markup.
        options.MemberAccessStrategy.Register<PageView>("content", new RawHtmlAccessor<PageView>(p => p.Content));
        options.MemberAccessStrategy.Register<ArticleView>("content", new RawHtmlAccessor<ArticleView>(a => a.Content));
        options.MemberAccessStrategy.Register<SourceLink>();
        options.MemberAccessStrategy.Register<DownloadRow>();
        options.MemberAccessStrategy.Register<NotFoundNotice>();
        options.Filters.AddFilter("t", Translate);
        options.Filters.AddFilter("escape", Escape);
        return options;
    }

    /// <summary>What every <c>{{ }}</c> of the theme is encoded with: markup characters only, since HtmlEncoder.Default turns
    /// every accented letter into an entity, which makes French and Spanish pages heavier and their source unreadable.</summary>
    public static HtmlEncoder Encoder { get; } = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>Encodes once: the result is marked as encoded, so that the render's encoder does not encode it again.</summary>
    private static ValueTask<FluidValue> Escape(FluidValue input, FilterArguments arguments, TemplateContext context) =>
        new(new StringValue(Encoder.Encode(input.ToStringValue()), encode: false));

    /// <summary>An argument as markup: already encoded (<c>| escape</c>, a <c>capture</c>) as it is, anything else encoded.</summary>
    private static string Markup(FluidValue value) =>
        value is StringValue { Encode: false } markup ? markup.ToStringValue() : Encoder.Encode(value.ToStringValue());

    /// <summary><c>{{ "key" | t }}</c>: the UI string in the page's language; an unknown key fails the render.</summary>
    private static ValueTask<FluidValue> Translate(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var strings = (UiStrings)context.AmbientValues[StringsKey];
        var language = (string)context.AmbientValues[LanguageKey];
        var text = strings.Get(language, input.ToStringValue());
        for (var i = 0; i < arguments.Count; i++)
        {
            // The UI string is the theme's markup; what is put into it (a date, the authors' names) is content, and encoded.
            text = text.Replace("{" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}", Markup(arguments.At(i)), StringComparison.Ordinal);
        }
        return new ValueTask<FluidValue>(new StringValue(text, encode: false));
    }
}
