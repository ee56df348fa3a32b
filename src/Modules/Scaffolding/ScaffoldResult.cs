namespace StatiqGuides.Modules.Scaffolding;

/// <summary>A new file to write, or why it cannot be made (a message for the person who asked).</summary>
public sealed record ScaffoldResult(string? Path, string? Text, string? Error)
{
    public static ScaffoldResult Refused(string message) => new(null, null, message);

    public static ScaffoldResult File(string path, string text) => new(path, text, null);
}
