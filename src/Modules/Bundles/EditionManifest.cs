using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;

namespace StatiqGuides.Modules.Bundles;

/// <summary>The bundle's <c>manifest.json</c>: which edition this is (the latest content update and, when known, the
/// source commit), the languages it carries, the SHA-256 of every other file, so a copy passed from hand to hand
/// can be checked, and the edition it was patched from (<c>previous</c>: the SHA-256 of that edition's manifest),
/// so a chain of patches can be checked link by link.</summary>
public sealed record EditionManifest(
    string? Edition,
    string? Commit,
    IReadOnlyList<string> Languages,
    IReadOnlyDictionary<string, string> Files,
    EditionReference? Previous)
{
    public const string FileName = "manifest.json";

    /// <summary>Writes the manifest into <paramref name="folder"/>, covering every file already there.</summary>
    public static void WriteInto(string folder, DateOnly? edition, string? commit, IReadOnlyList<string> languages,
        EditionReference? previous = null)
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
        if (previous is not null)
        {
            json.WriteStartObject("previous");
            if (previous.Edition is null) json.WriteNull("edition");
            else json.WriteString("edition", previous.Edition);
            if (previous.Commit is null) json.WriteNull("commit");
            else json.WriteString("commit", previous.Commit);
            json.WriteString("manifest_sha256", previous.ManifestSha256);
            json.WriteEndObject();
        }
        json.WriteStartObject("files");
        foreach (var file in files)
        {
            json.WriteString(file, Sha256Of(Path.Combine(folder, file)));
        }
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>Reads a manifest from its bytes; null when they are not a manifest this tool wrote.</summary>
    public static EditionManifest? Parse(ReadOnlySpan<byte> bytes)
    {
        try
        {
            using var document = JsonDocument.Parse(bytes.ToArray());
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("files", out var files) || files.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("languages", out var languages) || languages.ValueKind != JsonValueKind.Array)
            {
                return null;
            }
            var map = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var file in files.EnumerateObject())
            {
                if (file.Value.ValueKind != JsonValueKind.String || !IsSha256(file.Value.GetString())) return null;
                map[file.Name] = file.Value.GetString()!;
            }
            EditionReference? previous = null;
            if (root.TryGetProperty("previous", out var before) && before.ValueKind == JsonValueKind.Object
                && before.TryGetProperty("manifest_sha256", out var sha) && IsSha256(sha.GetString()))
            {
                previous = new EditionReference(StringOrNull(before, "edition"), StringOrNull(before, "commit"), sha.GetString()!);
            }
            return new EditionManifest(StringOrNull(root, "edition"), StringOrNull(root, "commit"),
                [.. languages.EnumerateArray().Where(l => l.ValueKind == JsonValueKind.String).Select(l => l.GetString()!)], map, previous);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static string Sha256Of(string file)
    {
        using var content = File.OpenRead(file);
        return Convert.ToHexStringLower(SHA256.HashData(content));
    }

    public static string Sha256Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static bool IsSha256(string? value) => value is { Length: 64 } && value.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f');

    private static string? StringOrNull(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
