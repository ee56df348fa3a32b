using Fluid;

namespace StatiqGuides.Modules.Templates;

/// <summary>Collects a host's additions to the theme's Liquid: tags (registered on <see cref="Parser"/>), filters and view
/// types. <see cref="Build"/> freezes them.</summary>
/// <example><code>
/// templates.AddFilter("shout", (input, arguments, context) => new(new StringValue(input.ToStringValue().ToUpperInvariant())));
/// templates.Parser.RegisterEmptyTag("year", (writer, encoder, context) => { writer.Write("2026"); return new(Completion.Normal); });
/// </code></example>
public sealed class TemplateLanguageBuilder
{
    private readonly List<Action<TemplateOptions>> _configure = [];

    // Made when first asked for: building Fluid's grammar takes tens of milliseconds, and a site whose host registers no
    // tag then makes it in the theme's pipeline, beside the reading of the content, not before the build starts.
    private readonly Lazy<FluidParser> _parser = new(() => new FluidParser(), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The parser every theme file is parsed with; register custom tags and blocks on it.</summary>
    public FluidParser Parser => _parser.Value;

    /// <summary>Adds a filter every template can use.</summary>
    public TemplateLanguageBuilder AddFilter(string name, FilterDelegate filter)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(filter);
        _configure.Add(options => options.Filters.AddFilter(name, filter));
        return this;
    }

    /// <summary>Lets templates read the public members of <typeparamref name="T"/> (a host's own view types).</summary>
    public TemplateLanguageBuilder Register<T>()
    {
        _configure.Add(options => options.MemberAccessStrategy.Register<T>());
        return this;
    }

    /// <summary>Any other change to each theme's options, applied after the defaults.</summary>
    public TemplateLanguageBuilder ConfigureOptions(Action<TemplateOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        _configure.Add(configure);
        return this;
    }

    public TemplateLanguage Build() => new(_parser, [.. _configure]);
}
