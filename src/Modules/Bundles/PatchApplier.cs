using System.IO.Compression;
using System.Text.Json;
using StatiqGuides.Core.Diagnostics;

namespace StatiqGuides.Modules.Bundles;

/// <summary><c>bundle apply PATCH DIR</c>: checks everything first — the patch is for the folder's edition, every
/// path stays inside the folder, every file of the resulting tree matches the new manifest's SHA-256 — and changes
/// nothing unless all of it holds. Then it writes the new files beside their places and renames them in, removes the
/// removed files, and writes the manifest last, so an interrupted run leaves the old manifest saying what to redo.</summary>
public static class PatchApplier
{
    public static PatchApplyResult Apply(string patchPath, string folder, Func<string, string> displayPath)
    {
        ArgumentNullException.ThrowIfNull(displayPath);
        var diagnostics = new DiagnosticBag();
        var at = SourceLocation.StartOf(displayPath(patchPath));
        ZipArchive zip;
        try
        {
            zip = ZipFile.OpenRead(patchPath);
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            diagnostics.Report(DiagnosticCodes.PatchUnreadable, at, exception.Message);
            return new PatchApplyResult(diagnostics.ToSortedList(), null);
        }
        using (zip)
        {
            var plan = Check(zip, folder, at, SourceLocation.StartOf(displayPath(Path.Combine(folder, EditionManifest.FileName))), diagnostics);
            if (plan is null || diagnostics.HasErrors) return new PatchApplyResult(diagnostics.ToSortedList(), null);
            try
            {
                Write(plan, folder);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                diagnostics.Report(DiagnosticCodes.OutputWriteFailed, SourceLocation.StartOf(displayPath(folder)), exception.Message);
                return new PatchApplyResult(diagnostics.ToSortedList(), null);
            }
            return new PatchApplyResult(diagnostics.ToSortedList(), plan.Summary);
        }
    }

    private sealed record ApplyPlan(IReadOnlyList<(ZipArchiveEntry Entry, string Target)> Writes, IReadOnlyList<string> Removals,
        ZipArchiveEntry Manifest, string ManifestTarget, PatchSummary Summary);

