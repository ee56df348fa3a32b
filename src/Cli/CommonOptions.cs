using System.CommandLine;
using StatiqGuides.Core.Pipelines;

namespace StatiqGuides.Cli;

/// <summary>The folder options every command takes (SPEC §3), and how they become <see cref="BuildOptions"/>.</summary>
internal sealed class CommonOptions
{
    /// <param name="outputDefault">The output folder when --output is not given: bundle writes into its own folder.</param>
    public CommonOptions(string outputDefault = "output")
    {
        Output = new("--output") { Description = "The output folder.", DefaultValueFactory = _ => outputDefault };
    }

    public Option<string> Output { get; }

    public Option<string> Input { get; } = new("--input") { Description = "The input folder.", DefaultValueFactory = _ => "input" };

    public Option<string> Theme { get; } = new("--theme") { Description = "The theme folder.", DefaultValueFactory = _ => "theme" };

    public Option<string?> BaseUrl { get; } = new("--base-url") { Description = "Overrides site.yml's base_url." };

    public Option<bool> Drafts { get; } = new("--drafts") { Description = "Includes pages marked draft: true." };

    public void AddTo(Command command, bool writes)
    {
        command.Options.Add(Input);
        command.Options.Add(Theme);
        if (writes) command.Options.Add(Output);
        command.Options.Add(BaseUrl);
        command.Options.Add(Drafts);
    }

    public BuildOptions Read(ParseResult result)
    {
        var here = Directory.GetCurrentDirectory();
        return new BuildOptions(
            Path.GetFullPath(result.GetValue(Input)!, here),
            Path.GetFullPath(result.GetValue(Theme)!, here),
            Path.GetFullPath(result.GetValue(Output) ?? "output", here),
            here,
            result.GetValue(BaseUrl),
            result.GetValue(Drafts));
    }
}
