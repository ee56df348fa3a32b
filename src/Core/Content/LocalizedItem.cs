namespace StatiqGuides.Core.Content;

/// <summary>One item as readers of one language get it.</summary>
/// <param name="Source">The item in the default language.</param>
/// <param name="Shown">What is rendered: the translation with the source's keys it does not repeat, or the source.</param>
/// <param name="Translation">The translation file as written, when there is one.</param>
public sealed record LocalizedItem(ContentItem Source, ContentItem Shown, string Language, TranslationStatus Status, ContentItem? Translation)
{
    /// <summary>True when the text shown is in another language than the page's (a fallback).</summary>
    public bool IsFallback => Status is TranslationStatus.Missing or TranslationStatus.Untranslated;
}
