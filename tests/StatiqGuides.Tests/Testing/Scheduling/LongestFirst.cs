using System.Reflection;
using Xunit.Abstractions;

namespace StatiqGuides.Tests.Testing.Scheduling;

/// <summary>Starts the test classes marked <see cref="LongRunningAttribute"/> first, longest first, then the rest in
/// xunit's own order: with a few parallel threads, a long class started last was the suite's whole tail.</summary>
/// <remarks>A class of its own collection is found by the collection's name ("Test collection for {class}"); a shared
/// collection (the browser tests) is marked on its definition.</remarks>
public sealed class LongestFirst : ITestCollectionOrderer
{
    private const string Prefix = "Test collection for ";

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections)
    {
        ArgumentNullException.ThrowIfNull(testCollections);
        var assembly = typeof(LongestFirst).Assembly;
        return testCollections
            .Select((collection, index) => (collection, index, seconds: SecondsOf(assembly, collection)))
            .OrderByDescending(c => c.seconds)
            .ThenBy(c => c.index)
            .Select(c => c.collection);
    }

    private static int SecondsOf(Assembly assembly, ITestCollection collection)
    {
        var type = collection.CollectionDefinition is IReflectionTypeInfo definition ? definition.Type
            : collection.DisplayName.StartsWith(Prefix, StringComparison.Ordinal) ? assembly.GetType(collection.DisplayName[Prefix.Length..])
            : null;
        return type?.GetCustomAttribute<LongRunningAttribute>()?.Seconds ?? 0;
    }
}
