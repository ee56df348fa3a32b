using StatiqGuides.Core.Content;
using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Modules.Sources;
using StatiqGuides.Modules.Yaml;

namespace StatiqGuides.Modules.History;

/// <summary>Finds in the history the versions of source files, by the <c>source_hash</c> they had.</summary>
/// <remarks>One per command or build; remembers each file's committed versions, so several languages of one source
/// cost one <c>git log</c> and one <c>git cat-file</c>. Thread-safe.</remarks>
public sealed class SourceVersions(GitHistory? history)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<IReadOnlyList<SourceVersion>>> _versions = new(StringComparer.Ordinal);

    public GitHistory? History { get; } = history;

    /// <summary>The most recent committed version of <paramref name="source"/> whose hash is <paramref name="sourceHash"/>.</summary>
    public VersionLookup Find(ContentItem source, string? sourceHash)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (string.IsNullOrEmpty(sourceHash)) return VersionLookup.NotFound("the translation has no source_hash, so the version it was made from is unknown");
        if (History is null) return VersionLookup.NotFound("there is no git history here (git is missing, or the folder is not a repository)");
        var versions = VersionsOf(source.FullPath);
        if (versions.FirstOrDefault(v => v.Hash == sourceHash) is { } found) return VersionLookup.Found(found);
        return VersionLookup.NotFound(History.IsShallow
            ? $"no version of the source with source_hash {sourceHash} is in this shallow clone; fetch more history (git fetch --unshallow)"
            : $"no committed version of the source has source_hash {sourceHash}");
    }

    /// <summary>The version of <paramref name="fullPath"/> at <paramref name="commit"/>, or null when the file was not there.</summary>
    public SourceVersion? At(string commit, string fullPath)
    {
        ArgumentNullException.ThrowIfNull(commit);
        if (History is null) return null;
        var text = History.ReadFiles([(commit, History.RepositoryPath(fullPath))])[0];
        return text is null ? null : Parse(commit, DateTimeOffset.MinValue, text);
    }

    /// <summary>The text of each file at <paramref name="commit"/>, read with one git call; null where a file was not
    /// there (or there is no history).</summary>
    public IReadOnlyList<string?> TextsAt(string commit, IReadOnlyList<string> fullPaths)
    {
        ArgumentNullException.ThrowIfNull(commit);
        ArgumentNullException.ThrowIfNull(fullPaths);
        if (History is null) return [.. fullPaths.Select(_ => (string?)null)];
        return History.ReadFiles([.. fullPaths.Select(p => (commit, History.RepositoryPath(p)))]);
    }

    /// <summary>Every committed version of the file, newest first; versions whose front matter is broken are left out.</summary>
    public IReadOnlyList<SourceVersion> VersionsOf(string fullPath)
    {
        ArgumentNullException.ThrowIfNull(fullPath);
        if (History is null) return [];
        return _versions.GetOrAdd(fullPath, path => new Lazy<IReadOnlyList<SourceVersion>>(() => Load(History, path))).Value;
    }

    private static List<SourceVersion> Load(GitHistory history, string fullPath)
    {
        var revisions = history.RevisionsOf(fullPath);
        var texts = history.ReadFiles([.. revisions.Select(r => (r.Commit, r.Path))]);
        var versions = new List<SourceVersion>();
        for (var i = 0; i < revisions.Count; i++)
        {
            if (texts[i] is { } text && Parse(revisions[i].Commit, revisions[i].CommittedAt, text) is { } version) versions.Add(version);
        }
        return versions;
    }

    /// <summary>A committed translation file's <c>source_hash</c> and body; null when its front matter cannot be read.</summary>
    public static CommittedTranslation? ParseTranslation(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Read(text) is var (mapping, body) ? new CommittedTranslation((mapping["source_hash"] as YamlScalar)?.Text, body) : null;
    }

    /// <summary>Splits a file's text as the build does and computes its <c>source_hash</c>; null when it cannot be read.</summary>
    public static SourceVersion? Parse(string commit, DateTimeOffset committedAt, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Read(text) is not var (mapping, body)) return null;
        var title = (mapping["title"] as YamlScalar)?.Text ?? "";
        var summary = (mapping["summary"] as YamlScalar)?.Text ?? "";
        return new SourceVersion(commit, committedAt, title, summary, body, SourceHash.Compute(title, summary, body));
    }

    /// <summary>A committed file's front matter and body, split and read as the build does; null when it cannot be read.</summary>
    private static (YamlMapping FrontMatter, string Body)? Read(string text)
    {
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').TrimStart('\uFEFF');
        var sink = new DiagnosticBag();
        var file = new SourceFile(ContentKind.Guide, "history", "history", "history", null, null);
        if (FrontMatterSplitter.Split(normalized, file, sink) is not { } split) return null;
        return YamlReader.Read(split.FrontMatter, "history", split.FrontMatterLine, sink) is YamlMapping mapping ? (mapping, split.Body) : null;
    }
}
