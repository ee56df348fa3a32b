using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace StatiqGuides.Core.Caching;

/// <summary>Hashes a value canonically, whatever its type: what a cached step's key is made of. Two values with the same
/// observable content give the same hash; any change to a public property, a list element or a dictionary entry, at any
/// depth, changes it.</summary>
/// <remarks>
/// Walks every instance field of objects (by declaring type and name; a record's properties are its fields), the elements of lists in order, the entries of
/// dictionaries and sets in the order of their keys' canonical bytes (so insertion order does not matter), and writes primitives
/// in invariant form with a type tag, so "1" and 1 differ. A value implementing <see cref="ICacheIdentity"/> is written as
/// its identity. Values must be immutable: an object's hash is remembered (weakly) and not computed again. Thread-safe.
/// <para>The canonical bytes of a value are written to a buffer and hashed with SHA-256 in one call: a cache key decides
/// which page a session serves, and hostile content must not be able to make two inputs share one. Feeding the hash piece
/// by piece cost more in calls than in hashing, and the hasher runs on every item of every session build.</para>
/// </remarks>
public sealed class ContentHasher
{
    private const int MaxDepth = 64;

    private readonly ConcurrentDictionary<Type, TypeShape> _shapes = new();
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<object, Walked> _known = new();
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<object, string> _identities = new();
    private readonly ConcurrentDictionary<MethodInfo, System.Runtime.CompilerServices.ConditionalWeakTable<object, string>> _projections = new();

    // A long text's SHA-256 (its canonical form, see Run) by reference: a body kept from an earlier build, met again inside
    // an object made anew (a translation merged with its source's keys), is not hashed again.
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, byte[]> _longTexts = new();

    /// <summary>The hash of <paramref name="value"/>: 32 hex digits.</summary>
    public string Hash(object? value)
    {
        using var buffer = new CanonicalBuffer();
        Append(buffer, value, 0);
        return Digest(buffer);
    }

