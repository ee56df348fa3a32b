using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StatiqGuides.Modules.Markdown;

namespace StatiqGuides.Tests.Modules.Markdown;

/// <summary>The one-pass walk gives the inlines Markdig's <c>Descendants&lt;T&gt;()</c> gives, the same nodes in the same
/// order, on seeded random pages of nested quotes, lists, tables, footnotes, links, images, raw HTML and emphasis.</summary>
public sealed class MarkdownTreeTests
{
    [Fact]
    public void Random_pages_give_the_inlines_markdigs_walk_gives()
    {
        var random = new Random(20261208);
        string Inline() => random.Next(12) switch
        {
            0 => "[a *link*](other.md)",
            1 => "![an image](i.png)",
            2 => "<span>raw</span>",
            3 => "<https://example.org>",
            4 => "**bold _and italic_**",
            5 => "`code`",
            6 => "[^1]",
            7 => "[xref](xref:uid)",
            8 => "~~gone~~",
            9 => "![](empty.png)",
            10 => "<!-- note -->",
            _ => "words é ",
        };
        string Line() => string.Concat(Enumerable.Range(0, random.Next(0, 6)).Select(_ => Inline() + " "));
        string Block() => random.Next(10) switch
        {
            0 => "> " + Line() + "\n> > " + Line(),
            1 => "- " + Line() + "\n  - " + Line() + "\n    1. " + Line(),
            2 => "| a | b |\n|---|---|\n| " + Line() + " | " + Line() + " |",
            3 => "[^1]: " + Line(),
            4 => "## " + Line(),
            5 => "<div>\n" + Line() + "\n</div>",
            6 => "```\n" + Line() + "\n```",
            7 => "- [ ] " + Line(),
            8 => "---",
            _ => Line(),
        };
        var pipeline = MarkdownPipelineFactory.Create();
        var seen = 0;
        for (var round = 0; round < 400; round++)
        {
            var page = string.Join("\n\n", Enumerable.Range(0, random.Next(0, 12)).Select(_ => Block()));
            var document = Markdig.Markdown.Parse(page, pipeline);

            Same(document.Descendants<Inline>(), MarkdownTree.Inlines<Inline>(document), page);
            Same(document.Descendants<LinkInline>(), MarkdownTree.Inlines<LinkInline>(document), page);
            Same(document.Descendants<HtmlInline>(), MarkdownTree.Inlines<HtmlInline>(document), page);
            seen += MarkdownTree.Inlines<Inline>(document).Count;
        }
        Assert.True(seen > 10_000, $"the pages held too few inlines to test the walk ({seen})");
    }

    private static void Same<T>(IEnumerable<T> expected, IReadOnlyList<T> actual, string page) where T : class =>
        Assert.True(expected.SequenceEqual(actual, ReferenceEqualityComparer.Instance), page);
}
