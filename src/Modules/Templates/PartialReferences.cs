using System.Text.RegularExpressions;
using StatiqGuides.Core.Diagnostics;

namespace StatiqGuides.Modules.Templates;

/// <summary>Every <c>{% include 'x' %}</c> and <c>{% render 'x' %}</c> of the theme names a partial that exists:
/// a missing one is reported at the tag, once, instead of failing every page that uses the template.</summary>
public static partial class PartialReferences
{
    public static void Check(IReadOnlyList<TemplateSource> sources, IEnumerable<string> partialFiles, IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var known = new HashSet<string>(partialFiles.Select(Path.GetFileNameWithoutExtension).OfType<string>(), StringComparer.Ordinal);
        foreach (var source in sources)
        {
            foreach (Match tag in Reference().Matches(source.Text))
            {
                var name = tag.Groups["name"].Value;
                if (name.EndsWith(".liquid", StringComparison.Ordinal)) name = name[..^".liquid".Length];
                if (known.Contains(name)) continue;
                var before = source.Text.AsSpan(0, tag.Index);
                var line = before.Count('\n') + 1;
                var column = tag.Index - (before.LastIndexOf('\n') + 1) + 1;
                diagnostics.Report(DiagnosticCodes.MissingPartial, new SourceLocation(source.DisplayPath, line, column), name);
            }
        }
    }

    /// <summary>The partials a template includes or renders, by name without extension.</summary>
    public static IEnumerable<string> Names(string text) => Reference().Matches(text).Select(tag => tag.Groups["name"].Value)
        .Select(name => name.EndsWith(".liquid", StringComparison.Ordinal) ? name[..^".liquid".Length] : name);

    [GeneratedRegex(@"\{%-?\s*(?:include|render)\s+['""](?<name>[^'""]+)['""]", RegexOptions.CultureInvariant)]
    private static partial Regex Reference();
}
