using StatiqGuides.Core.Pipelines;

namespace StatiqGuides.Modules.Sources;

/// <summary>Lists the input folder (<see cref="InputListing"/>).</summary>
public sealed class ListInputFiles : PipelineModule<NoInput, InputListing>
{
    public override ValueTask<InputListing> ExecuteAsync(NoInput input, BuildContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var root = context.Options.InputDirectory;
        // A refused input folder (SourceRoots) could be a link to '/': it is not walked.
        if (!Directory.Exists(root) || !SourceRoots.Allowed(root, context.Options)) return ValueTask.FromResult(new InputListing([]));
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = 0 };
        var files = Directory.EnumerateFiles(root, "*", options).Where(path => !IsEditorFile(Path.GetFileName(path)))
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/')).ToList();
        files.Sort(StringComparer.Ordinal);
        return ValueTask.FromResult(new InputListing(files));
    }

    /// <summary>Swap, backup and lock files editors keep beside the file being edited (<c>.x.md.swp</c>, <c>x.md~</c>,
    /// <c>#x.md#</c>): left out, or every save in an editor would render every page again. A page linking to such a file
    /// (no page should) is not rendered again when it appears or goes.</summary>
    public static bool IsEditorFile(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.StartsWith('.') || name.StartsWith('#') || name.EndsWith('~')
            || name.EndsWith(".swp", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".swx", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase) || name == "4913";
    }
}
