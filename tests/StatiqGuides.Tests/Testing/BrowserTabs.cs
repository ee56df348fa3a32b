using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace StatiqGuides.Tests.Testing;

/// <summary>Visits many pages of a <see cref="StaticHost"/> a few tabs at a time: a visit mostly waits on Chromium, so
/// tabs overlap even on two cores. Each tab is reused for the next page of the queue, and kept by the site for the
/// next visit (<see cref="StaticHost.LendTabsAsync"/>).</summary>
public static class BrowserTabs
{
    /// <summary>Runs <paramref name="visit"/> on every item and returns its lines, in the items' order, each prefixed
    /// with the item's name; a page's console errors and requests outside the site are lines too.</summary>
    public static async Task<IReadOnlyList<string>> VisitAsync<T>(
        IBrowser browser, StaticHost site, IReadOnlyList<T> items, Func<IPage, T, Task<IEnumerable<string>>> visit,
        int width = 1280, int height = 800, int tabs = 4)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(visit);
        var lines = new IReadOnlyList<string>[items.Count];
        var queue = new ConcurrentQueue<int>(Enumerable.Range(0, items.Count));
        async Task WorkAsync(StaticHostPage tab)
        {
            while (queue.TryDequeue(out var index))
            {
                var seen = tab.Problems.Count;
                var found = (await visit(tab.Page, items[index])).ToList();
                found.AddRange(tab.Problems.Skip(seen));
                lines[index] = [.. found.Select(line => $"{items[index]} @{width}px: {line}")];
            }
        }
        using var lease = await site.LendTabsAsync(browser, Math.Min(tabs, items.Count), width, height);
        await Task.WhenAll(lease.Tabs.Select(WorkAsync));
        return [.. lines.SelectMany(l => l)];
    }
}
