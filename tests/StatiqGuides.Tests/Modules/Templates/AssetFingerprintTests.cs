using StatiqGuides.Modules.Templates;

namespace StatiqGuides.Tests.Modules.Templates;

public sealed class AssetFingerprintTests
{
    [Theory]
    [InlineData("assets/css/site.css", "assets/css/site.1a2b3c4d.css")]
    [InlineData("assets/js/vendor.min.js", "assets/js/vendor.min.1a2b3c4d.js")]
    [InlineData("assets/LICENSE", "assets/LICENSE.1a2b3c4d")]
    [InlineData("assets/.well-known", "assets/.well-known.1a2b3c4d")]
    public void The_hash_goes_before_the_last_extension(string path, string expected) =>
        Assert.Equal(expected, AssetFingerprint.Insert(path, "1a2b3c4d"));

    [Fact]
    public void The_name_follows_the_bytes_and_only_them()
    {
        var folder = Path.Combine(Path.GetTempPath(), "statiqguides-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var a = Path.Combine(folder, "a.css");
            var b = Path.Combine(folder, "b.css");
            File.WriteAllText(a, "body { color: black }\n");
            File.WriteAllText(b, "body { color: black }\n");
            var first = AssetFingerprint.Of(a, "assets/css/site.css");
            Assert.Equal(first.OutputPath, AssetFingerprint.Of(b, "assets/css/site.css").OutputPath);
            Assert.Matches(@"^assets/css/site\.[0-9a-f]{8}\.css$", first.OutputPath);
            File.WriteAllText(b, "body { color: navy }\n");
            Assert.NotEqual(first.OutputPath, AssetFingerprint.Of(b, "assets/css/site.css").OutputPath);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
