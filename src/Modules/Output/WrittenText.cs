using System.Text;

namespace StatiqGuides.Modules.Output;

/// <summary>The UTF-8 a writer left in a memory stream, as the text of a site file: with the final newline, read in
/// place. The sitemap of a large site is megabytes, and copying the stream out and then appending the newline made
/// two more copies of it.</summary>
internal static class WrittenText
{
    public static string Of(MemoryStream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        stream.WriteByte((byte)'\n');
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, checked((int)stream.Length));
    }
}
