using Fluid;

namespace StatiqGuides.Modules.Templates;

/// <summary>The Liquid a theme is written in: the Fluid parser (with any tags a host registered on it) and what every
/// theme's <see cref="TemplateOptions"/> gets besides the defaults (filters, view types). Built by
/// <see cref="TemplateLanguageBuilder"/>; immutable and thread-safe afterwards, like Fluid's parser.</summary>
public sealed class TemplateLanguage
{
    private readonly Lazy<FluidParser> _parser;
    private readonly IReadOnlyList<Action<TemplateOptions>> _configure;

    internal TemplateLanguage(Lazy<FluidParser> parser, IReadOnlyList<Action<TemplateOptions>> configure)
    {
        _parser = parser;
        _configure = configure;
    }

    public FluidParser Parser => _parser.Value;

    /// <summary>Applies the host's additions to one theme's options, after the defaults.</summary>
    public void Configure(TemplateOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (var configure in _configure) configure(options);
    }
}
