namespace StatiqGuides.Modules.Markdown.Links;

/// <summary>The page an xref names, as linked from one page.</summary>
/// <param name="Url">The link to the page, without an anchor.</param>
/// <param name="IsPublished">False for the stand-in of a file that could not be read: the link goes where its page
/// would be, and the file's own diagnostic is the report (the xref is not counted as a citation, its anchor not checked).</param>
public sealed record XrefTarget(string Uid, string Url, bool IsPublished = true);
