namespace StatiqGuides.Modules.Templates.Views;

/// <summary>An entry of the language switcher: the same page in another language.</summary>
/// <param name="Code">The BCP 47 code, used for <c>hreflang</c> and <c>lang</c>.</param>
/// <param name="Name">The language's name in that language (français, español).</param>
/// <param name="IsTranslated">False when that language shows the default-language text as a fallback.</param>
public sealed record LanguageLink(string Code, string Name, string Url, bool IsCurrent, bool IsTranslated)
{
    /// <summary>"Choose your language" in this link's language, for the site's root page.</summary>
    public string Prompt { get; init; } = "";

    /// <summary>The link leaves this copy for the online site (a language a one-language bundle does not carry).</summary>
    public bool IsOnline => Url.StartsWith("https://", StringComparison.Ordinal) || Url.StartsWith("http://", StringComparison.Ordinal);
}

/// <summary>A <c>&lt;link rel="alternate" hreflang&gt;</c>: absolute URL of the page in one language, or x-default.</summary>
public sealed record AlternateLink(string Hreflang, string Href);
