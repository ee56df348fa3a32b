namespace StatiqGuides.Modules.Output;

/// <summary>Replaces a folder's contents as one step: fill a staging folder, then swap it in by renames.</summary>
public static class AtomicFolder
{
    public static void Replace(string target, Action<string> fill)
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
            var hadPrevious = Directory.Exists(full);
            if (hadPrevious)
            {
                Directory.Move(full, retired);
            }
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
