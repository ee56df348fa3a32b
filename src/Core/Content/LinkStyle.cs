namespace StatiqGuides.Core.Content;

/// <summary>How internal links are written.</summary>
public enum LinkStyle
{
    /// <summary>Relative folder links (<c>../guide/</c>) for a web server that serves index.html.</summary>
    Server,

    /// <summary>Relative links naming the file (<c>../guide/index.html</c>), for bundles opened from disk.</summary>
    File,

    /// <summary>Absolute URLs under the base URL, for pages served at any path (the 404 page).</summary>
    Absolute,
}
