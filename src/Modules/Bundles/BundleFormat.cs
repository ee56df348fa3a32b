namespace StatiqGuides.Modules.Bundles;

/// <summary>What <c>bundle --format</c> makes. <see cref="Zip"/> includes the manifests published beside the zips and,
/// with <c>--since</c>, the patches.</summary>
public enum BundleFormat
{
    Zip,
    Epub,
    Zim,
}
