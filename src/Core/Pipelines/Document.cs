using System.Collections.Immutable;

namespace StatiqGuides.Core.Pipelines;

/// <summary>The unit of work that flows through modules: one source file, one page or one output file.</summary>
/// <param name="Key">A stable identity, unique within a pipeline's output (a source path or an output path).</param>
/// <param name="Content">The typed payload: a parsed content item, a rendered page, the bytes to write, ...</param>
/// <param name="Destination">The output path relative to the site root, with '/' separators; null when not written.</param>
/// <param name="Metadata">Values no typed property covers, handed to themes as they are.</param>
/// <remarks>Immutable: modules return new documents (<c>doc with { Content = … }</c>) and never change one in place.</remarks>
public sealed record Document(
    string Key,
    object Content,
    string? Destination = null,
    ImmutableSortedDictionary<string, object?>? Metadata = null)
{
    public ImmutableSortedDictionary<string, object?> Metadata { get; init; } =
        Metadata ?? ImmutableSortedDictionary<string, object?>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>The content as <typeparamref name="T"/>; a mismatch is a programming error in the pipeline.</summary>
    public T ContentAs<T>() where T : class =>
        Content as T ?? throw new InvalidOperationException(
            $"Document '{Key}' holds {Content.GetType().Name}, not {typeof(T).Name}.");

    public bool Holds<T>() where T : class => Content is T;

    /// <summary>This document with one metadata value set.</summary>
    public Document WithMetadata(string key, object? value) => this with { Metadata = Metadata.SetItem(key, value) };
}
