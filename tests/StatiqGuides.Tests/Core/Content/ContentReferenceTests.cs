using StatiqGuides.Core.Content;
using StatiqGuides.Modules.FrontMatter;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Core.Content;

/// <summary>docs/content-reference.md lists every key of every kind of file, exactly as the schema the readers use.</summary>
public sealed class ContentReferenceTests
{
    private static string DocPath => Path.Combine(RepositoryPaths.Root, "docs", "content-reference.md");

    private static string Section(string doc)
    {
        var start = doc.IndexOf(ContentReference.Start, StringComparison.Ordinal);
        var end = doc.IndexOf(ContentReference.End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "docs/content-reference.md has no generated keys section");
        return doc[start..(end + ContentReference.End.Length)];
    }

    [Fact]
    public void The_content_reference_lists_every_key_of_the_schema()
    {
        var doc = File.ReadAllText(DocPath);
        var expected = ContentReference.Markdown(ContentSchemas.All);
        if (Environment.GetEnvironmentVariable("UPDATE_DOCS") == "1")
        {
            File.WriteAllText(DocPath, doc.Replace(Section(doc), expected, StringComparison.Ordinal));
            doc = File.ReadAllText(DocPath);
        }

        Assert.Equal(expected, Section(doc));
        Assert.All(ContentSchemas.All.SelectMany(s => s.Fields), f => Assert.Contains($"| `{f.Key}` |", doc, StringComparison.Ordinal));
    }

    [Fact]
    public void The_front_matter_reader_knows_exactly_the_documented_keys()
    {
        Assert.Equal(ContentSchemas.Guide.Keys.Order(), FrontMatterSchema.KnownKeys(ContentKind.Guide, false).Order());
        Assert.Equal(ContentSchemas.CaseStudy.Keys.Order(), FrontMatterSchema.KnownKeys(ContentKind.CaseStudy, false).Order());
        Assert.Contains("source_hash", FrontMatterSchema.KnownKeys(ContentKind.Page, true));
    }

    [Fact]
    public async Task A_documented_site_key_is_accepted_and_an_undocumented_one_warns_with_the_nearest_key()
    {
        using var site = TestSite.Create().WithFile("site.yml", TestSite.SiteYml + "fallback_owners: [\"@org/team\"]\nrepositry: https://example.org/\n");

        var run = await site.CheckAsync();

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal(("SG0206", "unknown key 'repositry'; did you mean 'repository'?"), (diagnostic.Code, diagnostic.Message));
    }
}
