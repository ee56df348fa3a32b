using System.Text;

namespace StatiqGuides.Modules.Translations;

/// <summary>Writes a text file through a temporary file in the same folder and a rename, so a reader (or a crash) never
/// sees half a file. A file that started with a UTF-8 byte order mark keeps it.</summary>
public static class AtomicFile
{
    public static async Task WriteAsync(string path, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(text);
        var bom = File.Exists(path) && StartsWithBom(path);
        var temporary = Path.Combine(Path.GetDirectoryName(path)!, "." + Path.GetFileName(path) + ".tmp-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await File.WriteAllTextAsync(temporary, text, new UTF8Encoding(bom), cancellationToken).ConfigureAwait(false);
        File.Move(temporary, path, overwrite: true);
    }

    private static bool StartsWithBom(string path)
    {
        Span<byte> head = stackalloc byte[3];
        using var stream = File.OpenRead(path);
        return stream.Read(head) == 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF;
    }
}
