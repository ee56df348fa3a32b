using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;

namespace StatiqGuides.Modules.Bundles;

/// <summary>The bundle's <c>manifest.json</c>: which edition this is (the latest content update and, when known, the
/// source commit), the languages it carries, and the SHA-256 of every other file, so a copy passed from hand to hand
/// can be checked.</summary>
public static class EditionManifest
{
    public const string FileName = "manifest.json";

    /// <summary>Writes the manifest into <paramref name="folder"/>, covering every file already there.</summary>
    public static void WriteInto(string folder, DateOnly? edition, string? commit, IReadOnlyList<string> languages)
    {
        ArgumentNullException.ThrowIfNull(languages);
        var files = BundleFiles.List(folder).Where(f => f != FileName).ToList();
        using var stream = File.Create(Path.Combine(folder, FileName));
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        if (edition is { } date) json.WriteString("edition", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        else json.WriteNull("edition");
        if (commit is null) json.WriteNull("commit");
        else json.WriteString("commit", commit);
        json.WriteStartArray("languages");
        foreach (var language in languages) json.WriteStringValue(language);
        json.WriteEndArray();
        json.WriteStartObject("files");
        foreach (var file in files)
        {
            using var content = File.OpenRead(Path.Combine(folder, file));
            json.WriteString(file, Convert.ToHexStringLower(SHA256.HashData(content)));
        }
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
