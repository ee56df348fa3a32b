using StatiqGuides.Modules.Serve;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Modules.Serve;

/// <summary>serve sends the headers netlify.toml gives the published site, but never its caching.</summary>
public sealed class ProductionHeadersTests
{
    [Fact]
    public void The_repository_netlify_toml_gives_every_page_its_content_security_policy_and_no_cache_control()
    {
        var headers = ProductionHeaders.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "netlify.toml")));

        var page = headers.For("/en/guides/websites/");
        var script = headers.For("/assets/js/site.1a2b3c4d.js");

        Assert.StartsWith("default-src 'self'; script-src 'self'; style-src 'self'", page["Content-Security-Policy"], StringComparison.Ordinal);
        Assert.Equal("nosniff", page["X-Content-Type-Options"]);
        Assert.Equal("strict-origin-when-cross-origin", page["Referrer-Policy"]);
        Assert.False(script.ContainsKey("Cache-Control"));
        Assert.Equal(page["Content-Security-Policy"], script["Content-Security-Policy"]);
    }

    [Fact]
    public void A_netlify_toml_that_is_not_toml_gives_no_headers_rather_than_failing()
    {
        Assert.Empty(ProductionHeaders.Parse("[[headers]\nfor = ").For("/"));
    }
}
