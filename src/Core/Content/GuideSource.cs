namespace StatiqGuides.Core.Content;

/// <summary>One entry of a guide's <c>sources</c> list: a public https page the guide's facts rest on.</summary>
/// <param name="Url">An absolute https URL, checked when the file is read.</param>
/// <param name="Title">What the author calls the source, or null to show the address itself.</param>
public sealed record GuideSource(string Url, string? Title);
