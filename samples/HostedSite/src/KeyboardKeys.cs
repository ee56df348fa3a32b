using Markdig.Syntax.Inlines;

namespace HostedSite;

/// <summary>A key combination: the keys of <c>[[Ctrl+S]]</c>, in order.</summary>
public sealed class KeyboardKeys(IReadOnlyList<string> keys) : LeafInline
{
    public IReadOnlyList<string> Keys { get; } = keys;
}
