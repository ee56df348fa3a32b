using StatiqGuides.Core.Content;

namespace StatiqGuides.Modules.Markdown.Links;

/// <summary>The page whose links are resolved: the file they are written in, the language and place of the page
/// they are written for, and whether that page goes into an offline bundle.</summary>
/// <param name="Item">The file: relative links start from its folder, and diagnostics point into it.</param>
/// <param name="Destination">Where the page is written; links are made relative to it.</param>
/// <param name="Offline">True when the page goes into an offline bundle: resources from other hosts become links, and
/// site-absolute links are made relative.</param>
public sealed record LinkingPage(ContentItem Item, string Language, string Destination, bool Offline = false);
