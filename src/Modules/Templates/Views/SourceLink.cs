using StatiqGuides.Core.Content;

namespace StatiqGuides.Modules.Templates.Views;

/// <summary>One entry of a guide's "Sources" section.</summary>
/// <param name="Url">The source's https address.</param>
/// <param name="Title">The title the author gave, or the address without its scheme.</param>
/// <param name="HasTitle">True when the author gave a title; an address alone is shown as a URL.</param>
/// <param name="Lang">The language the title is written in when it differs from the page's (a translation that
/// inherits its source's list), else null.</param>
public sealed record SourceLink(string Url, string Title, bool HasTitle, string? Lang)
{
    /// <summary>The sources of a guide as read on a page in <paramref name="pageLanguage"/>.</summary>
    public static IReadOnlyList<SourceLink> ListOf(ContentItem item, string pageLanguage, string defaultLanguage)
    {
        ArgumentNullException.ThrowIfNull(item);
        var written = item.IsTranslation && item.FrontMatter.WrittenKeys.Contains("sources") ? item.Language : defaultLanguage;
        var lang = written == pageLanguage ? null : written;
        return [.. item.FrontMatter.Sources.Select(s => s.Title is { } title
            ? new SourceLink(s.Url, title, true, lang)
            : new SourceLink(s.Url, s.Url["https://".Length..], false, null))];
    }
}
