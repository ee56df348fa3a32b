using System.Text.Json;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Modules.Output;

/// <summary>/xrefmap.json: every uid with its kind and, per language, its URL, title and whether it is translated,
/// so that other sites can link to guides by uid; every URL names a written page.</summary>
public sealed class XrefMapTests(BuiltCitedSite built) : IClassFixture<BuiltCitedSite>
{
    private TestSite Site => built.Site;

    [Fact]
    public void The_build_has_no_diagnostics()
    {
        Expect.NoDiagnostics(built.Result.Diagnostics);
    }

    [Fact]
    public void The_map_lists_every_uid_with_its_url_title_and_translation_in_every_language()
    {
        using var json = JsonDocument.Parse(Site.ReadOutput("xrefmap.json"));
        var root = json.RootElement;

        Assert.Equal("https://guides.test/", root.GetProperty("base_url").GetString());
        Assert.Equal("en", root.GetProperty("default_language").GetString());
        Assert.Equal(["en", "fr"], root.GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
        Expect.Lines(root.GetProperty("references").EnumerateObject().SelectMany(r => r.Value.EnumerateObject()
            .Where(p => p.Name != "kind")
            .Select(l => $"{r.Name} {r.Value.GetProperty("kind").GetString()} {l.Name}: {l.Value.GetProperty("title").GetString()} | " +
                $"{l.Value.GetProperty("url").GetString()} | {(l.Value.GetProperty("translated").GetBoolean() ? "translated" : "fallback")}")),
        [
            "about page en: About | https://guides.test/en/about/ | translated",
            "about page fr: À propos | https://guides.test/fr/about/ | translated",
            "chile case-study en: Chile's law library | https://guides.test/en/case-studies/chile/ | translated",
            "chile case-study fr: Chile's law library | https://guides.test/fr/case-studies/chile/ | fallback",
            "georgia case-study en: Georgia's open parliament | https://guides.test/en/case-studies/georgia/ | translated",
            "georgia case-study fr: Georgia's open parliament | https://guides.test/fr/case-studies/georgia/ | fallback",
            "georgia-guide guide en: Georgia guide | https://guides.test/en/guides/websites/georgia-guide/ | translated",
            "georgia-guide guide fr: Georgia guide | https://guides.test/fr/guides/websites/georgia-guide/ | fallback",
            "good guide en: A good guide | https://guides.test/en/guides/websites/good/ | translated",
            "good guide fr: A good guide | https://guides.test/fr/guides/websites/good/ | fallback",
            "keeping guide en: Keeping | https://guides.test/en/guides/archives/keeping/ | translated",
            "keeping guide fr: Keeping | https://guides.test/fr/guides/archives/keeping/ | fallback",
            "kenya case-study en: Kenya's Hansard | https://guides.test/en/case-studies/kenya/ | translated",
            "kenya case-study fr: Le Hansard du Kenya | https://guides.test/fr/case-studies/kenya/ | translated",
            "linker guide en: Linker | https://guides.test/en/guides/websites/linker/ | translated",
            "linker guide fr: Lieur | https://guides.test/fr/guides/websites/linker/ | translated",
            "records guide en: Records | https://guides.test/en/guides/archives/records/ | translated",
            "records guide fr: Records | https://guides.test/fr/guides/archives/records/ | fallback",
        ]);
    }

    [Fact]
    public void Every_url_of_the_map_names_a_written_page_whose_title_is_the_map_title()
    {
        using var json = JsonDocument.Parse(Site.ReadOutput("xrefmap.json"));

        var checkedUrls = 0;
        foreach (var reference in json.RootElement.GetProperty("references").EnumerateObject())
        {
            foreach (var language in reference.Value.EnumerateObject().Where(p => p.Name != "kind"))
            {
                var target = OutputLinks.Resolve("xrefmap.json", language.Value.GetProperty("url").GetString()!, BuiltCitedSite.BaseUrl);
                Assert.True(target is not null && File.Exists(Site.OutputPath(target)), $"{reference.Name} ({language.Name}): {target} was not written");
                Assert.Equal(language.Value.GetProperty("title").GetString(), Site.OutputPage(target!).QuerySelector("h1")?.TextContent);
                checkedUrls++;
            }
        }
        Assert.Equal(18, checkedUrls);
    }
}
