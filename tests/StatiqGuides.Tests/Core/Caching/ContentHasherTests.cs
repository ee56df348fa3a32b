using System.Collections.Immutable;
using StatiqGuides.Core.Caching;

namespace StatiqGuides.Tests.Core.Caching;

/// <summary>A cached step is keyed by these hashes: any observable change must change the hash, and nothing else may.</summary>
public sealed class ContentHasherTests
{
    private sealed record Inner(string Text, IReadOnlyList<int> Numbers);

    private sealed record Outer(string Name, Inner Inner, IReadOnlyDictionary<string, string> Map, IReadOnlySet<string> Tags, DateOnly? Day);

    private static Outer Sample() => new("a", new Inner("x", [1, 2]),
        new Dictionary<string, string> { ["k1"] = "v1", ["k2"] = "v2" }, new HashSet<string> { "t1", "t2" }, new DateOnly(2026, 1, 2));

    [Fact]
    public void Equal_values_hash_equal_whatever_the_order_of_dictionary_and_set_entries()
    {
        var hasher = new ContentHasher();
        var reordered = Sample() with
        {
            Map = new Dictionary<string, string> { ["k2"] = "v2", ["k1"] = "v1" },
            Tags = ImmutableSortedSet.Create("t2", "t1"),
        };

        Assert.Equal(hasher.Hash(Sample()), hasher.Hash(reordered));
        Assert.Equal(hasher.Hash(Sample()), new ContentHasher().Hash(Sample()));
    }

    [Fact]
    public void A_change_at_any_depth_changes_the_hash()
    {
        var hasher = new ContentHasher();
        var original = hasher.Hash(Sample());
        Outer[] changed =
        [
            Sample() with { Name = "b" },
            Sample() with { Inner = new Inner("y", [1, 2]) },
            Sample() with { Inner = new Inner("x", [2, 1]) },
            Sample() with { Inner = new Inner("x", [1, 2, 3]) },
            Sample() with { Map = new Dictionary<string, string> { ["k1"] = "v1", ["k2"] = "other" } },
            Sample() with { Tags = new HashSet<string> { "t1" } },
            Sample() with { Day = new DateOnly(2026, 1, 3) },
            Sample() with { Day = null },
        ];

        var hashes = changed.Select(hasher.Hash).ToList();

        Assert.DoesNotContain(original, hashes);
        Assert.Equal(hashes.Count, hashes.Distinct().Count());
    }

    [Fact]
    public void Values_that_print_alike_hash_apart()
    {
        var hasher = new ContentHasher();

        Assert.NotEqual(hasher.Hash("1"), hasher.Hash(1));
        Assert.NotEqual(hasher.Hash(new List<string> { "ab", "c" }), hasher.Hash(new List<string> { "a", "bc" }));
        Assert.NotEqual(hasher.Hash((object?)null), hasher.Hash(""));
        // Two different lone surrogates: a UTF-8 encoding would make both U+FFFD.
        Assert.NotEqual(hasher.Hash("\ud800"), hasher.Hash("\ud801"));
    }

    [Fact]
    public void A_value_with_its_own_identity_is_hashed_by_it_alone()
    {
        var hasher = new ContentHasher();

        Assert.Equal(hasher.Hash(new Identified("same", 1)), hasher.Hash(new Identified("same", 2)));
        Assert.NotEqual(hasher.Hash(new Identified("one", 1)), hasher.Hash(new Identified("two", 1)));
    }

    [Fact]
    public void Long_texts_and_byte_runs_change_the_hash_at_any_position()
    {
        var hasher = new ContentHasher();
        var body = new string('a', 10_000);
        var bytes = Enumerable.Repeat((byte)7, 10_000).ToImmutableArray();
        string[] texts = [body, body[..^1] + "b", "b" + body[1..], body + "a", body[..5000] + "\ud800" + body[5001..]];
        object[] runs = [bytes, bytes.SetItem(9_999, 8), bytes.SetItem(0, 8), bytes.Add(7), bytes.ToArray(), bytes.ToArray()[..^1]];

        var textHashes = texts.Select(t => hasher.Hash(t)).ToList();
        var runHashes = runs.Select(hasher.Hash).ToList();

        Assert.Equal(texts.Length, textHashes.Distinct().Count());
        // An immutable array and an array of the same bytes are the same content; every other change shows.
        Assert.Equal(runHashes[0], runHashes[4]);
        Assert.Equal(5, runHashes.Distinct().Count());
        Assert.Equal(hasher.Hash(new string('a', 10_000)), textHashes[0]);
        Assert.NotEqual(hasher.Hash(new byte[] { 1, 2 }), hasher.Hash(new List<byte> { 1, 2 }));
    }

    [Fact]
    public void A_long_text_met_again_in_a_new_object_hashes_as_a_fresh_hasher_hashes_it()
    {
        var hasher = new ContentHasher();
        var body = string.Concat(Enumerable.Range(0, 2_000).Select(i => $"line {i}\n"));
        var first = hasher.Hash(new Inner(body, [1]));

        // The same text object in a new object is remembered; another hasher, which remembers nothing, agrees.
        Assert.Equal(first, hasher.Hash(new Inner(body, [1])));
        Assert.Equal(first, new ContentHasher().Hash(new Inner(new string(body.AsSpan()), [1])));
        Assert.NotEqual(first, hasher.Hash(new Inner(body + ".", [1])));
        Assert.NotEqual(first, hasher.Hash(new Inner(body, [2])));
    }

    [Fact]
    public void Objects_written_whole_and_objects_written_as_their_digest_hash_apart_and_as_a_fresh_hasher_hashes_them()
    {
        // Small objects stand for their canonical bytes, larger ones for their SHA-256: the sizes cross that line.
        var hasher = new ContentHasher();
        static Outer Wrapping(int size, char fill) => Sample() with { Inner = new Inner(new string(fill, size), [size]) };
        var sizes = Enumerable.Range(0, 160).ToList();

        var hashes = sizes.Select(n => hasher.Hash(Wrapping(n, 'x'))).ToList();
        var remembered = sizes.Select(n => Wrapping(n, 'x')).Select(v => (Value: v, First: hasher.Identity(v))).ToList();

        Assert.Equal(sizes.Count, hashes.Distinct().Count());
        Assert.Equal(hashes, sizes.Select(n => new ContentHasher().Hash(Wrapping(n, 'x'))));
        Assert.Equal(hashes, remembered.Select(r => r.First));
        Assert.Equal(hashes, remembered.Select(r => hasher.Identity(r.Value)));
        Assert.DoesNotContain(sizes, n => n > 0 && hasher.Hash(Wrapping(n, 'y')) == hashes[n]);
    }

    private sealed record Identified(string CacheIdentity, int Ignored) : ICacheIdentity;
}
