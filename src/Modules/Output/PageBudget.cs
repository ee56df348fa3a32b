namespace StatiqGuides.Modules.Output;

/// <summary>What a page may weigh for readers on slow links and old machines (docs/offline-editions.md).</summary>
public static class PageBudget
{
    /// <summary>HTML, CSS and JavaScript of one page, uncompressed, images excluded.</summary>
    public const int PageBytes = 100 * 1024;

    public const int ScriptBytes = 30 * 1024;

    public const int ImageBytes = 500 * 1024;

    public static IReadOnlySet<string> ImageExtensions { get; } =
        new HashSet<string>([".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".svg"], StringComparer.OrdinalIgnoreCase);
}
