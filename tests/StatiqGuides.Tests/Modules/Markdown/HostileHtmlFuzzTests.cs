using StatiqGuides.Core.Content;
using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Modules.Markdown;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Modules.Markdown;

/// <summary>A seeded fuzz of the sanitizer: thousands of random mixes of hostile fragments and Markdown, each sanitized
/// as a rendered body; no exception escapes and no result carries an event attribute or a script URL.</summary>
public sealed class HostileHtmlFuzzTests
{
    private static readonly string[] Pieces =
    [
        .. HostileInputs.ScriptBodies.Select(b => b.Body),
        "<div title=\"", "\"", "'", ">", "<", "</div>", "<p>", "</p>", "<a href=", "javascript:alert(1)", " onclick=alert(1) ",
        "<svg>", "</svg>", "<math>", "<mtext>", "<table>", "<td>", "<select>", "<option>", "<textarea>", "<noscript>",
        "<!--", "-->", "<![CDATA[", "]]>", "<style>", "</style>", "<img src=x onerror=alert(1)>", "&lt;", "&#x6A;", "\n\n",
        "<iframe src=", "data:text/html,<script>alert(1)</script>", "<object data=", "<embed src=", "<template>", "</template>",
    ];

    [Fact]
    public void No_exception_escapes_and_no_output_carries_an_event_attribute_or_a_script_url()
    {
        var random = new Random(20260912);
        var item = new ContentItem(ContentKind.Guide, "fuzz", "fuzz", "en", "/x/fuzz.md", "input/guides/websites/fuzz.md", "websites",
            new StatiqGuides.Core.Content.FrontMatter(), "", 5);
        var sink = new DiagnosticBag();
        var markdig = MarkdownPipelineFactory.Create();
        // Bounded in count and in time: a slow machine checks fewer mixes rather than holding up the suite.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var done = 0;
        for (var i = 0; i < 3000 && (clock.Elapsed < TimeSpan.FromSeconds(60) || i < 200); i++, done++)
        {
            var count = random.Next(1, 8);
            var html = string.Concat(Enumerable.Range(0, count).Select(_ => Pieces[random.Next(Pieces.Length)]));
            var fragment = Markdig.Markdown.Parse(html, markdig);
            var fragments = RawHtmlFragment.In(fragment, new BodyText(html)).ToList();
            var rendered = Markdig.Markdown.ToHtml(fragment, markdig);

            var safe = ContentSanitizer.Sanitize(rendered, fragments, item, sink);

            var document = Html.Parse("<!DOCTYPE html><html><body><div class=\"prose\">" + safe + "</div></body></html>");
            NothingRuns.Assert(document.QuerySelector(".prose")!);
        }
        Assert.True(done >= 200, $"only {done} mixes checked");
    }
}
