using StatiqGuides.Core.Pipelines;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Core.Pipelines;

public sealed class ParallelModuleTests
{
    [Fact]
    public async Task Output_follows_input_order_whatever_the_scheduling()
    {
        var inputs = Enumerable.Range(0, 64).Select(i => new Document($"doc-{i:D2}", i)).ToList();
        var (context, diagnostics) = TestContexts.Create(maxParallelism: 8);

        var outputs = await new SlowFirstModule().ExecuteAsync(inputs, context, CancellationToken.None);

        // Even documents become two, multiples of 3 vanish: order is kept through both.
        var expected = inputs.Select(d => (int)d.Content).Where(i => i % 3 != 0)
            .SelectMany(i => i % 2 == 0 ? new[] { $"doc-{i:D2}", $"doc-{i:D2}-copy" } : [$"doc-{i:D2}"]);
        Assert.Equal(expected, outputs.Select(d => d.Key));
        Assert.Empty(diagnostics.ToSortedList());
    }

    [Fact]
    public async Task No_documents_give_no_documents()
    {
        var (context, diagnostics) = TestContexts.Create();

        var outputs = await new SlowFirstModule().ExecuteAsync([], context, CancellationToken.None);

        Assert.Empty(outputs);
        Assert.Empty(diagnostics.ToSortedList());
    }

    /// <summary>Earlier documents take longer, so with parallelism they finish last.</summary>
    private sealed class SlowFirstModule : ParallelModule
    {
        protected override IReadOnlyList<Document> Process(Document document, BuildContext context)
        {
            var index = (int)document.Content;
            Thread.Sleep(Math.Max(0, 20 - index / 3));
            if (index % 3 == 0) return [];
            return index % 2 == 0 ? [document, document with { Key = document.Key + "-copy" }] : [document];
        }
    }
}
