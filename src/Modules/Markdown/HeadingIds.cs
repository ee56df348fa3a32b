using System.Text.RegularExpressions;
using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace StatiqGuides.Modules.Markdown;

/// <summary><c>## Titre {#open-data}</c>: an explicit id at the end of a heading, so that a translation keeps the
/// anchors of its source. Only an id, and only one that is an identifier: Markdig's generic attributes would also let
/// content add classes and <c>on…</c> handlers. Set before the automatic identifiers run, which keep an id already set.</summary>
public sealed partial class HeadingIds : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        if (pipeline.BlockParsers.Find<HeadingBlockParser>() is { } parser)
        {
            parser.Closed -= OnClosed;
            parser.Closed += OnClosed;
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void OnClosed(BlockProcessor processor, Block block)
    {
        if (block is HeadingBlock heading) heading.ProcessInlinesEnd += (_, _) => Apply(heading);
    }

    private static void Apply(HeadingBlock heading)
    {
        if (LastLiteral(heading) is not { } literal) return;
        var text = literal.Content.ToString();
        var match = Suffix().Match(text);
        if (!match.Success || !Identifier().IsMatch(match.Groups["id"].Value)) return;
        literal.Content = new StringSlice(text[..match.Index]);
        heading.GetAttributes().Id = match.Groups["id"].Value;
    }

    /// <summary>The id of the theme's main region, which the skip link targets.</summary>
    public const string ThemeMain = "main";

    /// <summary>The prefix of every other id the theme gives the page around the body (sg-toc-title, sg-cited…).</summary>
    public const string ThemePrefix = "sg-";

    /// <summary>Whether the page around the body may use <paramref name="id"/>.</summary>
    public static bool IsThemes(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return id == ThemeMain || id.StartsWith(ThemePrefix, StringComparison.Ordinal);
    }

    /// <summary>The id of a trailing <c>{#…}</c> left in the heading because it is no identifier, or null.</summary>
    public static string? InvalidSuffix(HeadingBlock heading)
    {
        ArgumentNullException.ThrowIfNull(heading);
        if (LastLiteral(heading) is not { } literal) return null;
        var match = Suffix().Match(literal.Content.ToString());
        return match.Success ? match.Groups["id"].Value : null;
    }

    /// <summary>The heading's text, inline markup dropped.</summary>
    public static string PlainText(HeadingBlock heading)
    {
        ArgumentNullException.ThrowIfNull(heading);
        return heading.Inline is null ? "" : string.Concat(heading.Inline.Descendants<LiteralInline>().Select(l => l.Content.ToString())).Trim();
    }

    private static LiteralInline? LastLiteral(HeadingBlock heading) => heading.Inline?.LastChild as LiteralInline;

    [GeneratedRegex(@"\s*\{#(?<id>[^}]*)\}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Suffix();

    [GeneratedRegex("^[A-Za-z0-9]+([-_][A-Za-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Identifier();
}
