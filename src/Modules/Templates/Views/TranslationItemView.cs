namespace StatiqGuides.Modules.Templates.Views;

/// <summary>One item whose translation needs work, on a hub page: its page in that language and what it needs.</summary>
/// <param name="Status">outdated, missing or untranslated.</param>
/// <param name="StatusText">The status in the page's language, with the block counts when known ("Out of date (2
/// changed, 0 added, 1 removed)").</param>
public sealed record TranslationItemView(string Title, string Url, string Status, string StatusText);
