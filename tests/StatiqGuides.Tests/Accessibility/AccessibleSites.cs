using HostedSite;
using StatiqGuides.Core.Pipelines;
using StatiqGuides.Modules.Build;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Accessibility;

/// <summary>The sites the accessibility tests visit, built once for the whole collection: the real input/ with the
/// default theme, and the sample host of docs/extending.md, whose registered kind uses the theme's generic listing.</summary>
public sealed class AccessibleSites : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "sg-a11y-" + Guid.NewGuid().ToString("N"));

    public StaticHost Real { get; private set; } = null!;

    public StaticHost Sample { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var real = Path.Combine(_root, "real");
        var realOrigin = new Uri("https://guides.test/");
        var sample = Path.Combine(_root, "sample");
        var sampleOrigin = new Uri("https://sample.test/");
        var sampleFolder = Path.Combine(RepositoryPaths.Root, "samples", "HostedSite");
        var builds = await Task.WhenAll(
            SiteBuilder.RunAsync(new BuildOptions(RepositoryPaths.Input, RepositoryPaths.Theme, real, RepositoryPaths.Root, realOrigin.AbsoluteUri), write: true),
            SiteBuilder.RunAsync(new BuildOptions(Path.Combine(sampleFolder, "input"), Path.Combine(sampleFolder, "theme"), sample, sampleFolder, sampleOrigin.AbsoluteUri),
                write: true, HostedSiteSetup.Create()));
        foreach (var build in builds) Expect.NoDiagnostics(build.Diagnostics);
        Real = new StaticHost(real, realOrigin);
        Sample = new StaticHost(sample, sampleOrigin);
    }

    public async Task DisposeAsync()
    {
        if (Real is not null) await Real.DisposeAsync();
        if (Sample is not null) await Sample.DisposeAsync();
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }
}