    private static ApplyPlan? Check(ZipArchive zip, string folder, SourceLocation at, SourceLocation manifestAt, DiagnosticBag diagnostics)
    {
        var tops = zip.Entries.Select(e => e.FullName.Split('/')[0]).Distinct(StringComparer.Ordinal).ToList();
        if (tops.Count != 1 || zip.Entries.Any(e => e.FullName.EndsWith('/') && e.Length > 0))
        {
            diagnostics.Report(DiagnosticCodes.PatchUnreadable, at, "a patch holds exactly one top-level folder");
            return null;
        }
        var top = tops[0] + "/";
        var description = zip.GetEntry(top + PatchFormat.Description);
        var parsed = description is null ? null : ReadDescription(description);
        if (parsed is null)
        {
            diagnostics.Report(DiagnosticCodes.PatchUnreadable, at, $"no {PatchFormat.Description} of format {PatchFormat.Version}");
            return null;
        }
        var (from, to, removed) = parsed.Value;

        byte[] currentBytes;
        try
        {
            currentBytes = File.ReadAllBytes(Path.Combine(folder, EditionManifest.FileName));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(DiagnosticCodes.NotABundleFolder, manifestAt, exception.Message);
            return null;
        }
        var current = EditionManifest.Parse(currentBytes);
        if (current is null)
        {
            diagnostics.Report(DiagnosticCodes.NotABundleFolder, manifestAt, "it is not a bundle manifest");
            return null;
        }
        var currentSha = EditionManifest.Sha256Of(currentBytes);
        if (currentSha != from.ManifestSha256)
        {
            diagnostics.Report(DiagnosticCodes.PatchForAnotherEdition, at,
                from.Edition ?? "undated", from.ManifestSha256[..12], current.Edition ?? "undated", currentSha[..12]);
            return null;
        }

        var manifestEntry = zip.GetEntry(top + PatchFormat.FilesFolder + EditionManifest.FileName);
        var manifestBytes = manifestEntry is null ? null : ReadAll(manifestEntry);
        var next = manifestBytes is null ? null : EditionManifest.Parse(manifestBytes);
        if (manifestEntry is null || next is null || EditionManifest.Sha256Of(manifestBytes) != to.ManifestSha256
            || next.Previous?.ManifestSha256 != from.ManifestSha256)
        {
            diagnostics.Report(DiagnosticCodes.PatchTampered, at, EditionManifest.FileName, "its SHA-256 or its previous edition is not the one patch.json gives");
            return null;
        }

        var writes = new List<(ZipArchiveEntry, string)>();
        var carried = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries)
        {
            if (!entry.FullName.StartsWith(top + PatchFormat.FilesFolder, StringComparison.Ordinal) || entry.FullName.EndsWith('/')) continue;
            var relative = entry.FullName[(top.Length + PatchFormat.FilesFolder.Length)..];
            if (relative == EditionManifest.FileName) continue;
            if (PatchPaths.Resolve(folder, relative) is not { } target)
            {
                diagnostics.Report(DiagnosticCodes.PatchPathOutsideFolder, at, relative);
                continue;
            }
            if (!next.Files.TryGetValue(relative, out var expected))
            {
                diagnostics.Report(DiagnosticCodes.PatchTampered, at, relative, "the new manifest does not list it");
                continue;
            }
            using (var content = entry.Open())
            {
                if (Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content)) != expected)
                {
                    diagnostics.Report(DiagnosticCodes.PatchTampered, at, relative, "SHA-256 " + expected[..12]);
                    continue;
                }
            }
            writes.Add((entry, target));
            carried.Add(relative);
        }
        foreach (var path in removed.Concat(next.Files.Keys))
        {
            if (PatchPaths.Resolve(folder, path) is null) diagnostics.Report(DiagnosticCodes.PatchPathOutsideFolder, at, path);
        }
        if (diagnostics.HasErrors) return null;
        // The files the patch does not carry must already be in the folder as the new edition has them.
        foreach (var (file, sha) in next.Files.Where(f => !carried.Contains(f.Key)))
        {
            var path = Path.Combine(folder, file);
            if (!File.Exists(path) || EditionManifest.Sha256Of(path) != sha)
            {
                diagnostics.Report(DiagnosticCodes.BundleFolderModified, manifestAt with { Path = manifestAt.Path[..^EditionManifest.FileName.Length] + file }, file, "SHA-256 " + sha[..12]);
            }
        }
        if (diagnostics.HasErrors) return null;
        var removals = removed.Where(r => !next.Files.ContainsKey(r)).Select(r => PatchPaths.Resolve(folder, r)!).ToList();
        return new ApplyPlan(writes, removals, manifestEntry, Path.Combine(folder, EditionManifest.FileName), new PatchSummary(writes.Count + 1, removals.Count));
    }

    private static (EditionReference From, EditionReference To, IReadOnlyList<string> Removed)? ReadDescription(ZipArchiveEntry entry)
    {
        try
        {
            using var document = JsonDocument.Parse(ReadAll(entry));
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("format", out var format) || format.GetString() != PatchFormat.Version) return null;
            EditionReference? Reference(string name) =>
                root.TryGetProperty(name, out var e) && e.ValueKind == JsonValueKind.Object && e.TryGetProperty("manifest_sha256", out var sha)
                && sha.GetString() is { Length: 64 } hash
                    ? new EditionReference(e.TryGetProperty("edition", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null,
                        e.TryGetProperty("commit", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null, hash)
                    : null;
            if (Reference("from") is not { } from || Reference("to") is not { } to
                || !root.TryGetProperty("removed", out var removed) || removed.ValueKind != JsonValueKind.Array) return null;
            return (from, to, [.. removed.EnumerateArray().Select(r => r.GetString() ?? "")]);
        }
        catch (Exception exception) when (exception is JsonException or InvalidDataException or InvalidOperationException)
        {
            return null;
        }
    }

    private static byte[] ReadAll(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    private static void Write(ApplyPlan plan, string folder)
    {
        // Every new file is written beside its place first, then renamed in: the same file system, so each is one step.
        var staged = new List<(string Temporary, string Target)>();
        try
        {
            foreach (var (entry, target) in plan.Writes)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                var temporary = $"{target}.patch-{Environment.ProcessId}";
                entry.ExtractToFile(temporary, overwrite: true);
                staged.Add((temporary, target));
            }
            foreach (var (temporary, target) in staged) File.Move(temporary, target, overwrite: true);
        }
        finally
        {
            foreach (var (temporary, _) in staged.Where(s => File.Exists(s.Temporary))) File.Delete(temporary);
        }
        var root = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar);
        foreach (var removal in plan.Removals)
        {
            if (File.Exists(removal)) File.Delete(removal);
            // A fresh bundle has no empty folders: remove those the deletion left, up to the bundle's root.
            for (var parent = Path.GetDirectoryName(removal); parent is not null && parent.Length > root.Length
                && Directory.Exists(parent) && !Directory.EnumerateFileSystemEntries(parent).Any(); parent = Path.GetDirectoryName(parent))
            {
                Directory.Delete(parent);
            }
        }
        var manifestTemporary = $"{plan.ManifestTarget}.patch-{Environment.ProcessId}";
        plan.Manifest.ExtractToFile(manifestTemporary, overwrite: true);
        File.Move(manifestTemporary, plan.ManifestTarget, overwrite: true);
    }
}
