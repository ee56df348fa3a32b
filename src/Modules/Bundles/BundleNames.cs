using System.Globalization;

namespace StatiqGuides.Modules.Bundles;

/// <summary>The names of what <c>bundle</c> writes: the zips, the folder each zip holds, the patches and the EPUBs.</summary>
public static class BundleNames
{
    public const string All = "all";

    public static string Zip(string name) => $"guides-{name}.zip";

    /// <summary>The manifest published beside a zip, which the next <c>bundle --since</c> reads.</summary>
    public static string Manifest(string name) => $"guides-{name}.manifest.json";

    public static string Patch(string name, string? fromEdition) => $"guides-{name}-patch-from-{fromEdition ?? Undated}.zip";

    public static string Epub(string language, string sectionId) => $"guides-{language}-{sectionId}.epub";

    public static string Zim(string language) => $"guides-{language}.zim";

    /// <summary>The one top-level folder of a zip, so unzipping never scatters files: <c>statiqguides-en-2026-11-20</c>.</summary>
    public static string TopFolder(string name, DateOnly? edition) => $"statiqguides-{name}-{EditionText(edition)}";

    public static string EditionText(DateOnly? edition) =>
        edition?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? Undated;

    private const string Undated = "undated";
}
