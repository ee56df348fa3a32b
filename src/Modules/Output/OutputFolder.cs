using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Core.Pipelines;
using StatiqGuides.Modules.Sources;

namespace StatiqGuides.Modules.Output;

/// <summary>Where a build or a bundle may write: an output folder that is the input, the theme or the current folder,
/// holds one of them, or lies inside the input or the theme would be replaced or emptied by the atomic swap, which
/// deletes the user's work. Such a folder is refused (SG0604) before anything is written or deleted.</summary>
public static class OutputFolder
{
    /// <returns>True when the output folder is safe to replace; otherwise the problem is reported.</returns>
    public static bool Check(BuildOptions options, IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (Problem(options) is not { } problem) return true;
        diagnostics.Report(DiagnosticCodes.UnsafeOutputFolder, SourceLocation.StartOf(options.DisplayPath(options.OutputDirectory)),
            options.DisplayPath(options.OutputDirectory), problem);
        return false;
    }

    public static string? Problem(BuildOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var output = Real(options.OutputDirectory);
        var input = Real(options.InputDirectory);
        var theme = Real(options.ThemeDirectory);
        var here = Real(options.DisplayRoot);
        if (Same(output, input)) return "is the input folder";
        if (Same(output, theme)) return "is the theme folder";
        if (Same(output, here)) return "is the current folder";
        if (Containment.IsInside(input, output)) return "holds the input folder";
        if (Containment.IsInside(theme, output)) return "holds the theme folder";
        if (Containment.IsInside(here, output)) return "holds the current folder";
        if (Containment.IsInside(output, input)) return "lies inside the input folder";
        if (Containment.IsInside(output, theme)) return "lies inside the theme folder";
        return Path.GetPathRoot(output) == output ? "is the root of the file system" : null;
    }

    private static bool Same(string a, string b) => a.Equals(b, OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);

    private static string Real(string path)
    {
        var real = Containment.RealPath(path) ?? Path.GetFullPath(path);
        var root = Path.GetPathRoot(real) ?? "";
        return real.Length > root.Length ? real.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) : real;
    }

    /// <summary>The place in <paramref name="root"/> a file of the site is written to; a path that would leave it (a
    /// programming error: every output path is built from checked identifiers) throws rather than write elsewhere.</summary>
    public static string Target(string root, string relativePath)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(relativePath);
        var full = Path.GetFullPath(Path.Combine(root, relativePath));
        var rootFull = Path.GetFullPath(root);
        if (Path.IsPathRooted(relativePath) || relativePath.Split('/', '\\').Any(s => s is "" or "." or "..")
            || !Containment.IsInside(full, rootFull) || full.Length == rootFull.TrimEnd(Path.DirectorySeparatorChar).Length)
        {
            throw new InvalidOperationException($"output path '{relativePath}' leaves the output folder");
        }
        return full;
    }
}
