using System.IO.Compression;
using StatiqGuides.Core.Pipelines;
using StatiqGuides.Modules.Bundles;

namespace StatiqGuides.Tests.Testing;

/// <summary>The bundles of an input folder, built once with <see cref="BundleBuilder"/> into a temporary folder and
/// unzipped there: <c>zips/guides-*.zip</c> (with the manifests, EPUBs and editions.json) and
/// <c>open/&lt;name&gt;/statiqguides-&lt;name&gt;-&lt;edition&gt;/</c> for each. Dispose deletes the folder.</summary>
public sealed class UnzippedBundles : IDisposable
{
    private UnzippedBundles(string root, BundleResult result)
    {
        Root = root;
        Result = result;
    }

    public string Root { get; }

    public BundleResult Result { get; }

    public string ZipFolder => Path.Combine(Root, "zips");

    public static Task<UnzippedBundles> BuildAsync(string inputDirectory, string themeDirectory, string displayRoot, params string[] languages) =>
        BuildAsync(inputDirectory, themeDirectory, displayRoot, new BundleRequest(languages));

    public static async Task<UnzippedBundles> BuildAsync(string inputDirectory, string themeDirectory, string displayRoot, BundleRequest request)
    {
        var root = Path.Combine(Path.GetTempPath(), "statiqguides-tests", "bundles-" + Guid.NewGuid().ToString("N"));
        var options = new BuildOptions(inputDirectory, themeDirectory, Path.Combine(root, "zips"), displayRoot) { MaxParallelism = 4 };
        var result = await BundleBuilder.RunAsync(options, request);
        foreach (var zip in result.Files.Where(f => f.EndsWith(".zip", StringComparison.Ordinal) && !f.Contains("-patch-from-", StringComparison.Ordinal)))
        {
            ZipFile.ExtractToDirectory(zip, Path.Combine(root, "open", Path.GetFileNameWithoutExtension(zip)["guides-".Length..]));
        }
        return new UnzippedBundles(root, result);
    }

    /// <summary>The folder a bundle was unzipped into: "all", "en", "fr", ... (the zip's one top-level folder).</summary>
    public string Folder(string name) => Directory.EnumerateDirectories(Path.Combine(Root, "open", name)).Single();

    public string PathOf(string name, string file) => Path.Combine(Folder(name), file);

    public string Zip(string name) => Path.Combine(ZipFolder, BundleNames.Zip(name));

    public void Dispose()
    {
        if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
    }
}
