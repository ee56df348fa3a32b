using System.Text;
using StatiqGuides.Core.Content;

namespace StatiqGuides.Modules.Translations;

/// <summary>Writes the starting point of a translation: the source's title, summary and body to translate,
/// and the current <c>source_hash</c>, so the new file is current the moment it is translated.</summary>
public static class TranslationScaffold
{
    /// <summary>The path of <paramref name="source"/>'s translation into <paramref name="language"/>.</summary>
    public static string PathFor(ContentItem source, string language)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Path.Combine(Path.GetDirectoryName(source.FullPath)!, $"{source.Slug}.{language}.md");
    }

    public static string Text(ContentItem source, string sourceHash)
    {
        ArgumentNullException.ThrowIfNull(source);
        var builder = new StringBuilder("---\n");
        builder.Append("title: ").Append(Quote(source.FrontMatter.Title ?? source.Slug)).Append('\n');
        builder.Append("summary: ").Append(Quote(source.FrontMatter.Summary ?? "")).Append('\n');
        if (source.FrontMatter.Uid is { } uid) builder.Append("uid: ").Append(Quote(uid.Value)).Append('\n');
        builder.Append("source_hash: ").Append(sourceHash).Append('\n');
        builder.Append("---\n");
        builder.Append(source.Body);
        return builder.ToString();
    }

    /// <summary>A YAML double-quoted scalar: only backslash and double quote need escaping on one line.</summary>
    public static string Quote(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal) + "\"";
    }
}
