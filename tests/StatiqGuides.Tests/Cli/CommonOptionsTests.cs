using System.CommandLine;
using StatiqGuides.Cli;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Cli;

/// <summary>The options several commands take are declared once: the ones that mean the same everywhere are one
/// instance in the whole command tree, so their name, description and default cannot drift apart.</summary>
public sealed class CommonOptionsTests
{
    private static IEnumerable<Command> Commands(Command command) => command.Subcommands.SelectMany(Commands).Prepend(command);

    private static List<Command> All() =>
        [.. Commands(CommandLine.Create(ToolRunner.Environment(RepositoryPaths.Root, TextWriter.Null, TextWriter.Null)))];

    [Theory]
    [InlineData("--input", 14)]
    [InlineData("--theme", 14)]
    [InlineData("--base-url", 14)]
    [InlineData("--drafts", 14)]
    [InlineData("--slug", 2)]
    [InlineData("--title", 2)]
    public void An_option_that_means_the_same_in_every_command_is_one_instance(string name, int commands)
    {
        var options = All().SelectMany(c => c.Options.Where(o => o.Name == name).Select(o => (Command: c, Option: o))).ToList();

        Assert.Equal(commands, options.Count);
        Assert.Single(options.Select(o => o.Option).Distinct());
    }

    [Fact]
    public void Every_command_that_reads_the_site_takes_the_folder_options()
    {
        string[] folderOptions = ["--input", "--theme", "--base-url", "--drafts"];
        var reading = All().Where(c => c.Action is not null && c.Name is not "apply").ToList();

        Assert.Equal(14, reading.Count);
        Assert.All(reading, c => Assert.True(
            folderOptions.All(n => c.Options.Any(o => o.Name == n)),
            $"'{c.Name}' lacks a folder option: {string.Join(", ", c.Options.Select(o => o.Name))}"));
    }
}
