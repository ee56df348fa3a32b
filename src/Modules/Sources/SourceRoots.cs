using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Core.Pipelines;

namespace StatiqGuides.Modules.Sources;

/// <summary>Whether the input and theme folders may be read at all. A folder under the current folder (the repository a
/// pull request changes) that is a symbolic link, or is reached through one, to a place outside the current folder is
/// refused (SG0011): a pull request that replaced <c>input/</c> by a link to <c>/</c> or to the CI's home would otherwise
/// make that place the input, and publish what is there. A folder given outside the current folder is the operator's
/// choice, and is read wherever its links lead.</summary>
public static class SourceRoots
{
    /// <summary>The folders of <paramref name="options"/> that are refused, as (what, full path): "input" or "theme".</summary>
    public static IReadOnlyList<(string What, string Path)> Refused(BuildOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var refused = new List<(string, string)>(2);
        if (!Allowed(options.InputDirectory, options)) refused.Add(("input", options.InputDirectory));
        if (!Allowed(options.ThemeDirectory, options)) refused.Add(("theme", options.ThemeDirectory));
        return refused;
    }

    /// <summary>Whether <paramref name="root"/> may be read: it is not under the current folder, or it really is.</summary>
    public static bool Allowed(string root, BuildOptions options)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(options);
        var here = Path.GetFullPath(options.DisplayRoot);
        var full = Path.GetFullPath(root);
        if (!Containment.IsInside(full, here)) return true;
        // A loop of links leads nowhere that can be read; it is refused as well.
        return Containment.RealPath(full) is { } real && Containment.RealPath(here) is { } realHere && Containment.IsInside(real, realHere);
    }

    /// <summary>Reports each refused folder at itself; true when none is.</summary>
    public static bool Check(BuildOptions options, IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var refused = Refused(options);
        foreach (var (what, path) in refused)
        {
            var display = options.DisplayPath(path);
            diagnostics.Report(DiagnosticCodes.SourceFolderOutside, SourceLocation.StartOf(display), what, display);
        }
        return refused.Count == 0;
    }
}
