using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Core.Pipelines;
using StatiqGuides.Modules.Build;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Modules.Markdown;

/// <summary>With the site's own Markdown pipeline, a body without raw HTML is published as Markdig wrote it, without the
/// sanitizer's second parse; a host's pipeline (any <c>ConfigureMarkdown</c>, even one that changes nothing) sends every body
/// through the sanitizer. Both must give the same bytes and diagnostics: on the real guides, and on a seeded fuzz of
/// Markdown written to get past the renderers (script URLs in every link form, attribute blocks, fence info strings,
/// entities, titles with quotes), with raw HTML mixed into some bodies.</summary>
public sealed class SanitizerShortcutTests
{
    [Fact]
    public async Task The_real_guides_build_the_same_with_and_without_the_shortcut()
    {
        var options = new BuildOptions(RepositoryPaths.Input, RepositoryPaths.Theme, Path.Combine(Path.GetTempPath(), "unused"), RepositoryPaths.Root);

        var shortcut = await BuildAsync(options, new SiteSetup());
        var sanitized = await BuildAsync(options, new SiteSetup().ConfigureMarkdown(_ => { }));

        Assert.True(shortcut.Pages.Count > 400, $"only {shortcut.Pages.Count} pages");
        AssertSame(sanitized, shortcut);
    }

    [Fact]
    public async Task Fuzzed_markdown_builds_the_same_with_and_without_the_shortcut_and_nothing_on_it_runs()
    {
        var random = new Random(20261203);
        using var site = TestSite.Create()
            .WithFile("guides/websites/target.md", "---\ntitle: \"Target \\\" onclick=alert(1) <b>x</b>\"\nsummary: A target with a hostile title.\n---\n\n## Part {#part}\n\nText.\n");
        var plain = 0;
        for (var i = 0; i < 160; i++)
        {
            var withHtml = i % 5 == 4;
            var body = string.Concat(Enumerable.Range(0, random.Next(2, 9)).Select(_ =>
                withHtml && random.Next(3) == 0 ? RawHtml[random.Next(RawHtml.Length)] : Pieces[random.Next(Pieces.Length)]));
            if (!withHtml) plain++;
            site.WithGuide($"fuzz-{i}", $"title: Fuzz {i}\nsummary: A fuzzed body.", body + "\n");
        }

        var shortcut = await BuildAsync(site.Options(), new SiteSetup());
        var sanitized = await BuildAsync(site.Options(), new SiteSetup().ConfigureMarkdown(_ => { }));

        AssertSame(sanitized, shortcut);
        Assert.True(plain > 100, $"only {plain} bodies without raw HTML");
        var fuzzed = shortcut.Pages.Where(p => p.Key.Contains("/fuzz-", StringComparison.Ordinal)).ToList();
        Assert.True(fuzzed.Count >= 160, $"only {fuzzed.Count} fuzzed pages were laid out");
        foreach (var (path, html) in fuzzed.Where(p => p.Key.EndsWith("/index.html", StringComparison.Ordinal)))
        {
            var prose = Html.Parse(html).QuerySelector(".prose");
            Assert.True(prose is not null, $"{path} has no .prose");
            NothingRuns.Assert(prose);
        }
    }

