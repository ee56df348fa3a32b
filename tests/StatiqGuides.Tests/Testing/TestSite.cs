using System.Text;
using AngleSharp.Html.Dom;
using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Core.Pipelines;
using StatiqGuides.Modules.Build;

namespace StatiqGuides.Tests.Testing;

/// <summary>A small site in a fresh temporary folder: <c>input/</c> (site.yml, hubs.yml, one section "websites"
/// maintained by hub "hub-web", and one good guide), a copy of the repository's real <c>theme/</c>, and an
/// <c>output/</c> folder. Diagnostics' paths are relative to the temporary folder, so they read
/// <c>input/guides/websites/x.md</c> as they do for a user. Dispose deletes the folder.</summary>
public sealed class TestSite : IDisposable
{
    public const string SiteYml = """
        title: Test guides
        base_url: https://guides.test/
        default_language: en
        languages: [en]
        repository: https://github.com/example/guides

        """;

    public const string HubsYml = """
        - id: hub-web
          name: Web hub
          host: Test Parliament
          maintainers: ["@example/web"]
          sections: [websites]

        """;

    public const string SectionYml = """
        title: Websites
        summary: Building parliamentary websites.
        hub: hub-web
        order: 1

        """;

    /// <summary>The good guide every site starts with, so a test can show that a bad file loses no other page.</summary>
    public const string GoodGuidePath = "guides/websites/good.md";

    public const string GoodGuidePage = "en/guides/websites/good/index.html";

    public const string GoodGuide = """
        ---
        title: A good guide
        summary: Nothing is wrong here.
        ---

        ## First part

        Some text.

        """;

    private readonly List<string> _cited = [];

    private TestSite(string root)
    {
        Root = root;
    }

    /// <summary>The temporary folder: the current directory diagnostics are relative to.</summary>
    public string Root { get; }

    public string InputDirectory => Path.Combine(Root, "input");

    public string ThemeDirectory => Path.Combine(Root, "theme");

    public string OutputDirectory => Path.Combine(Root, "output");

    /// <summary>A site with the default files and a copy of the real theme.</summary>
    public static TestSite Create()
    {
        var site = Empty();
        site.WithFile("site.yml", SiteYml)
            .WithFile("hubs.yml", HubsYml)
            .WithFile("guides/websites/_section.yml", SectionYml)
            .WithFile(GoodGuidePath, GoodGuide);
        return site;
    }

