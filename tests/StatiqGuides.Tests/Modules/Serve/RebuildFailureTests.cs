using StatiqGuides.Modules.Serve;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Modules.Serve;

/// <summary>A rebuild that fails with an unexpected exception keeps the last site and shows the failure over every
/// page as a coded error, escaped, never as a stack trace; the next good build takes it away.</summary>
public sealed class RebuildFailureTests
{
    [Fact]
    public async Task An_unexpected_failure_is_shown_in_the_overlay_as_SG0605_and_the_last_pages_stay()
    {
        using var site = TestSite.Create();
        var session = new BuildSession(site.Options());
        await session.RebuildAsync();
        var before = session.Current;

        var version = session.Fail(new InvalidOperationException("boom <script>alert(1)</script>\u001b[2J\n::error::forged"));

        var after = session.Current;
        Assert.Equal(before.Version + 1, version);
        Assert.Same(before.Files, after.Files);
        var error = Assert.Single(after.Errors);
        Assert.Equal("SG0605", error.Code);
        Assert.DoesNotContain('\u001b', error.Message);
        Assert.DoesNotContain('\n', error.Message);
        var overlay = DevPage.Overlay(after);
        Assert.Contains("SG0605", overlay, StringComparison.Ordinal);
        Assert.Contains("InvalidOperationException: boom &lt;script&gt;", overlay, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", overlay, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", overlay, StringComparison.Ordinal);

        await session.RebuildAsync();
        Assert.Empty(session.Current.Errors);
    }
}
