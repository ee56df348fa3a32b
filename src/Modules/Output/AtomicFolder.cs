namespace StatiqGuides.Modules.Output;

/// <summary>Replaces a folder's contents as one step: fill a staging folder, then swap it in by renames.</summary>
public static class AtomicFolder
{
    /// <param name="keep">Subfolders of the previous contents that another command owns (bundle's downloads/): moved
    /// into the new contents when <paramref name="fill"/> did not write them, and moved back if the swap fails.</param>
    public static void Replace(string target, Action<string> fill, Func<string, bool>? keep = null, IReadOnlyList<string>? kept = null)
    {
        ArgumentNullException.ThrowIfNull(fill);
        var full = Path.GetFullPath(target).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(full) ?? ".";
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(full);
        var staging = Path.Combine(parent, $".{name}.staging-{Environment.ProcessId}");
        var retired = Path.Combine(parent, $".{name}.previous-{Environment.ProcessId}");
        DeleteIfExists(staging);
        DeleteIfExists(retired);
        try
        {
            Directory.CreateDirectory(staging);
            fill(staging);
            var carried = new List<string>();
            foreach (var sub in kept ?? [])
            {
                var old = Path.Combine(full, sub);
                var moved = Path.Combine(staging, sub);
                if (Directory.Exists(old) && !Directory.Exists(moved) && !File.Exists(moved) && (keep?.Invoke(old) ?? true))
                {
                    Directory.Move(old, moved);
                    carried.Add(sub);
                }
            }
            var hadPrevious = Directory.Exists(full);
            try
            {
                if (hadPrevious) Directory.Move(full, retired);
                try
                {
                    Directory.Move(staging, full);
                }
                catch when (hadPrevious)
                {
                    // Put the last good site back before reporting the failure.
                    Directory.Move(retired, full);
                    throw;
                }
            }
            catch when (carried.Count > 0 && Directory.Exists(full) && Directory.Exists(staging))
            {
                // What was carried over goes back to the previous contents, never lost with the staging folder.
                foreach (var sub in carried) Directory.Move(Path.Combine(staging, sub), Path.Combine(full, sub));
                throw;
            }
        }
        finally
        {
            DeleteIfExists(staging);
            DeleteIfExists(retired);
        }
    }

    private static void DeleteIfExists(string folder)
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}
