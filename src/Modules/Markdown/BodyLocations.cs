using StatiqGuides.Core.Content;
using StatiqGuides.Core.Diagnostics;

namespace StatiqGuides.Modules.Markdown;

/// <summary>Maps Markdig's zero-based body positions to 1-based positions in the file.</summary>
public static class BodyLocations
{
    public static SourceLocation At(ContentItem item, int zeroBasedLine, int zeroBasedColumn)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new SourceLocation(item.DisplayPath, zeroBasedLine + 1 + item.BodyLineOffset, zeroBasedColumn + 1);
    }
}
