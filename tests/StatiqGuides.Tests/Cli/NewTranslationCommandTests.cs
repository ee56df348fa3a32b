using System.Text;
using System.Text.Json;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Cli;

/// <summary><c>new translation UID --lang L</c> run as a process: the scaffold holds the source's text and the
/// source_hash of SPEC §1; until its text is translated it is reported untranslated (SG0700), never current.</summary>
public sealed class NewTranslationCommandTests
{
    // Written with Windows line endings: the hash is over the text with '\n' endings.
    private const string Source =
        "---\r\ntitle: \"Live: \\\"plenary\\\" streams\"\r\nsummary: How to stream the plenary.\r\ntags: [video]\r\n---\r\n\r\n## Cameras\r\n\r\nTwo are enough.\r\n";

    private static TestSite Site() => TestSite.Create().WithLanguages("en", "fr", "es")
        .WithBytes("guides/websites/streams.md", Encoding.UTF8.GetBytes(Source));

    [Fact]
    public async Task New_translation_scaffolds_the_source_text_with_the_spec_source_hash_and_is_untranslated_until_translated()
    {
        using var site = Site();
        var expectedHash = SpecSourceHash.OfFile(Source, "Live: \"plenary\" streams", "How to stream the plenary.");

        var run = await ToolRunner.RunAsync(site.Root, "new", "translation", "streams", "--lang", "fr");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("Created input/guides/websites/streams.fr.md: translate its title, summary and text; keep source_hash as it is.\n", run.Stdout);
        Assert.Equal(
            "---\ntitle: \"Live: \\\"plenary\\\" streams\"\nsummary: \"How to stream the plenary.\"\n" +
            $"source_hash: {expectedHash}\n---\n\n## Cameras\n\nTwo are enough.\n",
            File.ReadAllText(Path.Combine(site.InputDirectory, "guides/websites/streams.fr.md")));

        var report = await ToolRunner.RunAsync(site.Root, "translations", "--format", "json");

        Assert.True(report.ExitCode == 0, report.ToString());
        Assert.Equal("input/guides/websites/streams.fr.md:6:1: warning SG0700: the fr translation of 'streams' is still the source text: it is reported 'untranslated' and readers get the source\n", report.Stderr);
        using var json = JsonDocument.Parse(report.Stdout);
        var streams = json.RootElement.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("uid").GetString() == "streams");
        Assert.Equal("untranslated", streams.GetProperty("translations").GetProperty("fr").GetProperty("status").GetString());
        Assert.Equal("input/guides/websites/streams.fr.md", streams.GetProperty("translations").GetProperty("fr").GetProperty("file").GetString());
        Assert.Equal("missing", streams.GetProperty("translations").GetProperty("es").GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_scaffolded_translation_warns_and_is_shown_as_not_yet_translated_until_its_text_is_translated()
    {
        using var site = Site();
        var created = await ToolRunner.RunAsync(site.Root, "new", "translation", "streams", "--lang", "es");
        Assert.True(created.ExitCode == 0, created.ToString());

        var run = await site.CheckAsync();

        Expect.Diagnostics(run.Diagnostics,
            "input/guides/websites/streams.es.md:6:1: warning SG0700: the es translation of 'streams' is still the source text: it is reported 'untranslated' and readers get the source");
        Assert.NotNull(run.Page("es/guides/websites/streams/index.html").QuerySelector(".notice-fallback"));

        var path = Path.Combine(site.InputDirectory, "guides/websites/streams.es.md");
        await File.WriteAllTextAsync(path, File.ReadAllText(path).Replace("Two are enough.", "Dos bastan.", StringComparison.Ordinal).Replace("## Cameras", "## Cámaras", StringComparison.Ordinal));
        var translated = await site.CheckAsync();

        Expect.NoDiagnostics(translated.Diagnostics);
        var page = translated.Page("es/guides/websites/streams/index.html");
        Assert.Null(page.QuerySelector(".notice"));
        Assert.Null(page.QuerySelector(".prose[lang]"));
    }

    [Fact]
    public async Task An_unknown_uid_exits_1_and_writes_nothing()
    {
        using var site = Site();

        var run = await ToolRunner.RunAsync(site.Root, "new", "translation", "nowhere", "--lang", "fr");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("error: no guide, case study or page has the uid 'nowhere'.\n", run.Stderr);
        Assert.False(File.Exists(Path.Combine(site.InputDirectory, "guides/websites/nowhere.fr.md")));
    }

    [Fact]
    public async Task A_mistyped_uid_suggests_the_nearest_one()
    {
        using var site = Site();

        var run = await ToolRunner.RunAsync(site.Root, "new", "translation", "god", "--lang", "fr");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("error: no guide, case study or page has the uid 'god'; did you mean 'good'?\n", run.Stderr);
    }

    [Fact]
    public async Task A_language_that_is_not_a_translation_language_exits_1()
    {
        using var site = Site();

        var german = await ToolRunner.RunAsync(site.Root, "new", "translation", "streams", "--lang", "de");
        var english = await ToolRunner.RunAsync(site.Root, "new", "translation", "streams", "--lang", "en");

        Assert.Equal(1, german.ExitCode);
        Assert.Equal("error: 'de' is not a translation language of this site; site.yml lists: fr, es.\n", german.Stderr);
        Assert.Equal(1, english.ExitCode);
        Assert.False(File.Exists(Path.Combine(site.InputDirectory, "guides/websites/streams.de.md")));
        Assert.False(File.Exists(Path.Combine(site.InputDirectory, "guides/websites/streams.en.md")));
    }

    [Fact]
    public async Task An_existing_translation_without_source_hash_is_left_as_it_is_and_the_command_says_why()
    {
        const string French = "---\ntitle: Déjà traduit\nsummary: S\n---\n\nTexte.\n";
        using var site = Site().WithFile("guides/websites/streams.fr.md", French);

        var run = await ToolRunner.RunAsync(site.Root, "new", "translation", "streams", "--lang", "fr");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(
            "input/guides/websites/streams.fr.md is outdated, but no paragraph of it can be reused: the version of the source it translates is not known " +
            "(the translation has no source_hash, so the version it was made from is unknown). It was left as it is: update it as a whole " +
            "(dotnet run -c Release -- translations diff streams --lang fr shows what changed in the source), then set its source_hash to " +
            SpecSourceHash.OfFile(Source, "Live: \"plenary\" streams", "How to stream the plenary.") + ".\n",
            run.Stdout);
        Assert.Equal(French, File.ReadAllText(Path.Combine(site.InputDirectory, "guides/websites/streams.fr.md")));
    }

    [Fact]
    public async Task A_current_translation_is_never_overwritten_and_exits_1()
    {
        var hash = SpecSourceHash.OfFile(Source, "Live: \"plenary\" streams", "How to stream the plenary.");
        var french = $"---\ntitle: Déjà traduit\nsummary: S\nsource_hash: {hash}\n---\n\nTexte.\n";
        using var site = Site().WithFile("guides/websites/streams.fr.md", french);

        var run = await ToolRunner.RunAsync(site.Root, "new", "translation", "streams", "--lang", "fr");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("error: input/guides/websites/streams.fr.md already exists and is current: there is nothing to bring up to date.\n", run.Stderr);
        Assert.Equal(french, File.ReadAllText(Path.Combine(site.InputDirectory, "guides/websites/streams.fr.md")));
    }

    [Fact]
    public async Task A_missing_lang_option_exits_1()
    {
        using var site = Site();

        var run = await ToolRunner.RunAsync(site.Root, "new", "translation", "streams");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--lang", run.Stderr + run.Stdout, StringComparison.Ordinal);
    }
}
