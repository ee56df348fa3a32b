namespace StatiqGuides.Modules.Bundles;

/// <summary>One published file of <see cref="DownloadsIndex"/>.</summary>
/// <param name="Kind">zip, manifest, patch, epub or zim.</param>
/// <param name="Section">The section an EPUB holds; null for the others.</param>
/// <param name="FromEdition">The edition a patch updates; null for the others.</param>
public sealed record DownloadEntry(string File, string Kind, IReadOnlyList<string> Languages, string? Section, string? Edition,
    long Bytes, string Sha256, string? FromEdition = null);
