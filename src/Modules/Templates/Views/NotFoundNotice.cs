namespace StatiqGuides.Modules.Templates.Views;

/// <summary>The root 404 page's message in one language, with a link to that language's home page.</summary>
public sealed record NotFoundNotice(string Code, string Name, string Title, string Text, string HomeText, string HomeUrl);
