using System.Text.RegularExpressions;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Content;

/// <summary>The <c>new</c> commands the contribute pages tell authors to run, run as written against a copy of the
/// repository's input/: an example the tool refuses (an existing slug, say) would fail the first thing a reader tries.</summary>
public sealed partial class ContributeExamplesTests
{
    public static TheoryData<string> Pages() =>
        new(Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Input, "pages"), "contribute*.md").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_new_command_on_the_contribute_page_is_accepted_by_the_tool(string page)
    {
        var commands = NewCommand().Matches(File.ReadAllText(Path.Combine(RepositoryPaths.Input, "pages", page)))
            .Select(m => m.Groups["args"].Value).ToList();
        Assert.True(commands.Count >= 2, $"{page} shows {commands.Count} 'new' commands");
        var root = Path.Combine(Path.GetTempPath(), "statiqguides-tests", Guid.NewGuid().ToString("N"));
        try
        {
            foreach (var command in commands)
            {
                // A fresh copy each time, so that one example cannot make room for, or collide with, another.
                if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
                TestSite.CopyFolder(RepositoryPaths.Input, Path.Combine(root, "input"));
                TestSite.CopyFolder(RepositoryPaths.Theme, Path.Combine(root, "theme"));
                var run = await ToolRunner.RunAsync(root, ["new", .. Arguments(command)]);
                Assert.True(run.ExitCode == 0, $"{page}: new {command}\n{run}");
                Assert.Contains("Created ", run.Stdout, StringComparison.Ordinal);
            }
        }
        finally
        {
            if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>Splits a shell command line as sh does for these examples: words, and double-quoted strings.</summary>
    private static IEnumerable<string> Arguments(string command) =>
        Word().Matches(command).Select(m => m.Groups["quoted"].Success ? m.Groups["quoted"].Value : m.Value);

    [GeneratedRegex(@"dotnet run -c Release -- new (?<args>(?:guide|case-study) [^\r\n`]+)", RegexOptions.CultureInvariant)]
    private static partial Regex NewCommand();

    [GeneratedRegex("\"(?<quoted>[^\"]*)\"|[^\\s\"]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
