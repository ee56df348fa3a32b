namespace StatiqGuides.Cli;

/// <summary>How the user runs the tool, so that hints name a command they can paste: <c>statiqguides check</c> when
/// installed as a global tool, <c>dotnet statiqguides check</c> as a local tool, <c>dotnet run -c Release -- check</c>
/// from the repository. Diagnostics are written with <see cref="ToolName"/>; <see cref="Apply"/> rewrites them.</summary>
internal sealed record CommandInvocation(string Prefix)
{
    public const string ToolName = "statiqguides";

    /// <summary>Derived from the running process: the repository build runs from <c>bin/&lt;Configuration&gt;/…</c>
    /// below <c>StatiqGuides.csproj</c>; a global tool's shim is named after the tool; a local tool runs under dotnet.</summary>
    public static CommandInvocation Current() => Detect(AppContext.BaseDirectory, Environment.ProcessPath);

    public static CommandInvocation Detect(string baseDirectory, string? processPath)
    {
        ArgumentNullException.ThrowIfNull(baseDirectory);
        var folder = new DirectoryInfo(baseDirectory);
        for (var depth = 0; folder is not null && depth < 7; depth++, folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "StatiqGuides.csproj")))
            {
                var relative = Path.GetRelativePath(folder.FullName, baseDirectory).Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
                var configuration = relative.Length > 1 && relative[0] == "bin" ? relative[1] : "Release";
                return new CommandInvocation($"dotnet run -c {configuration} --");
            }
        }
        var process = Path.GetFileNameWithoutExtension(processPath ?? "");
        return string.Equals(process, "dotnet", StringComparison.OrdinalIgnoreCase)
            ? new CommandInvocation("dotnet " + ToolName)
            : new CommandInvocation(string.IsNullOrEmpty(process) ? ToolName : process);
    }

    /// <summary>The text with every quoted <c>statiqguides …</c> command written as this invocation.</summary>
    public string Apply(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Prefix == ToolName ? text : text
            .Replace("`" + ToolName + " ", "`" + Prefix + " ", StringComparison.Ordinal)
            .Replace("'" + ToolName + " ", "'" + Prefix + " ", StringComparison.Ordinal);
    }
}
