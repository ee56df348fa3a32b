using StatiqGuides.Core.Content;

namespace StatiqGuides.Tests.Core.Content;

/// <summary>The build's string pool gives one instance per distinct text, whichever thread and overload asks first.</summary>
public sealed class StringPoolTests
{
    [Fact]
    public void Gives_one_instance_per_text_across_threads_and_overloads()
    {
        var pool = new StringPool();
        var texts = Enumerable.Range(0, 500).Select(i => $"../guides/section-{i % 50}/page-{i % 97}/").ToArray();
        var seen = new System.Collections.Concurrent.ConcurrentBag<(string Text, string Pooled)>();
        Parallel.For(0, 4000, i =>
        {
            var text = texts[i % texts.Length];
            // A fresh copy each time: the pool must answer by content, not by the instance it is given.
            var pooled = i % 2 == 0 ? pool.Of(new string(text.AsSpan())) : pool.Of(text.AsSpan());
            seen.Add((text, pooled));
        });
        foreach (var group in seen.GroupBy(s => s.Text))
        {
            Assert.All(group, s => Assert.Equal(group.Key, s.Pooled));
            Assert.Single(group.Select(s => s.Pooled).Distinct(ReferenceEqualityComparer.Instance));
        }
        Assert.Equal(texts.Distinct().Count(), seen.Select(s => s.Pooled).Distinct(ReferenceEqualityComparer.Instance).Count());
    }
}
