using System.CommandLine;
using StatiqGuides.Core.Pipelines;

namespace StatiqGuides.Cli;

/// <summary>Every option that more than one command takes, declared here once (SPEC §3), and how the folder options
/// become <see cref="BuildOptions"/>. The options that mean the same everywhere are one instance each, added to every
/// command that takes them; an option whose default or values depend on the command (--output, --format, --lang,
/// --section) has one factory here. No command declares an option of a name another command uses.</summary>
/// <remarks>One per command tree: an option instance records the commands it is added to.</remarks>
internal sealed class CommonOptions(string workingDirectory)
{
    private const string OutputName = "--output";
    private const string FormatName = "--format";
    private const string LanguageName = "--lang";
    private const string SectionName = "--section";

    public Option<string> Input { get; } = new("--input") { Description = "The input folder.", DefaultValueFactory = _ => "input" };

    public Option<string> Theme { get; } = new("--theme") { Description = "The theme folder.", DefaultValueFactory = _ => "theme" };

    public Option<string?> BaseUrl { get; } = new("--base-url") { Description = "Overrides site.yml's base_url." };

    public Option<bool> Drafts { get; } = new("--drafts") { Description = "Includes pages marked draft: true." };

    /// <summary>The new guide's or case study's file name and uid.</summary>
    public Option<string> Slug { get; } = new("--slug") { Description = "The file name and uid: lower-case words joined by hyphens.", Required = true };

    public Option<string> Title { get; } = new("--title") { Description = "The title of the guide or case study.", Required = true };

    /// <summary>Where the command writes: a folder (build, bundle) or a file (translations export); null: its own default.</summary>
    public static Option<string?> Output(string description, string? defaultValue = null) =>
        defaultValue is null
            ? new(OutputName) { Description = description }
            : new(OutputName) { Description = description, DefaultValueFactory = _ => defaultValue };

    /// <summary>How the command prints its report: one of the names of <typeparamref name="T"/>, lower-case.</summary>
    /// <remarks>Names are read in any case; a wrong one is refused with the names, as the help lists them.</remarks>
    public static Option<T> Format<T>(string description, T defaultValue) where T : struct, Enum
    {
        var names = Enum.GetNames<T>().Select(n => n.ToLowerInvariant()).ToList();
        return new(FormatName)
        {
            Description = description,
            DefaultValueFactory = _ => defaultValue,
            HelpName = string.Join('|', names),
            CustomParser = result =>
            {
                var token = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
                if (names.Contains(token.ToLowerInvariant()) && Enum.TryParse<T>(token, ignoreCase: true, out var value)) return value;
                result.AddError($"'{token}' is not a format of {FormatName}: use {string.Join(", ", names.SkipLast(1))} or {names[^1]}.");
                return defaultValue;
            },
        };
    }

    /// <summary>What the command makes, from <paramref name="values"/>; repeat for several.</summary>
    public static Option<string[]> Formats(string description, params string[] values)
    {
        var option = new Option<string[]>(FormatName) { Description = description, AllowMultipleArgumentsPerToken = false };
        option.AcceptOnlyFromAmong(values);
        return option;
    }

    /// <summary>The one language the command works on.</summary>
    public static Option<string> Language(string description) => new(LanguageName) { Description = description, Required = true };

    /// <summary>The languages the command is limited to; repeat for several, none for all.</summary>
    public static Option<string[]> Languages(string description) => new(LanguageName) { Description = description, AllowMultipleArgumentsPerToken = false };

    public static Option<string?> Section(string description, bool required) => new(SectionName) { Description = description, Required = required };

    /// <summary>Adds the folder options, <paramref name="output"/> when the command writes a site, and --base-url and --drafts.</summary>
    public void AddTo(Command command, Option<string?>? output = null)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(Input);
        command.Options.Add(Theme);
        if (output is not null) command.Options.Add(output);
        command.Options.Add(BaseUrl);
        command.Options.Add(Drafts);
    }

    /// <summary>The folder that a command reading the site cannot run without, when it is missing: input/, or a theme
    /// folder given with --theme (theme/, the default, need not exist: the built-in theme is used).</summary>
    /// <returns>"input" or "theme", for <see cref="CommandEnvironment.FolderMissing"/>, and its path; null when both are there.</returns>
    public (string What, string Path)? MissingFolder(ParseResult result, BuildOptions options)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(options);
        if (!Directory.Exists(options.InputDirectory)) return ("input", options.InputDirectory);
        if (result.GetResult(Theme) is { Implicit: false } && !Directory.Exists(options.ThemeDirectory)) return ("theme", options.ThemeDirectory);
        return null;
    }

    /// <summary>The folders of the command line, absolute; <paramref name="output"/> is the output folder, output/ without one.</summary>
    public BuildOptions Read(ParseResult result, Option<string?>? output = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new BuildOptions(
            Path.GetFullPath(result.GetValue(Input)!, workingDirectory),
            Path.GetFullPath(result.GetValue(Theme)!, workingDirectory),
            Path.GetFullPath((output is null ? null : result.GetValue(output)) ?? "output", workingDirectory),
            workingDirectory,
            result.GetValue(BaseUrl),
            result.GetValue(Drafts));
    }
}