    /// <summary>Markdown only: what the renderers write from these must already be what the allow-list keeps.</summary>
    private static readonly string[] Pieces =
    [
        "[a](javascript:alert(1)) ", "[a](&#106;avascript:alert(1)) ", "[a](JaVaScRiPt:alert(1)) ", "[a](java\tscript:x) ",
        "[a](vbscript:msgbox(1)) ", "[a](data:text/html,<script>alert(1)</script>) ", "<javascript:alert(1)> ", "<vbscript:x> ",
        "<https://example.org/a?b=c&d=e> ", "<mailto:a@example.org> ", "<a@example.org> ", "![i](data:image/svg+xml,<svg/onload=alert(1)>) ",
        "![i](data:image/png;base64,iVBORw0KGgo=) ", "![i](javascript:alert(1)) ", "![i](missing.png \"t\\\" onerror=\\\"alert(1)\") ",
        "[a](https://example.org \"x\\\" onclick=\\\"alert(1)\") ", "[a][r1] ", "\n\n[r1]: javascript:alert(1)\n\n", "[b][r2] ",
        "\n\n[r2]: <https://example.org/x y> \"title ' \\\" <b>\"\n\n", "[a](target.md) ", "[a](target.md#part) ", "[a](xref:target) ",
        "[a](xref:target#part) ", "[a](xref:nowhere) ", "<xref:target> ", "[a](../websites/target.md \"t\") ", "[a](#part) ",
        "\n\n## Heading {#id onclick=alert(1)}\n\n", "\n\n## Heading {#good-id}\n\n", "\n\n## Heading {.cls style=\"x\"}\n\n",
        "\n\n### <b>Not</b> html\n\n", "\n\n```js\" onload=\"alert(1)\nconsole.log('<script>')\n```\n\n", "\n\n~~~ {.x onclick=y}\ncode\n~~~\n\n",
        "\n\n    indented <script>alert(1)</script>\n\n", "`<script>alert(1)</script>` ", "\\<script>alert(1)\\</script> ",
        "&lt;script&gt;alert(1)&lt;/script&gt; ", "&#0; &#x110000; &#xD800; &amp; &nbsp; &bogus; ", "*em* **strong** ~~struck~~ ",
        "\n\n| a | b |\n|:--|--:|\n| `|` | [x](javascript:y) |\n\n", "\n\n- [ ] todo\n- [x] done\n\n", "\n\n1. one\n2. two\n\n",
        "Note[^1] ", "\n\n[^1]: A footnote with [a](javascript:alert(1)).\n\n", "\n\n> [!WARNING]\n> Careful [x](vbscript:y)\n\n",
        "\n\n> quoted\n> > nested\n\n", "\n\n---\n\n", "line  \nbreak ", "https://example.org/bare ", "www.example.org ",
        "[[nested](a)](b) ", "![![img](x.png)](y.png) ", "[a](<javascript:alert(1)>) ", "[a](  javascript:alert(1)  ) ",
        "\"quotes\" 'single' <> & ", "\u00a0\u200b\u2028\ufeff ", "émoji 🎉 العربية ",
    ];

    private static readonly string[] RawHtml =
    [
        .. HostileInputs.ScriptBodies.Select(b => b.Body),
        "<b>bold</b> ", "<details><summary>s</summary>x</details>\n\n", "<span style=\"color: red\">x</span> ", "<!-- c --> ",
    ];

    private static async Task<Built> BuildAsync(BuildOptions options, SiteSetup setup)
    {
        var diagnostics = new DiagnosticBag();
        var site = setup.Freeze(write: false);
        var outputs = await site.Engine.RunAsync(new BuildContext(options, diagnostics));
        return new Built(
            outputs.Get(site.Site.SiteFiles).Where(f => f.Text is not null).ToDictionary(f => f.Path, f => f.Text!, StringComparer.Ordinal),
            [.. diagnostics.ToSortedList().Select(d => d.ToString())]);
    }

    private static void AssertSame(Built expected, Built actual)
    {
        Assert.Equal(expected.Diagnostics, actual.Diagnostics);
        Assert.Equal(expected.Pages.Keys.Order(StringComparer.Ordinal), actual.Pages.Keys.Order(StringComparer.Ordinal));
        var differing = expected.Pages.Where(p => actual.Pages[p.Key] != p.Value).Select(p => p.Key).ToList();
        Assert.True(differing.Count == 0, $"{differing.Count} files differ, first {string.Join(", ", differing.Take(5))}:\n" +
            (differing.Count > 0 ? LineDiff.Unified(expected.Pages[differing[0]], actual.Pages[differing[0]], "sanitized", "shortcut") : ""));
    }

    private sealed record Built(IReadOnlyDictionary<string, string> Pages, IReadOnlyList<string> Diagnostics);
}
