namespace StatiqGuides.Modules.Templates.Views;

/// <summary>One published file on the download page, or the EPUB a section page links to.</summary>
/// <param name="Purpose">What the file is for, in the page's language.</param>
/// <param name="IsOnline">The link goes to the online site (from an offline bundle): it is marked so.</param>
public sealed record DownloadRow(string File, string Url, string Purpose, string Size, string? EditionText, string? EditionIso,
    string Sha256, bool IsOnline);
