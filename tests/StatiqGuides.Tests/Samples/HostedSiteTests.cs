using HostedSite;
using StatiqGuides.Core.Pipelines;
using StatiqGuides.Modules.Build;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Samples;

/// <summary>The sample host of docs/extending.md builds its site with every extension it adds, and no diagnostic.</summary>
public sealed class HostedSiteTests : IDisposable
{
    private static readonly string Sample = Path.Combine(RepositoryPaths.Root, "samples", "HostedSite");
    private readonly string _output = Path.Combine(Path.GetTempPath(), "sg-hosted-" + Guid.NewGuid().ToString("N"));

    private BuildOptions Options() =>
        new(Path.Combine(Sample, "input"), Path.Combine(Sample, "theme"), _output, Sample);

    [Fact]
    public async Task The_sample_host_builds_its_site_with_its_markdown_extension_liquid_filter_and_pipeline()
    {
        var result = await SiteBuilder.RunAsync(Options(), write: true, HostedSiteSetup.Create());

        Expect.NoDiagnostics(result.Diagnostics);
        var guide = File.ReadAllText(Path.Combine(_output, "en", "guides", "getting-started", "writing-guides", "index.html"));
        Assert.Contains("Save with <kbd>Ctrl</kbd>+<kbd>S</kbd> and the page", guide, StringComparison.Ordinal);
        Assert.Matches(@"<li>\d+ min read</li>", guide);
        Assert.Equal("/* TEAM */\nAuthor: Editorial team\n", File.ReadAllText(Path.Combine(_output, "humans.txt")));
    }

    [Fact]
    public async Task The_sample_host_s_toolkit_kind_has_its_pages_its_fields_its_listing_and_its_search_entries()
    {
        var result = await SiteBuilder.RunAsync(Options(), write: true, HostedSiteSetup.Create());

        Expect.NoDiagnostics(result.Diagnostics);
        var toolkit = File.ReadAllText(Path.Combine(_output, "en", "toolkits", "publishing-checklist", "index.html"));
        Assert.Contains("<dt>For</dt><dd>Editors of a hub</dd>", toolkit, StringComparison.Ordinal);
        Assert.Contains("<li>The check command</li>", toolkit, StringComparison.Ordinal);
        Assert.Contains("href=\"../../guides/getting-started/writing-guides/\"", toolkit, StringComparison.Ordinal);
        var listing = File.ReadAllText(Path.Combine(_output, "en", "toolkits", "index.html"));
        Assert.Contains("publishing-checklist/", listing, StringComparison.Ordinal);
        Assert.Contains("Toolkits", listing, StringComparison.Ordinal);
        var search = Directory.EnumerateFiles(Path.Combine(_output, "en", "search"), "*.js", SearchOption.AllDirectories).Select(File.ReadAllText);
        Assert.Contains(search, text => text.Contains("Checklist before publishing a guide", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_the_host_the_same_site_fails_on_the_filter_its_theme_uses()
    {
        var result = await SiteBuilder.RunAsync(Options(), write: true);

        Assert.Contains(result.Diagnostics, d => d.Code == "SG0502" && d.Location.Path.EndsWith("page-meta.liquid", StringComparison.Ordinal));
        Assert.False(File.Exists(Path.Combine(_output, "humans.txt")));
    }

    public void Dispose()
    {
        if (Directory.Exists(_output)) Directory.Delete(_output, recursive: true);
    }
}