    /// <summary>A site with no input file at all and an empty theme folder: it is built with the built-in theme (the
    /// repository's theme/, embedded), which <see cref="WithThemeFile"/> overrides file by file.</summary>
    /// <remarks>Not a copy of the theme: every file of a copy would be an override read and parsed by every build, and
    /// the built-in files are parsed once for the test process.</remarks>
    public static TestSite Empty()
    {
        var root = Path.Combine(Path.GetTempPath(), "statiqguides-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "input"));
        var site = new TestSite(root);
        Directory.CreateDirectory(site.ThemeDirectory);
        return site;
    }

    /// <summary>Copies the real theme into the site's theme folder: every file then is the site's own override.</summary>
    public TestSite WithThemeCopy()
    {
        CopyFolder(RepositoryPaths.Theme, ThemeDirectory);
        return this;
    }

    /// <summary>Writes a file under input/, in UTF-8 with '\n' line endings as written in the test.</summary>
    public TestSite WithFile(string inputPath, string content) =>
        WithBytes(inputPath, Encoding.UTF8.GetBytes(content.ReplaceLineEndings("\n")));

    public TestSite WithBytes(string inputPath, byte[] bytes)
    {
        var path = Path.Combine(InputDirectory, inputPath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return this;
    }

    public TestSite WithoutFile(string inputPath)
    {
        File.Delete(Path.Combine(InputDirectory, inputPath));
        return this;
    }

    /// <summary>Replaces site.yml's <c>languages</c>; the first is the default language.</summary>
    public TestSite WithLanguages(params string[] languages) =>
        WithFile("site.yml", SiteYml.Replace("languages: [en]", $"languages: [{string.Join(", ", languages)}]", StringComparison.Ordinal)
            .Replace("default_language: en", $"default_language: {languages[0]}", StringComparison.Ordinal));

    /// <summary>A guide in section "websites" with the given front matter lines (without the '---') and body.</summary>
    public TestSite WithGuide(string slug, string frontMatter, string body = "Some text.\n") =>
        WithFile($"guides/websites/{slug}.md", $"---\n{frontMatter.ReplaceLineEndings("\n").TrimEnd('\n')}\n---\n\n{body}");

    /// <summary>A case study with the required keys and <c>themes: [websites]</c>; <paramref name="extraFrontMatter"/> adds
    /// or overrides lines (overridden keys move to the end). Unless <paramref name="cited"/> is false, the good guide
    /// cites it, since a case study no guide cites is a warning (SG0116).</summary>
    public TestSite WithCaseStudy(string slug, string extraFrontMatter = "", string body = "Some text.\n", bool cited = true)
    {
        var lines = new[] { "title: A case study", "summary: What a parliament did.", "parliament: Test Parliament", "country: KE", "year: 2020", "themes: [websites]" };
        var extra = extraFrontMatter.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var keys = extra.Select(l => l.Split(':')[0]).ToHashSet(StringComparer.Ordinal);
        var frontMatter = string.Join('\n', lines.Where(l => !keys.Contains(l.Split(':')[0])).Concat(extra));
        if (cited) CitedByGoodGuide(slug);
        return WithFile($"case-studies/{slug}.md", $"---\n{frontMatter}\n---\n\n{body}");
    }

    /// <summary>Rewrites the good guide so that its <c>case_studies:</c> lists <paramref name="uid"/> too (on line 4).</summary>
    public TestSite CitedByGoodGuide(string uid)
    {
        _cited.Add(uid);
        return WithFile(GoodGuidePath, GoodGuide.Replace("summary: Nothing is wrong here.\n",
            $"summary: Nothing is wrong here.\ncase_studies: [{string.Join(", ", _cited)}]\n", StringComparison.Ordinal));
    }

    /// <summary>Writes a file under the site's theme/: an override of the built-in file, or a new one.</summary>
    public TestSite WithThemeFile(string themePath, string content)
    {
        var path = Path.Combine(ThemeDirectory, themePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content.ReplaceLineEndings("\n"));
        return this;
    }

    /// <summary>Deletes the site's theme/ folder: the site then has none at all, and <see cref="WithThemeFile"/> writes
    /// the site's own overrides.</summary>
    public TestSite WithoutThemeFolder()
    {
        Directory.Delete(ThemeDirectory, recursive: true);
        return this;
    }

    public TestSite WithoutThemeFile(string themePath)
    {
        File.Delete(Path.Combine(ThemeDirectory, themePath));
        return this;
    }

    /// <summary>The theme file this site is built with: its own override, else the built-in one.</summary>
    public string ReadThemeFile(string themePath) => File.ReadAllText(ThemeFilePath(themePath));

    /// <summary>Where the theme file this site is built with is: its own override, else the repository's theme/.</summary>
    public string ThemeFilePath(string themePath) => Path.Combine(ThemeDirectory, themePath) is var own && File.Exists(own)
        ? own
        : Path.Combine(RepositoryPaths.Theme, themePath);

    public BuildOptions Options(string? outputDirectory = null, bool drafts = false) =>
        new(InputDirectory, ThemeDirectory, outputDirectory ?? OutputDirectory, Root, IncludeDrafts: drafts)
        {
            // Small fixtures: a little parallelism still exercises the parallel modules.
            MaxParallelism = 4,
        };

    /// <summary>Builds the site with <see cref="SiteBuilder.RunAsync"/>, writing into <paramref name="outputDirectory"/>
    /// (default: output/).</summary>
    public Task<BuildResult> BuildAsync(string? outputDirectory = null, bool drafts = false) =>
        SiteBuilder.RunAsync(Options(outputDirectory, drafts), write: true);

    /// <summary>Runs the pipelines of <c>check</c> (nothing is written) and returns the diagnostics and every page that
    /// was rendered, so a test can show that the good pages survive a bad file even though a failed build writes nothing.</summary>
    public async Task<CheckRun> CheckAsync(bool drafts = false)
    {
        var diagnostics = new DiagnosticBag();
        var context = new BuildContext(Options(drafts: drafts), diagnostics);
        var site = SiteBuild.Create().Freeze(write: false);
        var outputs = await site.Engine.RunAsync(context);
        var pages = outputs.Get(site.Site.PageFiles)
            .ToDictionary(f => f.Path, f => f.Text ?? "", StringComparer.Ordinal);
        return new CheckRun(diagnostics.ToSortedList(), pages);
    }

    public string OutputPath(string path) => Path.Combine(OutputDirectory, path);

    public string ReadOutput(string path) => File.ReadAllText(OutputPath(path));

    public IHtmlDocument OutputPage(string path) => Html.Parse(ReadOutput(path));

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    public static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}

/// <summary>What a check found: sorted diagnostics, and the HTML of every rendered page by output path.</summary>
public sealed record CheckRun(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyDictionary<string, string> Pages)
{
    /// <summary>The diagnostics as the CLI prints them: <c>path:line:col: severity code: message</c>.</summary>
    public IReadOnlyList<string> Lines => Diagnostics.Select(d => d.ToString()).ToList();

    public IHtmlDocument Page(string path) =>
        Pages.TryGetValue(path, out var html) ? Html.Parse(html) : throw new Xunit.Sdk.XunitException(
            $"No page '{path}' was rendered. Pages: {string.Join(", ", Pages.Keys.Order(StringComparer.Ordinal))}");
}
