using System.CommandLine;
using StatiqGuides.Cli;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Cli;

/// <summary>The options several commands take are declared once: the ones that mean the same everywhere are one
/// instance in the whole command tree, so their name, description and default cannot drift apart.</summary>
public sealed class CommonOptionsTests
{
    /// <summary>Every command of the tree by its path: "translations diff".</summary>
    private static Dictionary<string, Command> All()
    {
        var all = new Dictionary<string, Command>(StringComparer.Ordinal);
        void Add(Command command, string path)
        {
            all[path] = command;
            foreach (var sub in command.Subcommands) Add(sub, path.Length == 0 ? sub.Name : $"{path} {sub.Name}");
        }
        Add(CommandLine.Create(ToolRunner.Environment(RepositoryPaths.Root, TextWriter.Null, TextWriter.Null)), "");
        return all;
    }

    [Theory]
    [InlineData("--input")]
    [InlineData("--theme")]
    [InlineData("--base-url")]
    [InlineData("--drafts")]
    [InlineData("--slug")]
    [InlineData("--title")]
    public void An_option_that_means_the_same_in_every_command_is_one_instance(string name)
    {
        var options = All().Values.SelectMany(c => c.Options.Where(o => o.Name == name)).ToList();

        Assert.True(options.Count > 1, $"{name} is taken by {options.Count} commands");
        Assert.Single(options.Distinct());
    }

    [Fact]
    public void Every_command_that_reads_the_site_takes_the_folder_options()
    {
        string[] reading = ["build", "check", "serve", "bundle", "translations", "translations diff", "translations export",
            "translations import", "translations accept", "new guide", "new case-study", "new translation", "new language", "codeowners"];
        string[] folderOptions = ["--input", "--theme", "--base-url", "--drafts"];
        var all = All();

        Assert.All(reading, path => Assert.True(
            folderOptions.All(n => all[path].Options.Any(o => o.Name == n)),
            $"'{path}' lacks a folder option: {string.Join(", ", all[path].Options.Select(o => o.Name))}"));
    }
}
