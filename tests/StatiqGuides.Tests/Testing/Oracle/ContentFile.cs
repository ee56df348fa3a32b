namespace StatiqGuides.Tests.Testing.Oracle;

/// <summary>A content file of the oracle site, by where it lies: <c>guides/websites/alpha.fr.md</c> is a guide, slug
/// alpha, section websites, a French translation.</summary>
/// <param name="Kind">"guide", "case-study" or "page".</param>
/// <param name="Language">null for a source; the suffix of a translation.</param>
public sealed record ContentFile(string Path, string Kind, string Slug, string? Section, string? Language)
{
    public bool IsTranslation => Language is not null;

    /// <summary>The input path of this file's translation into <paramref name="language"/>, or of its source (null).</summary>
    public string Sibling(string? language) =>
        System.IO.Path.GetDirectoryName(Path)!.Replace('\\', '/') + "/" + Slug + (language is null ? "" : "." + language) + ".md";

    public static ContentFile? FromPath(string path)
    {
        var parts = path.Split('/');
        var name = parts[^1];
        if (!name.EndsWith(".md", StringComparison.Ordinal)) return null;
        var stem = name[..^3].Split('.');
        var language = stem.Length > 1 ? stem[1] : null;
        return parts switch
        {
            ["guides", var section, _] => new ContentFile(path, "guide", stem[0], section, language),
            ["case-studies", _] => new ContentFile(path, "case-study", stem[0], null, language),
            ["pages", _] => new ContentFile(path, "page", stem[0], null, language),
            _ => null,
        };
    }
}
