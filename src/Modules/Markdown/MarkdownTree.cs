using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace StatiqGuides.Modules.Markdown;

/// <summary>The inlines of a parsed page, in the order Markdig's <c>Descendants&lt;T&gt;()</c> gives them (each block's
/// inlines after it, depth first), collected in one pass into a list.</summary>
/// <remarks>Markdig's iterator keeps two stacks and a nested iterator for every node of the tree, blocks included, and the
/// passes over a page (links, xrefs, raw HTML, checks) walked it four times that way: a sixth of the Markdown step. A
/// list is also a snapshot, so a pass may replace the nodes it visits.</remarks>
public static class MarkdownTree
{
    /// <summary>Every inline of type <typeparamref name="T"/> under <paramref name="root"/>'s blocks, in document order.</summary>
    public static List<T> Inlines<T>(ContainerBlock root) where T : Inline
    {
        ArgumentNullException.ThrowIfNull(root);
        var found = new List<T>();
        var pending = new Stack<MarkdownObject>();
        Push(root, pending);
        while (pending.TryPop(out var node))
        {
            switch (node)
            {
                case ContainerBlock container:
                    Push(container, pending);
                    break;
                case LeafBlock { Inline: { } inlines }:
                    Push(inlines, pending);
                    break;
                case Inline inline:
                    if (inline is T match) found.Add(match);
                    if (inline is ContainerInline children) Push(children, pending);
                    break;
            }
        }
        return found;
    }

    // Children pushed last first, so that they are popped in order.
    private static void Push(ContainerBlock container, Stack<MarkdownObject> pending)
    {
        for (var i = container.Count - 1; i >= 0; i--) pending.Push(container[i]);
    }

    private static void Push(ContainerInline container, Stack<MarkdownObject> pending)
    {
        for (var child = container.LastChild; child is not null; child = child.PreviousSibling) pending.Push(child);
    }
}
