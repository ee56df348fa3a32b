using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Modules.Markdown;

/// <summary>The site's one Markdig pipeline holds no page: each parse gets its page through the parser context.</summary>
public sealed class MarkdownPipelineFactoryTests
{
    [Fact]
    public void One_pipeline_parses_and_renders_pages_on_many_threads_each_with_its_own_links()
    {
        var site = MarkdownSite.Create(offline: false, "assets/logo.png");
        var results = new (string Html, IReadOnlyList<string> Diagnostics)[200];

        Parallel.For(0, results.Length, i =>
        {
            var page = site.Parse($"[{i}](xref:missing-{i}) <xref:good> [logo](../../assets/logo.png)\n");
            results[i] = (page.Html(i % 2 == 0 ? "en" : "fr"), page.Diagnostics);
        });

        for (var i = 0; i < results.Length; i++)
        {
            var title = i % 2 == 0 ? "A good guide" : "Un bon guide";
            Assert.Equal($"<p><a href=\"#\">{i}</a> <a href=\"../good/\">{title}</a> <a href=\"../../../../assets/logo.png\">logo</a></p>\n", results[i].Html);
            Expect.Lines(results[i].Diagnostics, [$"input/guides/websites/body.md:6:1: error SG0102: unknown xref 'missing-{i}'"]);
        }
    }
}
