namespace StatiqGuides.Modules.Templates.Views;

/// <summary>A notice above a page's content: not yet translated (<c>fallback</c>) or translation out of date (<c>outdated</c>).</summary>
public sealed record NoticeView(string Kind, string Text, string LinkText, string LinkUrl);
