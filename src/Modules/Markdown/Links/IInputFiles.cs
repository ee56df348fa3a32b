namespace StatiqGuides.Modules.Markdown.Links;

/// <summary>The files of the input folder as links see them: a link names a file by its path, and resolving it asks
/// only whether that file is there.</summary>
/// <remarks>Implementations are thread-safe: pages are parsed in parallel.</remarks>
public interface IInputFiles
{
    /// <summary>The input folder, absolute.</summary>
    string Root { get; }

    /// <summary>Whether a file is at <paramref name="fullPath"/>, an absolute path.</summary>
    bool Exists(string fullPath);
}
