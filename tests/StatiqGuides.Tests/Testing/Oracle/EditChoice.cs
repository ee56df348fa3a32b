namespace StatiqGuides.Tests.Testing.Oracle;

/// <summary>How an edit chooses its target and its new value: for the one-edit cases, always the first (richest)
/// target, so a case names one file; for the random sequence, any. Values come from the seeded random source either
/// way, so a run is reproduced by its seed.</summary>
public sealed class EditChoice(Random random, bool firstTarget)
{
    public Random Random { get; } = random ?? throw new ArgumentNullException(nameof(random));

    /// <summary>Whether values vary at random (the sequence) rather than being the ones that show most (one edit).</summary>
    public bool Varied => !firstTarget;

    public T? Target<T>(IReadOnlyList<T> candidates) where T : class =>
        candidates.Count == 0 ? null : firstTarget ? candidates[0] : candidates[Random.Next(candidates.Count)];

    public T One<T>(IReadOnlyList<T> options) => options[Random.Next(options.Count)];

    /// <summary>1 to <paramref name="max"/> distinct items of <paramref name="pool"/>, in the pool's order.</summary>
    public IReadOnlyList<T> Some<T>(IReadOnlyList<T> pool, int max = 3)
    {
        if (pool.Count == 0) return [];
        var count = Random.Next(1, Math.Min(max, pool.Count) + 1);
        var picked = pool.Select(p => (p, key: Random.Next())).OrderBy(x => x.key).Take(count).Select(x => x.p).ToHashSet();
        return [.. pool.Where(picked.Contains)];
    }
}
