using System.Text.Json;
using StatiqGuides.Core.Pipelines;
using StatiqGuides.Modules.Build;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Content;

/// <summary>The repository's own input/: it checks clean, every translation is current, every guide cites a case
/// study and every case study is cited, in every language.</summary>
public sealed class RepositoryInputTests : IClassFixture<RepositoryInputTests.BuiltInput>
{
    private const string BaseUrl = "https://guides.example.org/";
    private static readonly string[] Translations = ["fr", "es"];
    private readonly BuiltInput _built;

    public RepositoryInputTests(BuiltInput built)
    {
        _built = built;
    }

    [Fact]
    public async Task Check_on_input_reports_nothing()
    {
        var run = await ToolRunner.RunAsync(RepositoryPaths.Root, "check", "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("[]\n", run.Stdout);
    }

    [Fact]
    public async Task Every_translation_in_input_is_current()
    {
        var run = await ToolRunner.RunAsync(RepositoryPaths.Root, "translations", "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("", run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        var languages = json.RootElement.GetProperty("languages").EnumerateArray().Select(l => l.GetString()!).ToList();
        Assert.Equal(["fr", "es"], languages);
        var notCurrent = json.RootElement.GetProperty("items").EnumerateArray()
            .SelectMany(i => i.GetProperty("translations").EnumerateObject().Select(t => (Uid: i.GetProperty("uid").GetString(), t.Name, Status: t.Value.GetProperty("status").GetString())))
            .Where(t => t.Status != "current")
            .Select(t => $"{t.Uid} {t.Name}: {t.Status}");
        Expect.Lines(notCurrent, [], "translations not current");
        Assert.True(json.RootElement.GetProperty("items").GetArrayLength() > 20);
    }

    [Fact]
    public void The_build_of_input_has_no_diagnostics()
    {
        Expect.NoDiagnostics(_built.Result.Diagnostics);
    }

    [Fact]
    public void Every_guide_cites_at_least_one_case_study_in_every_language()
    {
        var guides = Pages(p => p.Contains("/guides/", StringComparison.Ordinal) && p.Split('/').Length == 5 && !p.EndsWith("/print/index.html", StringComparison.Ordinal));

        Assert.True(guides.Count >= 3 * 12, $"only {guides.Count} guide pages");
        var uncited = guides.Where(p => Links(p, "sg-cited").Count == 0);
        Expect.Lines(uncited, [], "guide pages citing no case study");
    }

    [Fact]
    public void Every_case_study_is_cited_by_at_least_one_guide_and_every_backlink_names_a_written_guide()
    {
        var studies = Pages(p => p.Contains("/case-studies/", StringComparison.Ordinal) && p.Split('/').Length == 4);

        Assert.True(studies.Count >= 3 * 12, $"only {studies.Count} case-study pages");
        Expect.Lines(studies.Where(p => Links(p, "sg-cited-by").Count == 0), [], "case studies no guide cites");
        var broken = studies.SelectMany(p => Links(p, "sg-cited-by").Where(t => !File.Exists(Path.Combine(_built.Output, t))).Select(t => $"{p} -> {t}"));
        Expect.Lines(broken, [], "backlinks to missing pages");
    }

    [Fact]
    public void Every_citation_in_a_guide_appears_as_a_backlink_on_the_cited_case_study_in_the_same_language()
    {
        var missing = new List<string>();
        foreach (var guide in Pages(p => p.Contains("/guides/", StringComparison.Ordinal) && p.Split('/').Length == 5))
        {
            foreach (var study in Links(guide, "sg-cited"))
            {
                if (!Links(study, "sg-cited-by").Contains(guide)) missing.Add($"{guide} cites {study}, which does not list it");
            }
        }
        Expect.Lines(missing, [], "citations without backlink");
    }

    [Fact]
    public void Every_page_exists_in_every_language_and_every_switcher_hreflang_and_sitemap_link_names_a_written_file()
    {
        var pages = OutputLinks.HtmlPages(_built.Output);
        var english = pages.Where(p => p.StartsWith("en/", StringComparison.Ordinal)).Select(p => p[3..]).ToList();
        Assert.All(Translations, l => Assert.Equal(english, pages.Where(p => p.StartsWith(l + "/", StringComparison.Ordinal)).Select(p => p[3..])));
        var broken = new List<string>();
        // The translation status page is one page for the whole site, in no language's tree: it has no language versions.
        foreach (var page in pages.Where(p => p is not ("404.html" or "translation-status/index.html")))
        {
            var html = Html.Parse(File.ReadAllText(Path.Combine(_built.Output, page)));
            var hrefs = html.QuerySelectorAll(".lang-switch a, .language-list a, link[rel=alternate][hreflang]").Select(e => e.GetAttribute("href")!).ToList();
            if (hrefs.Count == 0) broken.Add($"{page}: no switcher nor alternates");
            broken.AddRange(hrefs.Where(h => !Written(page, h)).Select(h => $"{page} -> {h}"));
        }
        var sitemap = System.Xml.Linq.XDocument.Load(Path.Combine(_built.Output, "sitemap.xml"));
        broken.AddRange(sitemap.Descendants().Where(e => e.Name.LocalName is "loc" or "link")
            .Select(e => e.Name.LocalName == "loc" ? e.Value : (string)e.Attribute("href")!)
            .Where(h => !Written("sitemap.xml", h)).Select(h => $"sitemap.xml -> {h}"));
        Expect.Lines(broken, [], "links to files that were not written");
    }

    private bool Written(string from, string href) =>
        OutputLinks.Resolve(from, href, BaseUrl) is { } target && File.Exists(Path.Combine(_built.Output, target));

    private List<string> Pages(Func<string, bool> which) => [.. OutputLinks.HtmlPages(_built.Output).Where(which)];

    private List<string> Links(string page, string section) =>
        [.. Html.Parse(File.ReadAllText(Path.Combine(_built.Output, page)))
            .QuerySelectorAll($"section[aria-labelledby={section}] .card-title a")
            .Select(a => OutputLinks.Resolve(page, a.GetAttribute("href")!, BaseUrl)!)];

    /// <summary>input/ and theme/ of the repository built once into a temporary folder.</summary>
    public sealed class BuiltInput : IAsyncLifetime
    {
        public string Output { get; } = Path.Combine(Path.GetTempPath(), "statiqguides-tests", Guid.NewGuid().ToString("N"));

        public BuildResult Result { get; private set; } = null!;

        public async Task InitializeAsync() => Result = await SiteBuilder.RunAsync(
            new BuildOptions(RepositoryPaths.Input, RepositoryPaths.Theme, Output, RepositoryPaths.Root) { MaxParallelism = 2 }, write: true);

        public Task DisposeAsync()
        {
            if (Directory.Exists(Output)) Directory.Delete(Output, recursive: true);
            return Task.CompletedTask;
        }
    }
}
