namespace StatiqGuides.Modules.Markdown.Links;

/// <summary>What the links of a page resolve against: the site's pages by uid and by file, and the input files.
/// Resolving reports nothing: the caller knows where the link is written and reports there.</summary>
/// <remarks>Immutable and thread-safe: one resolver serves every page of a build, parsed and rendered in parallel.</remarks>
public interface ILinkResolver
{
    /// <summary>Where an xref to <paramref name="uid"/> leads from <paramref name="from"/>; null when no page has the uid.</summary>
    XrefTarget? Xref(string uid, LinkingPage from);

    /// <summary>The title of the page with <paramref name="uid"/> as readers of <paramref name="language"/> see it: its
    /// translation's title, else its own, else the uid.</summary>
    string TitleOf(string uid, string language);

    /// <summary>The suffix of an unknown uid's diagnostic: "; did you mean 'x'?", or "".</summary>
    string SuggestionFor(string uid);

    /// <summary>A relative link written in <paramref name="from"/>'s file: the page or asset it names, or why it leads nowhere.</summary>
    /// <param name="url">The link as written (percent-escaped), with a path before any <c>?query</c> or <c>#anchor</c>,
    /// which the target's URL keeps.</param>
    LinkTarget Relative(string url, LinkingPage from);

    /// <summary>A link starting with '/', on a page read offline: the page or asset of the bundle it names, else the
    /// page of the website (<see cref="LinkTargetKind.Online"/>).</summary>
    /// <param name="url">The link as written; the target's URL keeps its <c>?query</c> or <c>#anchor</c>.</param>
    LinkTarget SiteAbsolute(string url, LinkingPage from);
}
