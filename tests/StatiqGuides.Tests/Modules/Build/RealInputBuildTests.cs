using AngleSharp.Dom;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Modules.Build;

/// <summary>End to end: the real guides and case studies of input/ build with no diagnostic at all, every one of them
/// has its complete page in every language, and no internal link of any page is broken.</summary>
public sealed class RealInputBuildTests(RealInputBuildFixture site) : IClassFixture<RealInputBuildFixture>
{
    [Fact]
    public void The_real_input_builds_with_no_error_and_no_warning()
    {
        Expect.NoDiagnostics(site.Result.Diagnostics);
        Assert.True(site.Result.FilesWritten > 0);
    }

    [Fact]
    public void The_real_input_has_the_content_the_issue_asks_for()
    {
        var guides = SourceFiles(Path.Combine(RepositoryPaths.Input, "guides"), SearchOption.AllDirectories);
        var caseStudies = SourceFiles(Path.Combine(RepositoryPaths.Input, "case-studies"), SearchOption.TopDirectoryOnly);

        Assert.True(guides.Count >= 12, $"{guides.Count} guides");
        Assert.True(caseStudies.Count >= 8, $"{caseStudies.Count} case studies");
        Assert.Equal(guides.Order(StringComparer.Ordinal), site.Catalog.Guides.Select(g => Path.GetFileNameWithoutExtension(g.FullPath)).Order(StringComparer.Ordinal));
        Assert.Equal(caseStudies.Order(StringComparer.Ordinal), site.Catalog.CaseStudies.Select(c => c.Slug).Order(StringComparer.Ordinal));
        Assert.Equal(["en", "fr", "es"], site.Catalog.Settings.Languages);
    }

    [Fact]
    public void Every_guide_has_a_complete_page_in_every_language()
    {
        var problems = new List<string>();
        foreach (var guide in site.Catalog.Guides)
        {
            foreach (var language in site.Catalog.Settings.Languages)
            {
                var path = $"{language}/guides/{guide.SectionId}/{guide.Slug}/index.html";
                var page = Load(path, problems);
                if (page is null) continue;
                CheckCommonParts(path, page, language, problems);
                if (page.QuerySelectorAll("nav.toc li a[href^='#']").Length == 0) problems.Add($"{path}: no table of contents");
                var cited = page.QuerySelectorAll("section[aria-labelledby='sg-cited'] .card-title a").Select(a => a.GetAttribute("href")).ToList();
                foreach (var uid in guide.FrontMatter.CaseStudies.Select(c => c.Value))
                {
                    if (!cited.Contains($"../../../case-studies/{uid}/")) problems.Add($"{path}: does not list cited case study '{uid}'");
                }
                if (page.QuerySelector(".hub-box a") is null) problems.Add($"{path}: no maintaining hub");
                if (page.QuerySelector(".edit-link a[href^='https://']") is null) problems.Add($"{path}: no edit link");
            }
        }
        Expect.Lines(problems, []);
    }

    [Fact]
    public void Every_case_study_has_a_complete_page_in_every_language()
    {
        var problems = new List<string>();
        foreach (var caseStudy in site.Catalog.CaseStudies)
        {
            foreach (var language in site.Catalog.Settings.Languages)
            {
                var path = $"{language}/case-studies/{caseStudy.Slug}/index.html";
                if (Load(path, problems) is { } page) CheckCommonParts(path, page, language, problems);
            }
        }
        Expect.Lines(problems, []);
    }

    [Fact]
    public void Every_internal_href_and_src_of_every_page_names_a_file_of_the_output()
    {
        var broken = new List<string>();
        var checkedLinks = 0;
        var pages = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories).ToList();
        Assert.True(pages.Count > 100, $"{pages.Count} pages");
        foreach (var file in pages)
        {
            var page = Html.Parse(File.ReadAllText(file));
            var relative = Path.GetRelativePath(site.Output, file).Replace('\\', '/');
            foreach (var (element, attribute) in new[] { ("a", "href"), ("link", "href"), ("img", "src"), ("script", "src"), ("source", "src") })
            {
                foreach (var url in page.QuerySelectorAll($"{element}[{attribute}]").Select(e => e.GetAttribute(attribute)!))
                {
                    if (Target(file, url) is not { } target) continue;
                    checkedLinks++;
                    if (!File.Exists(target)) broken.Add($"{relative}: {element} {attribute}=\"{url}\"");
                }
            }
        }
        Expect.Lines(broken.Distinct(), [], "broken internal links");
        Assert.True(checkedLinks > 10 * pages.Count, $"only {checkedLinks} internal links in {pages.Count} pages");
    }

    /// <summary>The output file a relative URL names (a folder URL names its index.html); null for other sites and schemes.</summary>
    private string? Target(string pageFile, string url)
    {
        if (url.Length == 0 || url.StartsWith('#') || url.StartsWith("//", StringComparison.Ordinal) || url.Contains(':', StringComparison.Ordinal) && Uri.TryCreate(url, UriKind.Absolute, out _))
        {
            return null;
        }
        var path = Uri.UnescapeDataString(url.Split('#', '?')[0]);
        var full = path.StartsWith('/') ? Path.Combine(site.Output, path.TrimStart('/')) : Path.Combine(Path.GetDirectoryName(pageFile)!, path);
        full = Path.GetFullPath(full);
        return path.Length == 0 ? pageFile : path.EndsWith('/') || Directory.Exists(full) ? Path.Combine(full, "index.html") : full;
    }

    private static void CheckCommonParts(string path, IDocument page, string language, List<string> problems)
    {
        if (page.DocumentElement.GetAttribute("lang") != language) problems.Add($"{path}: <html lang> is '{page.DocumentElement.GetAttribute("lang")}'");
        var canonical = page.QuerySelector("link[rel='canonical']")?.GetAttribute("href");
        var expected = "https://guides.example.org/" + path[..^"index.html".Length];
        if (canonical != expected) problems.Add($"{path}: canonical link is '{canonical}', expected '{expected}'");
        if (page.QuerySelectorAll("link[rel='alternate'][hreflang]").Length != 4) problems.Add($"{path}: not one alternate per language plus x-default");
        if (page.QuerySelectorAll("nav.breadcrumbs li a").Length < 2) problems.Add($"{path}: no breadcrumbs");
        if (page.QuerySelector("h1") is null) problems.Add($"{path}: no <h1>");
    }

    private IDocument? Load(string path, List<string> problems)
    {
        if (File.Exists(site.PathOf(path))) return Html.Parse(File.ReadAllText(site.PathOf(path)));
        problems.Add($"{path}: missing");
        return null;
    }

    /// <summary>Default-language content files (no language suffix, not _section.yml) under a folder, by slug.</summary>
    private static List<string> SourceFiles(string folder, SearchOption option) =>
        [.. Directory.EnumerateFiles(folder, "*.md", option).Select(Path.GetFileNameWithoutExtension).Where(n => !n!.Contains('.', StringComparison.Ordinal)).Select(n => n!)];
}
