using System.Text.RegularExpressions;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Modules.Templates;

/// <summary>Nothing is wired to en, fr and es: a site with German as a fourth language and a partial
/// theme/i18n/de.yml builds every page in every language, its UI strings falling back to English with one
/// warning per missing key.</summary>
public sealed partial class FourLanguageSiteTests
{
    private const string GermanStrings = """
        date:
          format: "d. MMMM yyyy"
        nav:
          home: "Startseite"
          case_studies: "Fallstudien"
        notice:
          fallback: "Diese Seite ist noch nicht ins Deutsche übersetzt: Sie lesen den Originaltext auf {0}."
          contribute: "Beim Übersetzen helfen"
        language_names:
          en: "Englisch"

        """;

    private static readonly string[] Languages = ["en", "fr", "es", "de"];

    private static TestSite Site() => TranslatedSite.Create()
        .WithFile("site.yml", TestSite.SiteYml.Replace("languages: [en]", "languages: [en, fr, es, de]", StringComparison.Ordinal))
        .WithFile("guides/websites/second.de.md", "---\ntitle: Zweiter Leitfaden\nsummary: Auch gut.\n---\n\nZweiter Text.\n")
        .WithThemeFile("i18n/de.yml", GermanStrings);

    [Fact]
    public async Task Every_page_is_built_in_every_language_with_one_SG0503_warning_per_key_missing_in_german()
    {
        using var site = Site();
        var missing = FlatKeys(site.ReadThemeFile("i18n/en.yml")).Except(FlatKeys(GermanStrings)).Order(StringComparer.Ordinal).ToList();

        var result = await site.BuildAsync();

        Assert.True(missing.Count > 50, $"only {missing.Count} keys missing: the test reads en.yml wrongly");
        Expect.Diagnostics(result.Diagnostics, [.. missing.Select(k => $"theme/i18n/de.yml:1:1: warning SG0503: UI string '{k}' is missing in 'de'")]);
        var pages = OutputLinks.HtmlPages(site.OutputDirectory);
        var english = pages.Where(p => p.StartsWith("en/", StringComparison.Ordinal)).Select(p => p[3..]).ToList();
        Assert.Equal(["404.html", "about/index.html", "case-studies/index.html", "case-studies/kenya/index.html", "contribute/index.html",
            "guides/websites/good/index.html", "guides/websites/index.html", "guides/websites/print/index.html", "guides/websites/second/index.html",
            "hubs/hub-web/index.html", "index.html", "search/index.html"], english);
        Assert.All(Languages, l => Assert.Equal(english, pages.Where(p => p.StartsWith(l + "/", StringComparison.Ordinal)).Select(p => p[3..])));
        Assert.All(Languages, l => Assert.True(File.Exists(site.OutputPath($"{l}/feed.xml")), $"no {l}/feed.xml"));
    }

    [Fact]
    public async Task German_pages_use_the_german_strings_it_has_and_english_for_the_others()
    {
        using var site = Site();
        await site.BuildAsync();

        var guide = site.OutputPage("de/guides/websites/good/index.html");

        Assert.Equal("de", guide.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Startseite", guide.QuerySelector(".breadcrumbs a")?.TextContent);
        Assert.Equal("On this page", guide.QuerySelector(".toc h2")?.TextContent);
        Assert.Equal("Diese Seite ist noch nicht ins Deutsche übersetzt: Sie lesen den Originaltext auf Englisch.",
            guide.QuerySelector(".notice-fallback")!.FirstChild!.TextContent.Trim());
        Assert.Equal("Beim Übersetzen helfen", guide.QuerySelector(".notice-fallback a")?.TextContent);
        Assert.Equal("en", guide.QuerySelector(".prose")?.GetAttribute("lang"));
        Assert.Equal(["en", "fr", "es", "de"], guide.QuerySelectorAll(".lang-switch a").Select(a => a.GetAttribute("hreflang")));
        Assert.Equal("Deutsch", guide.QuerySelector(".lang-switch a[hreflang=de]")?.TextContent.Split(' ')[0]);
        Assert.Equal(["en", "fr", "es", "de", "x-default"], guide.QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => l.GetAttribute("hreflang")));
        Assert.Equal(["en", "fr", "es", "de"], site.OutputPage("index.html").QuerySelectorAll(".language-list a").Select(a => a.GetAttribute("hreflang")));
    }

    [Fact]
    public async Task German_dates_follow_the_german_culture_and_the_translation_of_de_yml()
    {
        using var site = Site();
        await site.BuildAsync();

        var second = site.OutputPage("de/guides/websites/second/index.html");

        Assert.Equal("Zweiter Leitfaden", second.QuerySelector("h1")?.TextContent);
        Assert.Equal("5. März 2024", second.QuerySelector(".page-meta time")?.TextContent);
        // de.yml has no meta.updated: the English sentence holds the German date.
        Assert.Equal("Last updated 5. März 2024", second.QuerySelector(".page-meta li")?.TextContent);
        Assert.NotNull(second.QuerySelector(".notice-outdated"));
    }

    /// <summary>The dotted keys of a UI-strings file, read independently of the product: nested maps two spaces deep.</summary>
    private static IEnumerable<string> FlatKeys(string yaml)
    {
        var parents = new List<string>();
        foreach (var line in yaml.Split('\n'))
        {
            if (KeyLine().Match(line) is not { Success: true } match) continue;
            var depth = match.Groups["indent"].Length / 2;
            parents.RemoveRange(depth, parents.Count - depth);
            if (match.Groups["value"].Length == 0)
            {
                parents.Add(match.Groups["key"].Value);
            }
            else
            {
                yield return string.Join('.', parents.Append(match.Groups["key"].Value));
            }
        }
    }

    [GeneratedRegex(@"^(?<indent>(  )*)(?<key>[a-z][a-z0-9_]*):\s*(?<value>\S.*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyLine();
}
