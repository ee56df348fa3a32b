using Spectre.Console;

namespace StatiqGuides.Cli;

/// <summary>What the terminal a person watches can show, as Spectre.Console detected it for the process.</summary>
/// <param name="Ansi">Whether it understands ANSI escapes (bold, colours, moving the cursor for the progress display).</param>
/// <param name="Colors">The colours it shows.</param>
/// <param name="Width">Its width in columns, where Spectre wraps lines.</param>
internal sealed record ConsoleTerminal(bool Ansi, ColorSystem Colors, int Width)
{
    /// <summary>A Spectre console that writes to <paramref name="writer"/>, for this terminal, honouring NO_COLOR and CI
    /// variables (GITHUB_ACTIONS, TF_BUILD…, which turn the progress display off) from <paramref name="variables"/>
    /// rather than from the process.</summary>
    public IAnsiConsole Create(TextWriter writer, IReadOnlyDictionary<string, string?> variables)
    {
        ArgumentNullException.ThrowIfNull(variables);
        var noColor = variables.TryGetValue("NO_COLOR", out var value) && !string.IsNullOrEmpty(value);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = Ansi ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = noColor ? ColorSystemSupport.NoColors : Support(Colors),
            Interactive = InteractionSupport.Yes,
            EnvironmentVariables = variables.Where(v => v.Value is not null).ToDictionary(v => v.Key, v => v.Value!, StringComparer.OrdinalIgnoreCase),
        });
        console.Profile.Width = Width;
        return console;
    }

    private static ColorSystemSupport Support(ColorSystem colors) => colors switch
    {
        ColorSystem.Legacy => ColorSystemSupport.Legacy,
        ColorSystem.Standard => ColorSystemSupport.Standard,
        ColorSystem.EightBit => ColorSystemSupport.EightBit,
        ColorSystem.TrueColor => ColorSystemSupport.TrueColor,
        _ => ColorSystemSupport.NoColors,
    };
}
