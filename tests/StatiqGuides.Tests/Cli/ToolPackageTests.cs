using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Cli;

/// <summary>The tool as users get it: packed, installed with <c>dotnet tool install</c>, and run where there is no
/// theme folder, so that the built-in theme must come from inside the package.</summary>
/// <remarks>SLOW (about 10 s: pack and install). Offline: the install reads only the package just packed, from a
/// folder, into a package cache of its own (a cached StatiqGuides.Tool 0.1.0 from an earlier run is never used).</remarks>
public sealed class ToolPackageTests
{
    private static readonly TimeSpan Slow = TimeSpan.FromMinutes(5);

    [DotnetSdkFact]
    public async Task Slow_the_packed_tool_installs_and_builds_a_site_of_only_input_and_an_init_site_with_no_diagnostic()
    {
        var root = Path.Combine(Path.GetTempPath(), "statiqguides-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        try
        {
            var feed = Path.Combine(root, "feed");
            var tools = Path.Combine(root, "tools");
            // The configuration the tests were built in: its build is up to date, so pack does not compile again.
            var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
            var pack = await ExternalProcess.RunAsync("dotnet", RepositoryPaths.Root,
                ["pack", Path.Combine(RepositoryPaths.Root, "StatiqGuides.csproj"), "-c", configuration, "-o", feed], Slow);
            Assert.True(pack.ExitCode == 0, pack.ToString());
            var config = Path.Combine(root, "nuget.config");
            await File.WriteAllTextAsync(config, $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <clear />
                    <add key="packed" value="{feed}" />
                  </packageSources>
                </configuration>
                """);
            var install = await ExternalProcess.RunAsync("dotnet", root,
                ["tool", "install", "--tool-path", tools, "--configfile", config, "--add-source", feed, "StatiqGuides.Tool", "--version", "0.1.0"],
                Slow, new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(root, "packages") });
            Assert.True(install.ExitCode == 0, install.ToString());
            var tool = Path.Combine(tools, OperatingSystem.IsWindows() ? "statiqguides.exe" : "statiqguides");

            using var site = TestSite.Create().WithCaseStudy("a-study").WithoutThemeFolder();
            Assert.Equal(["input"], Directory.GetFileSystemEntries(site.Root).Select(Path.GetFileName));
            var built = await ExternalProcess.RunAsync(tool, site.Root, ["build"], Slow);
            Assert.True(built.ExitCode == 0, built.ToString());
            Assert.Matches(@"^Built \d+ pages \(\d+ files in output\) in \d+\.\d\d s: 0 errors, 0 warnings\.\n$", built.Stdout);
            Assert.True(File.Exists(site.OutputPath(TestSite.GoodGuidePage)));

            var fresh = Path.Combine(root, "fresh");
            Directory.CreateDirectory(fresh);
            var init = await ExternalProcess.RunAsync(tool, fresh, ["init"], Slow);
            Assert.True(init.ExitCode == 0, init.ToString());
            var initBuilt = await ExternalProcess.RunAsync(tool, fresh, ["build"], Slow);
            Assert.True(initBuilt.ExitCode == 0, initBuilt.ToString());
            Assert.Matches(@"^Built \d+ pages \(\d+ files in output\) in \d+\.\d\d s: 0 errors, 0 warnings\.\n$", initBuilt.Stdout);
            Assert.Equal("", initBuilt.Stderr);

            // Installed, hints and help name the tool as it is run, not `dotnet run -c Release --` or the assembly.
            var mistake = await ExternalProcess.RunAsync(tool, fresh, ["check", "--input", "nowhere"], Slow);
            Assert.Equal(1, mistake.ExitCode);
            Assert.Contains("error SG0010: the input folder 'nowhere' does not exist\n    fix: ", mistake.Stderr, StringComparison.Ordinal);
            Assert.Contains("`statiqguides init` writes a new one.", mistake.Stderr, StringComparison.Ordinal);
            var help = await ExternalProcess.RunAsync(tool, fresh, ["check", "--help"], Slow);
            Assert.Contains("Usage:\n  statiqguides check [options]\n", help.Stdout, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
