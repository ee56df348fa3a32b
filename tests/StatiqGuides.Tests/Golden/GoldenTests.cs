using StatiqGuides.Core.Pipelines;
using StatiqGuides.Modules.Build;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Golden;

/// <summary>Whole pages against golden files. Each case is a folder <c>Golden/&lt;case&gt;/</c> with a small
/// <c>input/</c> site, built with the repository's theme; <c>expected/</c> holds the pages the case pins, at their
/// output paths (<c>expected/en/index.html</c>, …), and <c>diagnostics.txt</c>, what the build reported. Pages are kept
/// and compared normalised (<see cref="GoldenHtml"/>). After an intended change, rewrite every expected file with
/// <c>UPDATE_GOLDEN=1 dotnet test tests/StatiqGuides.Tests --filter Golden</c> and review the diff; CI never sets it.
/// To pin another page, add an empty file at its path under <c>expected/</c> and rewrite.</summary>
public sealed class GoldenTests
{
    private static bool Updating => Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1";

    public static TheoryData<string> Cases() =>
        new(Directory.EnumerateDirectories(RepositoryPaths.Golden).Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Pages_and_diagnostics_match_the_golden_files(string name)
    {
        var folder = Path.Combine(RepositoryPaths.Golden, name);
        var expectedFolder = Path.Combine(folder, "expected");
        var output = Path.Combine(Path.GetTempPath(), "statiqguides-golden", Guid.NewGuid().ToString("N"));
        try
        {
            var options = new BuildOptions(Path.Combine(folder, "input"), RepositoryPaths.Theme, output, folder) { MaxParallelism = 2 };
            var result = await SiteBuilder.RunAsync(options, write: true);
            var diagnostics = string.Concat(result.Lines().Select(l => l + "\n"));
            var pages = PinnedPages(expectedFolder);
            Assert.True(pages.Count > 0, $"Golden case '{name}' pins no page: add files under {expectedFolder}.");

            if (Updating)
            {
                File.WriteAllText(Path.Combine(expectedFolder, "diagnostics.txt"), diagnostics);
                foreach (var page in pages)
                {
                    File.WriteAllText(Path.Combine(expectedFolder, page), GoldenHtml.Normalize(ReadOutput(output, page)));
                }
                return;
            }

            var failures = new List<string>();
            var expectedDiagnostics = ReadExpected(expectedFolder, "diagnostics.txt");
            if (expectedDiagnostics != diagnostics)
            {
                failures.Add("diagnostics.txt differs:\n" + LineDiff.Unified(expectedDiagnostics, diagnostics));
            }
            foreach (var page in pages)
            {
                var actual = GoldenHtml.Normalize(ReadOutput(output, page));
                var expected = ReadExpected(expectedFolder, page);
                if (expected == actual) continue;
                var differences = GoldenHtml.Differences(expected, actual);
                if (differences.Count == 0) continue;
                failures.Add($"{page} differs ({differences.Count} differences: {string.Join("; ", differences.Take(5))}):\n"
                    + LineDiff.Unified(expected, actual, $"expected/{page}", $"built {page}"));
            }
            Assert.True(failures.Count == 0,
                $"Golden case '{name}' changed. If the change is intended, run UPDATE_GOLDEN=1 dotnet test tests/StatiqGuides.Tests --filter Golden and review the diff.\n\n"
                + string.Join("\n", failures));
        }
        finally
        {
            if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        }
    }

    /// <summary>The HTML files under expected/, as output paths with '/' separators.</summary>
    private static List<string> PinnedPages(string expectedFolder) =>
        Directory.Exists(expectedFolder)
            ? [.. Directory.EnumerateFiles(expectedFolder, "*.html", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(expectedFolder, f).Replace('\\', '/')).Order(StringComparer.Ordinal)]
            : [];

    private static string ReadOutput(string output, string page)
    {
        var path = Path.Combine(output, page);
        Assert.True(File.Exists(path), $"The build wrote no '{page}'.");
        return File.ReadAllText(path);
    }

    private static string ReadExpected(string expectedFolder, string file)
    {
        var path = Path.Combine(expectedFolder, file);
        return File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "";
    }
}
