namespace StatiqGuides.Tests.Testing;

/// <summary>What a command of the tool did: its exit code and everything it wrote to stdout and stderr.</summary>
public sealed record ToolRun(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}
