namespace StatiqGuides.Modules.Bundles;

/// <summary>What one <c>bundle</c> run makes.</summary>
/// <param name="Languages">The languages to bundle one by one; empty for every language of the site.</param>
public sealed record BundleRequest(IReadOnlyList<string> Languages)
{
    public static IReadOnlySet<BundleFormat> DefaultFormats { get; } = new HashSet<BundleFormat> { BundleFormat.Zip, BundleFormat.Epub };

    /// <summary>Manifests of earlier editions (a manifest.json, a published guides-*.manifest.json, or a zip holding one):
    /// each gives a patch from that edition to the bundle of the same languages.</summary>
    public IReadOnlyList<string> Since { get; init; } = [];

    public IReadOnlySet<BundleFormat> Formats { get; init; } = DefaultFormats;

    /// <summary>The zimwriterfs program to run; a name is looked up on PATH.</summary>
    public string ZimWriter { get; init; } = "zimwriterfs";
}
