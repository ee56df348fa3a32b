using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace StatiqGuides.Core.Caching;

/// <summary>Hashes a value canonically, whatever its type: what a cached step's key is made of. Two values with the same
/// observable content give the same hash; any change to a public property, a list element or a dictionary entry, at any
/// depth, changes it.</summary>
/// <remarks>
/// Walks every instance field of objects (by declaring type and name; a record's properties are its fields), the elements of lists in order, the entries of
/// dictionaries and sets in the order of their keys' hashes (so insertion order does not matter), and writes primitives
/// in invariant form with a type tag, so "1" and 1 differ. A value implementing <see cref="ICacheIdentity"/> is written as
/// its identity. Values must be immutable: an object's hash is remembered (weakly) and not computed again. Thread-safe.
/// </remarks>
public sealed class ContentHasher
{
    private const int MaxDepth = 64;

    private readonly ConcurrentDictionary<Type, FieldInfo[]> _fields = new();
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<object, string> _known = new();

    /// <summary>The hash of <paramref name="value"/>: 32 hex digits.</summary>
    public string Hash(object? value)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(hash, value, 0);
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..32];
    }

    /// <summary>The hash of several values, in order.</summary>
    public string Hash(params object?[] values) => Hash((object)values);

    private void Append(IncrementalHash hash, object? value, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new InvalidOperationException($"A value nests deeper than {MaxDepth} levels: a cycle? Give its type an {nameof(ICacheIdentity)}.");
        }
        switch (value)
        {
            case null:
                Tag(hash, "null");
                return;
            case string text:
                Tag(hash, "s");
                Text(hash, text);
                return;
            case ICacheIdentity identity:
                Tag(hash, "id");
                Text(hash, identity.CacheIdentity);
                return;
            case Enum:
                Tag(hash, value.GetType().Name);
                Text(hash, value.ToString() ?? "");
                return;
            case IFormattable formattable when value.GetType().IsPrimitive || value is decimal or DateOnly or DateTime or DateTimeOffset or TimeSpan or TimeOnly or Guid:
                Tag(hash, value.GetType().Name);
                Text(hash, formattable.ToString(null, CultureInfo.InvariantCulture));
                return;
            case bool flag:
                Tag(hash, flag ? "true" : "false");
                return;
            case char character:
                Tag(hash, "c");
                Text(hash, character.ToString());
                return;
            case Uri uri:
                Tag(hash, "uri");
                Text(hash, uri.OriginalString);
                return;
            case Type type:
                Tag(hash, "type");
                Text(hash, type.FullName ?? type.Name);
                return;
            case Delegate function:
                // Code, not data: what it computes is fixed for the life of the process.
                Tag(hash, "fn");
                Text(hash, function.Method.ToString() ?? "");
                return;
            case IDictionary dictionary:
                Tag(hash, "map");
                Unordered(hash, dictionary.Keys.Cast<object?>().Select(k => (Hash(k), dictionary[k!])), depth);
                return;
            case IEnumerable enumerable when IsSet(value.GetType()):
                Tag(hash, "set");
                Unordered(hash, enumerable.Cast<object?>().Select(e => (Hash(e), (object?)null)), depth);
                return;
            case IEnumerable enumerable:
                Tag(hash, "list");
                var count = 0;
                foreach (var element in enumerable)
                {
                    Append(hash, element, depth + 1);
                    count++;
                }
                Tag(hash, count.ToString(CultureInfo.InvariantCulture));
                return;
            case var _ when IsEngine(value.GetType()):
                // A library's engine (a Markdig pipeline, a Fluid parser) is built once per process and holds no content:
                // its inner graph is large and cyclic, so only its type counts.
                Tag(hash, "engine");
                Text(hash, value.GetType().FullName ?? "");
                return;
            default:
                // Objects are immutable, so an object met again (a page kept from an earlier build) is not walked again.
                Tag(hash, "obj");
                Text(hash, _known.TryGetValue(value, out var known) ? known : Walk(value, depth));
                return;
        }
    }

    private string Walk(object value, int depth)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var type = value.GetType();
        Tag(hash, type.FullName ?? type.Name);
        foreach (var field in _fields.GetOrAdd(type, FieldsOf))
        {
            Tag(hash, field.Name);
            Append(hash, field.GetValue(value), depth + 1);
        }
        var result = Convert.ToHexStringLower(hash.GetHashAndReset())[..32];
        if (!type.IsValueType) _known.AddOrUpdate(value, result);
        return result;
    }

    private void Unordered(IncrementalHash hash, IEnumerable<(string Key, object? Value)> entries, int depth)
    {
        var sorted = entries.ToList();
        sorted.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        foreach (var (key, entryValue) in sorted)
        {
            Text(hash, key);
            Append(hash, entryValue, depth + 1);
        }
        Tag(hash, sorted.Count.ToString(CultureInfo.InvariantCulture));
    }

    private static readonly string[] EngineNamespaces = ["Markdig", "Fluid", "Parlot", "AngleSharp", "Ganss", "YamlDotNet", "Microsoft.Extensions"];

    private static bool IsEngine(Type type) =>
        type.Namespace is { } name && EngineNamespaces.Any(e => name == e || name.StartsWith(e + ".", StringComparison.Ordinal));

    private static bool IsSet(Type type) =>
        type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() is var d
            && (d == typeof(ISet<>) || d == typeof(IReadOnlySet<>)));

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

    private static void Tag(IncrementalHash hash, string tag)
    {
        Span<byte> separator = [0];
        hash.AppendData(Encoding.UTF8.GetBytes(tag));
        hash.AppendData(separator);
    }

    private static void Text(IncrementalHash hash, string text)
    {
        // Length first, so that no two sequences of strings run together into the same bytes.
        Tag(hash, text.Length.ToString(CultureInfo.InvariantCulture));
        // UTF-16 code units as they are: a UTF-8 encoding would turn every lone surrogate into the same U+FFFD.
        hash.AppendData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(text.AsSpan()));
    }
}
