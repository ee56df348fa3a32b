using System.Text.RegularExpressions;
using StatiqGuides.Modules.Build;
using StatiqGuides.Modules.Ownership;
using StatiqGuides.Modules.Serve;

namespace StatiqGuides.Tests.Testing.Oracle;

/// <summary>The site the build-session oracle edits: rich enough that every schema key shows somewhere (see
/// <see cref="OracleFixture"/>), in a folder that is the root of a repository with an up-to-date
/// <c>.github/CODEOWNERS</c>, so that ownership keys are checked too. Reads and writes its input files by path under
/// <c>input/</c>, with '/' separators.</summary>
public sealed partial class OracleSite : IDisposable
{
    private int _counter;

    private OracleSite(TestSite site)
    {
        Site = site;
    }

    public TestSite Site { get; }

    public static async Task<OracleSite> CreateAsync()
    {
        var site = TestSite.Create().WithoutFile(TestSite.GoodGuidePath);
        foreach (var (path, text) in OracleFixture.Files) site.WithFile(path, text);
        site.WithBytes(OracleFixture.ImagePath, OracleFixture.Image);
        Directory.CreateDirectory(Path.Combine(site.Root, ".git"));
        var oracle = new OracleSite(site);
        await oracle.RegenerateCodeOwnersAsync();
        return oracle;
    }

    public BuildSession NewSession() => new(Site.Options());

    /// <summary>A number no earlier call returned: edits use it so that each new value differs from every earlier one.</summary>
    public int Next() => ++_counter;

    public bool Exists(string path) => File.Exists(Full(path));

    public string Read(string path) => File.ReadAllText(Full(path));

    public void Write(string path, string text) => Site.WithFile(path, text);

    public void Delete(string path) => Site.WithoutFile(path);

    public void Move(string from, string to)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Full(to))!);
        File.Move(Full(from), Full(to));
    }

    public MarkdownFile Markdown(string path) => MarkdownFile.Parse(Read(path));

    public void Write(string path, MarkdownFile file) => Write(path, file.Text);

    /// <summary>Every content file (guides, case studies, pages, their translations), by path.</summary>
    public IReadOnlyList<ContentFile> Content() =>
        [.. Directory.EnumerateFiles(Site.InputDirectory, "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Site.InputDirectory, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Select(ContentFile.FromPath).OfType<ContentFile>()];

    public IReadOnlyList<ContentFile> Sources(string kind) => [.. Content().Where(c => c.Kind == kind && !c.IsTranslation)];

    public IReadOnlyList<ContentFile> TranslationsOf(ContentFile source) =>
        [.. Content().Where(c => c.IsTranslation && c.Kind == source.Kind && c.Slug == source.Slug && c.Section == source.Section)];

    public string Uid(ContentFile source) => Markdown(source.Path).Scalar("uid") ?? source.Slug;

    public bool IsDraft(ContentFile source) => Markdown(source.Path).Scalar("draft") == "true";

    /// <summary>The uids of the published sources of a kind: what <c>related</c> and <c>case_studies</c> may name.</summary>
    public IReadOnlyList<string> PublishedUids(string kind) => [.. Sources(kind).Where(s => !IsDraft(s)).Select(Uid)];

    /// <summary>Every uid some file names, in <c>related</c>, <c>case_studies</c> or an xref: the items whose uid must
    /// stay, and which must stay published, for the site to stay free of errors.</summary>
    public IReadOnlySet<string> ReferencedUids()
    {
        var uids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Content())
        {
            var text = Read(file.Path);
            uids.UnionWith(XrefTarget().Matches(text).Select(m => m.Groups[1].Value));
            if (!text.StartsWith("---\n", StringComparison.Ordinal)) continue;
            var markdown = MarkdownFile.Parse(text);
            uids.UnionWith(markdown.Items("related"));
            uids.UnionWith(markdown.Items("case_studies"));
        }
        return uids;
    }

    public bool IsReferenced(ContentFile source) => ReferencedUids().Contains(Uid(source));

    public IReadOnlyList<string> Languages => YamlText.Items(Read("site.yml"), "languages");

    public string DefaultLanguage => YamlText.Scalar(Read("site.yml"), "default_language") ?? Languages[0];

    public IReadOnlyList<string> SectionIds =>
        [.. Directory.EnumerateFiles(Path.Combine(Site.InputDirectory, "guides"), "_section.yml", SearchOption.AllDirectories)
            .Select(f => Path.GetFileName(Path.GetDirectoryName(f)!)).Order(StringComparer.Ordinal)];

    /// <summary>Writes .github/CODEOWNERS as <c>statiqguides codeowners</c> does, from the input as it is now.</summary>
    public async Task RegenerateCodeOwnersAsync()
    {
        var catalog = await SiteBuilder.ReadCatalogAsync(Site.Options());
        var path = Path.Combine(Site.Root, CodeOwnersFile.RelativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, CodeOwnersFile.Generate(catalog.Catalog, Site.InputDirectory, Site.Root));
    }

    public void Dispose() => Site.Dispose();

    private string Full(string path) => Path.Combine(Site.InputDirectory, path);

    [GeneratedRegex(@"xref:([A-Za-z0-9_-]+)")]
    private static partial Regex XrefTarget();
}
