using System.Text;
using System.Text.Json;

namespace StatiqGuides.Modules.Bundles;

/// <summary>Writes the patch zip that turns the edition of an old manifest into the bundle folder just built.</summary>
public static class PatchWriter
{
    /// <param name="from">The old edition's manifest and the SHA-256 of its bytes.</param>
    /// <param name="folder">The new bundle's folder, its manifest written.</param>
    /// <param name="scratch">A folder for patch.json and removed.txt before they are zipped.</param>
    public static PatchSummary Write(EditionManifest from, string fromSha256, string folder, string zipPath, string name,
        DateTimeOffset timestamp, string scratch)
    {
        ArgumentNullException.ThrowIfNull(from);
        var manifestPath = Path.Combine(folder, EditionManifest.FileName);
        var to = EditionManifest.Parse(File.ReadAllBytes(manifestPath))!;
        var changed = to.Files.Where(f => !from.Files.TryGetValue(f.Key, out var old) || old != f.Value).Select(f => f.Key).ToList();
        var removed = from.Files.Keys.Where(f => !to.Files.ContainsKey(f)).Order(StringComparer.Ordinal).ToList();
        changed.Add(EditionManifest.FileName);

        Directory.CreateDirectory(scratch);
        var description = Path.Combine(scratch, PatchFormat.Description);
        using (var stream = File.Create(description))
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("format", PatchFormat.Version);
            json.WriteStartArray("languages");
            foreach (var language in to.Languages) json.WriteStringValue(language);
            json.WriteEndArray();
            WriteEdition(json, "from", from.Edition, from.Commit, fromSha256);
            WriteEdition(json, "to", to.Edition, to.Commit, EditionManifest.Sha256Of(manifestPath));
            json.WriteStartArray("removed");
            foreach (var file in removed) json.WriteStringValue(file);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        var removedList = Path.Combine(scratch, PatchFormat.RemovedList);
        File.WriteAllText(removedList, string.Concat(removed.Select(r => r + "\n")), new UTF8Encoding(false));

        var top = PatchFormat.TopFolder(name, to.Edition);
        DeterministicZip.Write(zipPath, timestamp,
        [
            ($"{top}/{PatchFormat.Description}", description),
            ($"{top}/{PatchFormat.RemovedList}", removedList),
            .. changed.Order(StringComparer.Ordinal).Select(f => ($"{top}/{PatchFormat.FilesFolder}{f}", Path.Combine(folder, f))),
        ]);
        return new PatchSummary(changed.Count, removed.Count);
    }

    private static void WriteEdition(Utf8JsonWriter json, string property, string? edition, string? commit, string sha256)
    {
        json.WriteStartObject(property);
        if (edition is null) json.WriteNull("edition");
        else json.WriteString("edition", edition);
        if (commit is null) json.WriteNull("commit");
        else json.WriteString("commit", commit);
        json.WriteString("manifest_sha256", sha256);
        json.WriteEndObject();
    }
}