    /// <summary>The hash of <paramref name="value"/>, as <see cref="Hash(object?)"/>, remembered for an object: a value kept
    /// from an earlier build (a page, a rendered body) is looked up, not hashed again, however often it is asked for.</summary>
    public string Identity(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value is string || value.GetType().IsValueType) return Hash(value);
        return _identities.TryGetValue(value, out var known) ? known : _identities.GetValue(value, Hash);
    }

    /// <summary>The hash of what <paramref name="project"/> makes of <paramref name="key"/>, remembered with the key: a part of
    /// an object kept from an earlier build (its front matter without the title) is not made and hashed again.</summary>
    /// <param name="project">A pure function of the key, which also names the memo: pass the same delegate (a static method
    /// group) every time.</param>
    public string Identity<T>(T key, Func<T, object?> project) where T : class
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(project);
        var memo = _projections.GetOrAdd(project.Method, _ => new System.Runtime.CompilerServices.ConditionalWeakTable<object, string>());
        return memo.TryGetValue(key, out var known) ? known : memo.GetValue(key, k => Hash(project((T)k)));
    }

    /// <summary>The hash of several values, in order.</summary>
    public string Hash(params object?[] values) => Hash((object)values);

    private void Append(CanonicalBuffer buffer, object? value, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new InvalidOperationException($"A value nests deeper than {MaxDepth} levels: a cycle? Give its type an {nameof(ICacheIdentity)}.");
        }
        switch (value)
        {
            case null:
                Tag(buffer, "null");
                return;
            case string text:
                Tag(buffer, "s");
                if (text.Length * sizeof(char) > LongText) RememberedLongText(buffer, text);
                else Text(buffer, text);
                return;
            case ICacheIdentity identity:
                Tag(buffer, "id");
                Text(buffer, identity.CacheIdentity);
                return;
            // Bytes (a theme's font or image) as one run, not as a list of numbers: same content, same hash, far fewer steps.
            case byte[] bytes:
                Tag(buffer, "bytes");
                Bytes(buffer, bytes);
                return;
            case System.Collections.Immutable.ImmutableArray<byte> bytes:
                Tag(buffer, "bytes");
                Bytes(buffer, bytes.AsSpan());
                return;
        }
        var shape = _shapes.GetOrAdd(value.GetType(), TypeShape.Of);
        switch (value)
        {
            case Enum:
                Tag(buffer, shape.Name);
                Text(buffer, value.ToString() ?? "");
                return;
            case IFormattable formattable when shape.IsScalar:
                Tag(buffer, shape.Name);
                Text(buffer, formattable.ToString(null, CultureInfo.InvariantCulture));
                return;
            case bool flag:
                Tag(buffer, flag ? "true" : "false");
                return;
            case char character:
                Tag(buffer, "c");
                Text(buffer, character.ToString());
                return;
            case Uri uri:
                Tag(buffer, "uri");
                Text(buffer, uri.OriginalString);
                return;
            case Type type:
                Tag(buffer, "type");
                Text(buffer, type.FullName ?? type.Name);
                return;
            case Delegate function:
                // Code, not data: what it computes is fixed for the life of the process.
                Tag(buffer, "fn");
                Text(buffer, function.Method.ToString() ?? "");
                return;
            case IDictionary dictionary:
                Tag(buffer, "map");
                var entries = new List<(byte[] Key, object? Value)>(dictionary.Count);
                foreach (DictionaryEntry entry in dictionary) entries.Add((Canonical(entry.Key, depth), entry.Value));
                Unordered(buffer, entries, depth);
                return;
            case IEnumerable enumerable when shape.IsSet:
                Tag(buffer, "set");
                var elements = new List<(byte[] Key, object? Value)>();
                foreach (var element in enumerable) elements.Add((Canonical(element, depth), null));
                Unordered(buffer, elements, depth);
                return;
            case IEnumerable enumerable:
                Tag(buffer, "list");
                var count = 0;
                foreach (var element in enumerable)
                {
                    Append(buffer, element, depth + 1);
                    count++;
                }
                Number(buffer, count);
                return;
            case var _ when shape.IsEngine:
                // A library's engine (a Markdig pipeline, a Fluid parser) is built once per process and holds no content:
                // its inner graph is large and cyclic, so only its type counts.
                Tag(buffer, "engine");
                Text(buffer, shape.Name);
                return;
            default:
                // Objects are immutable, so an object met again (a page kept from an earlier build) is not walked again.
                var walked = _known.TryGetValue(value, out var known) ? known : Walk(value, shape, depth);
                Tag(buffer, walked.IsDigest ? "obj" : "objr");
                Bytes(buffer, walked.Bytes);
                return;
        }
    }

    private Walked Walk(object value, TypeShape shape, int depth)
    {
        using var buffer = new CanonicalBuffer();
        Tag(buffer, shape.Name);
        foreach (var field in shape.Fields)
        {
            Tag(buffer, field.Name);
            Append(buffer, field.GetValue(value), depth + 1);
        }
        // A small object (a source location, a located value) stands for its own canonical bytes: no longer than a digest
        // would be written, and one SHA-256 call fewer, which costs more than copying them.
        var result = buffer.Written.Length <= InlineObject
            ? new Walked(false, buffer.Written.ToArray())
            : new Walked(true, SHA256.HashData(buffer.Written));
        if (!shape.IsValueType) _known.AddOrUpdate(value, result);
        return result;
    }

    private const int InlineObject = 128;

    /// <summary>What an object walked writes where it is met: its canonical bytes, or their SHA-256 when longer than
    /// <see cref="InlineObject"/>; the two are told apart by their tag.</summary>
    private sealed record Walked(bool IsDigest, byte[] Bytes);

    private byte[] Canonical(object? value, int depth)
    {
        using var buffer = new CanonicalBuffer();
        Append(buffer, value, depth + 1);
        return buffer.Written.ToArray();
    }

    private void Unordered(CanonicalBuffer buffer, List<(byte[] Key, object? Value)> entries, int depth)
    {
        entries.Sort((a, b) => a.Key.AsSpan().SequenceCompareTo(b.Key));
        foreach (var (key, entryValue) in entries)
        {
            buffer.Write(key);
            Append(buffer, entryValue, depth + 1);
        }
        Number(buffer, entries.Count);
    }

    private static string Digest(CanonicalBuffer buffer)
    {
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(buffer.Written, digest);
        return Convert.ToHexStringLower(digest[..16]);
    }

    private static void Tag(CanonicalBuffer buffer, string tag)
    {
        var span = buffer.GetSpan(Encoding.UTF8.GetMaxByteCount(tag.Length) + 1);
        var written = Encoding.UTF8.GetBytes(tag, span);
        span[written] = 0;
        buffer.Advance(written + 1);
    }

    private static void Number(CanonicalBuffer buffer, int number)
    {
        var span = buffer.GetSpan(12);
        number.TryFormat(span, out var written, default, CultureInfo.InvariantCulture);
        span[written] = 0;
        buffer.Advance(written + 1);
    }

    private static void Text(CanonicalBuffer buffer, string text)
    {
        // Length first, so that no two sequences of strings run together into the same bytes.
        Number(buffer, text.Length);
        // UTF-16 code units as they are: a UTF-8 encoding would turn every lone surrogate into the same U+FFFD.
        Run(buffer, MemoryMarshal.AsBytes(text.AsSpan()));
    }

    /// <summary>What <see cref="Text"/> writes for a long text, its SHA-256 remembered.</summary>
    private void RememberedLongText(CanonicalBuffer buffer, string text)
    {
        Number(buffer, text.Length);
        buffer.Write(_longTexts.GetValue(text, t => SHA256.HashData(MemoryMarshal.AsBytes(t.AsSpan()))));
    }

    private static void Bytes(CanonicalBuffer buffer, ReadOnlySpan<byte> bytes)
    {
        Number(buffer, bytes.Length);
        Run(buffer, bytes);
    }

    private static void Run(CanonicalBuffer buffer, ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length <= LongText)
        {
            buffer.Write(bytes);
            return;
        }
        // A long run (a page's body) stands for its own SHA-256, hashed where it lies rather than copied; its length is
        // written first and fixes the form, so the bytes stay unambiguous.
        SHA256.HashData(bytes, buffer.GetSpan(SHA256.HashSizeInBytes));
        buffer.Advance(SHA256.HashSizeInBytes);
    }

    private const int LongText = 2048;

    /// <summary>What the walk needs to know of a type, found once per type rather than at every value.</summary>
    private sealed record TypeShape(string Name, bool IsScalar, bool IsSet, bool IsEngine, bool IsValueType, FieldInfo[] Fields)
    {
        private static readonly string[] EngineNamespaces = ["Markdig", "Fluid", "Parlot", "AngleSharp", "Ganss", "YamlDotNet", "Microsoft.Extensions"];

        public static TypeShape Of(Type type) => new(
            type.IsEnum || IsScalarType(type) ? type.Name : type.FullName ?? type.Name,
            IsScalarType(type),
            type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() is var d && (d == typeof(ISet<>) || d == typeof(IReadOnlySet<>))),
            type.Namespace is { } name && EngineNamespaces.Any(e => name == e || name.StartsWith(e + ".", StringComparison.Ordinal)),
            type.IsValueType,
            FieldsOf(type));

        private static bool IsScalarType(Type type) =>
            type.IsPrimitive || type == typeof(decimal) || type == typeof(DateOnly) || type == typeof(DateTime) || type == typeof(DateTimeOffset)
            || type == typeof(TimeSpan) || type == typeof(TimeOnly) || type == typeof(Guid);

        // Every instance field, private ones and records' backing fields included: a class keeping its state in private
        // fields (a map of texts by language) must not hash as empty.
        private static FieldInfo[] FieldsOf(Type type)
        {
            var fields = new List<FieldInfo>();
            for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
            {
                fields.AddRange(t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly));
            }
            return [.. fields.OrderBy(f => f.DeclaringType!.FullName, StringComparer.Ordinal).ThenBy(f => f.Name, StringComparer.Ordinal)];
        }
    }
}
