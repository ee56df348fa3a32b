using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace StatiqGuides.Tests.Testing;

/// <summary>Waiting for a click's navigation to arrive.</summary>
public static class PageArrival
{
    /// <summary>Waits until <paramref name="page"/>'s URL matches <paramref name="url"/>. Playwright's <c>WaitForURLAsync</c>
    /// also waits for a load event, which it can miss when the page is already there: a test then times out after it arrived.</summary>
    public static Task ArrivedAsync(IPage page, Regex url) =>
        Assertions.Expect(page).ToHaveURLAsync(url, new PageAssertionsToHaveURLOptions { Timeout = 30_000 });
}
