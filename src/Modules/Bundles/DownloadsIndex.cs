using System.Text.Json;

namespace StatiqGuides.Modules.Bundles;

/// <summary><c>editions.json</c> in bundle's folder: every file bundle published there, with its size and SHA-256. It
/// marks the folder as bundle's product, which build keeps inside the site (<c>output/downloads/</c>) and from which
/// it writes the download pages.</summary>
public sealed record DownloadsIndex(IReadOnlyList<DownloadEntry> Files)
{
    public const string FileName = "editions.json";

    /// <summary>The folder, under the site's output, that bundle writes into by default and build keeps.</summary>
    public const string SiteFolder = "downloads";

    public static DownloadsIndex Empty { get; } = new([]);

    /// <summary>The index of <paramref name="folder"/>, or null when it has none or it cannot be read.</summary>
    public static DownloadsIndex? Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path)) return null;
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            var files = new List<DownloadEntry>();
            foreach (var item in document.RootElement.GetProperty("files").EnumerateArray())
            {
                string? Text(string name) => item.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
                var file = Text("file");
                // Only plain names: the index is read back by build, which links to them.
                if (file is null || file.Contains('/') || file.Contains('\\') || file.StartsWith('.')) continue;
                files.Add(new DownloadEntry(file, Text("kind") ?? "", [.. item.GetProperty("languages").EnumerateArray().Select(l => l.GetString() ?? "")],
                    Text("section"), Text("edition"), item.GetProperty("bytes").GetInt64(), Text("sha256") ?? "", Text("from_edition")));
            }
            return new DownloadsIndex(files);
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or IOException)
        {
            return null;
        }
    }

    /// <summary>This index with <paramref name="written"/> replacing the entries of the same files, and entries of
    /// files no longer in <paramref name="folder"/> dropped.</summary>
    public DownloadsIndex Merge(IReadOnlyList<DownloadEntry> written, string folder)
    {
        ArgumentNullException.ThrowIfNull(written);
        var names = written.Select(w => w.File).ToHashSet(StringComparer.Ordinal);
        return new DownloadsIndex([.. Files.Where(f => !names.Contains(f.File) && File.Exists(Path.Combine(folder, f.File)))
            .Concat(written).OrderBy(f => f.File, StringComparer.Ordinal)]);
    }

    public void Write(string path)
    {
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteStartArray("files");
        foreach (var file in Files)
        {
            json.WriteStartObject();
            json.WriteString("file", file.File);
            json.WriteString("kind", file.Kind);
            json.WriteStartArray("languages");
            foreach (var language in file.Languages) json.WriteStringValue(language);
            json.WriteEndArray();
            if (file.Section is null) json.WriteNull("section");
            else json.WriteString("section", file.Section);
            if (file.Edition is null) json.WriteNull("edition");
            else json.WriteString("edition", file.Edition);
            if (file.FromEdition is not null) json.WriteString("from_edition", file.FromEdition);
            json.WriteNumber("bytes", file.Bytes);
            json.WriteString("sha256", file.Sha256);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
