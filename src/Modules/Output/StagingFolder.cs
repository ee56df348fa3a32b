using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using Microsoft.Win32.SafeHandles;
using StatiqGuides.Core.Content;
using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Core.Pipelines;

namespace StatiqGuides.Modules.Output;

/// <summary>The folder beside the output that a write build fills — pages as they are laid out (<see cref="Stage(OutputFile, IDiagnosticSink)"/>),
/// the other files at the end (<see cref="Replace"/>) — and that then replaces the output as one step, by renames.
/// Disposing it removes what a failed or cancelled build left, so the last good site stays as it was.</summary>
/// <remarks>The folder is made on the first file, not before: a build that fails before writing leaves no trace.</remarks>
public sealed class StagingFolder : IOutputStaging, IDisposable
{
    private readonly string _target;
    private readonly string _retired;
    private readonly string _displayPath;
    private readonly Lazy<string> _root;
    private readonly ConcurrentDictionary<string, byte> _staged = new(StringComparer.Ordinal);
    // Each staged page's references, found in the bytes as they are written: the budget's step would otherwise read every
    // page back once the last one is laid out, a serial stretch at the end of the build.
    private readonly ConcurrentDictionary<string, PageReferences> _references = new(StringComparer.Ordinal);
    private int _failed;

    /// <param name="target">The output folder the staging folder will replace.</param>
    /// <param name="displayPath">How diagnostics name the output folder.</param>
    public StagingFolder(string target, string displayPath)
    {
        ArgumentNullException.ThrowIfNull(target);
        _displayPath = displayPath ?? throw new ArgumentNullException(nameof(displayPath));
        _target = Path.GetFullPath(target).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(_target) ?? ".";
        var name = Path.GetFileName(_target);
        var staging = Path.Combine(parent, $".{name}.staging-{Environment.ProcessId}");
        _retired = Path.Combine(parent, $".{name}.previous-{Environment.ProcessId}");
        _root = new Lazy<string>(() => Create(staging), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The staging folder of a build writing to <see cref="BuildOptions.OutputDirectory"/>.</summary>
    public static StagingFolder For(BuildOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new StagingFolder(options.OutputDirectory, options.DisplayPath(options.OutputDirectory));
    }

    public OutputFile Stage(OutputFile file, IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (file.Text is not { } text) return file;
        return Stage(file.Path, () => PooledUtf8.Encode(text), diagnostics) is { } staged ? file with { Text = null, Staged = staged } : file;
    }

    public OutputFile Stage(string path, StringBuilder text, IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(diagnostics);
        return Stage(path, () => PooledUtf8.Encode(text), diagnostics) is { } staged
            ? new OutputFile(path, null, null) { Staged = staged }
            : OutputFile.FromText(path, text.ToString());
    }

    /// <returns>Where the file at <paramref name="path"/> was written and its size; null when the build has failed (the
    /// file is then the build's to keep as text).</returns>
    private StagedFile? Stage(string path, Func<(byte[] Buffer, int Length)> encode, IDiagnosticSink diagnostics)
    {
        if (Volatile.Read(ref _failed) != 0) return null;
        try
        {
            var target = OutputFolder.Target(_root.Value, path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            var encoded = encode();
            if (SitePaths.IsPage(path)) _references[path] = FindPageReferences.Find(path, encoded.Buffer.AsSpan(0, encoded.Length));
            var bytes = Write(target, encoded);
            _staged[path] = 0;
            return new StagedFile(target, bytes);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Reported once: the build has failed, and the output step will not replace the output.
            if (Interlocked.Exchange(ref _failed, 1) == 0)
            {
                diagnostics.Report(DiagnosticCodes.OutputWriteFailed, SourceLocation.StartOf(_displayPath), exception.Message);
            }
            return null;
        }
    }

    /// <summary>What <see cref="FindPageReferences"/> finds in a page this folder staged, found as it was written; null
    /// for any other file, and for a page asked for before (it is then read back): the folder does not hold a 5k site's
    /// references to the end.</summary>
    public PageReferences? ReferencesOf(OutputFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return file.Staged is not null && _references.TryRemove(file.Path, out var found) ? found : null;
    }

    /// <summary>Writes the files not yet staged, removes staged files the final list left out (a conflict's loser, a
    /// file a later step dropped), and swaps the folder in for the output.</summary>
    /// <param name="keep">Subfolders of the previous contents that another command owns (bundle's downloads/): moved
    /// into the new contents when the build did not write them, and moved back if the swap fails.</param>
    public void Replace(IReadOnlyList<OutputFile> files, ParallelOptions parallel, Func<string, bool>? keep = null, IReadOnlyList<string>? kept = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        var root = _root.Value;
        var final = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        // A stand-in this folder did not stage (another staging's, or a programming error) would leave its file out.
        if (files.FirstOrDefault(f => f.Staged is not null && !_staged.ContainsKey(f.Path)) is { } foreign)
        {
            throw new InvalidOperationException($"'{foreign.Path}' was staged elsewhere than in {root}");
        }
        foreach (var dropped in _staged.Keys.Where(p => !final.Contains(p))) Delete(root, dropped);
        // Every page has a folder of its own, and creating folders and files is file-system latency more than work.
        Parallel.ForEach(files.Where(f => f.Staged is null), parallel, file =>
        {
            var target = OutputFolder.Target(root, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            if (file.CopyFrom is { } source) CopyNew(source, target);
            else if (file.Bytes is { } bytes) WriteNew(target, bytes.AsSpan());
            else Write(target, PooledUtf8.Encode(file.Text ?? ""));
        });
        Swap(root, keep, kept);
    }

    public void Dispose()
    {
        if (_root.IsValueCreated) DeleteIfExists(_root.Value);
        DeleteIfExists(_retired);
    }

    private void Swap(string staging, Func<string, bool>? keep, IReadOnlyList<string>? kept)
    {
        var carried = new List<string>();
        foreach (var sub in kept ?? [])
        {
            var old = Path.Combine(_target, sub);
            var moved = Path.Combine(staging, sub);
            if (Directory.Exists(old) && !Directory.Exists(moved) && !File.Exists(moved) && (keep?.Invoke(old) ?? true))
            {
                Directory.Move(old, moved);
                carried.Add(sub);
            }
        }
        var hadPrevious = Directory.Exists(_target);
        try
        {
            if (hadPrevious) Directory.Move(_target, _retired);
            try
            {
                Directory.Move(staging, _target);
            }
            catch when (hadPrevious)
            {
                // Put the last good site back before reporting the failure.
                Directory.Move(_retired, _target);
                throw;
            }
        }
        catch when (carried.Count > 0 && Directory.Exists(_target) && Directory.Exists(staging))
        {
            // What was carried over goes back to the previous contents, never lost with the staging folder.
            foreach (var sub in carried) Directory.Move(Path.Combine(staging, sub), Path.Combine(_target, sub));
            throw;
        }
        DeleteIfExists(_retired);
    }

    /// <summary>Removes a staged file and the folders it leaves empty, so the output holds nothing the final list does not.</summary>
    private static void Delete(string root, string path)
    {
        var target = OutputFolder.Target(root, path);
        File.Delete(target);
        for (var folder = Path.GetDirectoryName(target); folder is not null && folder.Length > root.Length; folder = Path.GetDirectoryName(folder))
        {
            if (Directory.EnumerateFileSystemEntries(folder).Any()) break;
            Directory.Delete(folder);
        }
    }

    /// <summary>A fresh staging folder: one a killed build of a process with the same id left is removed first.</summary>
    private string Create(string staging)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(staging)!);
        DeleteIfExists(staging);
        DeleteIfExists(_retired);
        Directory.CreateDirectory(staging);
        return staging;
    }

    /// <summary>Writes a text's UTF-8 bytes (<see cref="PooledUtf8"/>) into a file of an existing folder, and returns the
    /// buffer to the pool.</summary>
    /// <returns>The file's size in bytes.</returns>
    private static long Write(string target, (byte[] Buffer, int Length) encoded)
    {
        var (buffer, length) = encoded;
        try
        {
            WriteNew(target, buffer.AsSpan(0, length));
            return length;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Writes a file the staging folder does not hold yet, as almost every file is.</summary>
    /// <remarks>Created, not opened for replacement: .NET replaces a file by truncating it to zero after opening it, even
    /// a file it has just created, and ext4 takes a truncation to zero for a file about to be rewritten, so that closing
    /// it allocates its blocks and starts writing it to disk at once, in the build's own thread (about 4 % of a clean
    /// build's samples on this machine's disk, bench/PROFILE.md). A path staged twice is the rare case that replaces.</remarks>
    private static void WriteNew(string target, ReadOnlySpan<byte> bytes)
    {
        SafeFileHandle handle;
        try
        {
            handle = File.OpenHandle(target, FileMode.CreateNew, FileAccess.Write);
        }
        catch (IOException) when (File.Exists(target))
        {
            handle = File.OpenHandle(target, FileMode.Create, FileAccess.Write);
        }
        using (handle)
        {
            RandomAccess.Write(handle, bytes, 0);
        }
    }

    /// <summary>Copies a file to a path the staging folder does not hold yet, as <see cref="WriteNew"/> writes one: a copy
    /// that may overwrite opens its target for replacement, and is truncated the same way.</summary>
    private static void CopyNew(string source, string target)
    {
        try
        {
            File.Copy(source, target, overwrite: false);
        }
        catch (IOException) when (File.Exists(target))
        {
            File.Copy(source, target, overwrite: true);
        }
    }

    private static void DeleteIfExists(string folder)
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}
