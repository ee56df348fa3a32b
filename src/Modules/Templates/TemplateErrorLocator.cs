using System.Text.RegularExpressions;
using StatiqGuides.Core.Diagnostics;

namespace StatiqGuides.Modules.Templates;

/// <summary>Finds where in the theme a render error comes from. Fluid's render exceptions name the variable, filter or
/// UI string but not the file: the name is looked up in the tags of the page's layout, then of the partials, then of
/// the base layout, so an error in base.liquid is reported once at its own line, not against every layout using it.</summary>
public static partial class TemplateErrorLocator
{
    public static SourceLocation Locate(string message, string layout, IReadOnlyList<TemplateSource> sources, SourceLocation fallback)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(sources);
        var quoted = Quoted().Match(message);
        if (!quoted.Success) return fallback;
        var name = quoted.Groups[1].Value;
        var pattern = message.Contains("UI string", StringComparison.Ordinal)
            ? new Regex($@"['""]{Regex.Escape(name)}['""]\s*\|\s*t\b", RegexOptions.CultureInvariant)
            : new Regex($@"(?<![\w-]){Regex.Escape(name.Split('.')[^1])}(?![\w-])", RegexOptions.CultureInvariant);
        var ordered = sources.Where(s => !s.IsPartial && s.Name == layout)
            .Concat(sources.Where(s => s.IsPartial))
            .Concat(sources.Where(s => !s.IsPartial && s.Name == RenderLayouts.BaseLayout && s.Name != layout));
        foreach (var source in ordered)
        {
            foreach (Match tag in LiquidTag().Matches(source.Text))
            {
                var hit = pattern.Match(tag.Value);
                if (hit.Success) return At(source, tag.Index + hit.Index);
            }
        }
        return fallback;
    }

    private static SourceLocation At(TemplateSource source, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (source.Text[i] != '\n') continue;
            line++;
            lineStart = i + 1;
        }
        return new SourceLocation(source.DisplayPath, line, offset - lineStart + 1);
    }

    [GeneratedRegex(@"'([^']+)'", RegexOptions.CultureInvariant)]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\{\{.*?\}\}|\{%.*?%\}", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex LiquidTag();
}
