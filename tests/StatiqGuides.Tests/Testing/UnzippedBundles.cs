using System.IO.Compression;
using StatiqGuides.Core.Pipelines;
using StatiqGuides.Modules.Bundles;

namespace StatiqGuides.Tests.Testing;

/// <summary>The bundles of an input folder, built once with <see cref="BundleBuilder"/> into a temporary folder and
/// unzipped there: <c>zips/guides-*.zip</c> and <c>open/&lt;name&gt;/</c> for each. Dispose deletes the folder.</summary>
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

    public static async Task<UnzippedBundles> BuildAsync(string inputDirectory, string themeDirectory, string displayRoot, params string[] languages)
    {
        var root = Path.Combine(Path.GetTempPath(), "statiqguides-tests", "bundles-" + Guid.NewGuid().ToString("N"));
        var options = new BuildOptions(inputDirectory, themeDirectory, Path.Combine(root, "zips"), displayRoot) { MaxParallelism = 4 };
        var result = await BundleBuilder.RunAsync(options, languages);
        foreach (var zip in result.Zips)
        {
            ZipFile.ExtractToDirectory(zip, Path.Combine(root, "open", Path.GetFileNameWithoutExtension(zip)["guides-".Length..]));
        }
        return new UnzippedBundles(root, result);
    }

    /// <summary>The folder a bundle was unzipped into: "all", "en", "fr", ...</summary>
    public string Folder(string name) => Path.Combine(Root, "open", name);

    public string PathOf(string name, string file) => Path.Combine(Folder(name), file);

    public string Zip(string name) => Path.Combine(ZipFolder, BundleBuilder.ZipName(name));

    public void Dispose()
    {
        if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
    }
}
