namespace StatiqGuides.Core.Content;

/// <summary>Collects the kinds of a site: starts with the built-ins; <see cref="Add"/> refuses a kind whose id, folder or
/// URL folder another kind or the site's own pages already take.</summary>
public sealed class ContentKindsBuilder
{
    private readonly List<ContentKind> _kinds = [ContentKind.Guide, ContentKind.CaseStudy, ContentKind.Page];

    public ContentKindsBuilder Add(ContentKind kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        // Ignoring case: folders become paths, and bundles are unzipped on case-insensitive file systems.
        var comparer = Identifiers.Comparer;
        if (_kinds.FirstOrDefault(k => comparer.Equals(k.Id, kind.Id)) is { } sameId)
        {
            throw new ContentKindException(ReferenceEquals(sameId, kind)
                ? $"Content kind '{kind.Id}' is registered twice."
                : $"Content kind '{kind.Id}' has the id of another kind ('{sameId.Id}').");
        }
        var sameFolder = _kinds.FirstOrDefault(k => comparer.Equals(k.Folder, kind.Folder));
        if (sameFolder is not null || comparer.Equals(kind.Folder, "assets"))
        {
            throw new ContentKindException($"Content kind '{kind.Id}' reads input/{kind.Folder}/, which {(sameFolder is null ? "holds the site's assets" : $"kind '{sameFolder.Id}' reads")}.");
        }
        var sameUrl = _kinds.FirstOrDefault(k => comparer.Equals(k.UrlFolder, kind.UrlFolder));
        if (sameUrl is not null || SitePaths.ReservedPageSlugs.Contains(kind.UrlFolder, comparer))
        {
            throw new ContentKindException($"Content kind '{kind.Id}' writes its pages in /<lang>/{kind.UrlFolder}/, which {(sameUrl is null ? "the site's own pages take" : $"kind '{sameUrl.Id}' writes in")}.");
        }
        _kinds.Add(kind);
        return this;
    }

    public ContentKinds Build() => new([.. _kinds.OrderBy(k => k.Order).ThenBy(k => k.Id, StringComparer.Ordinal)]);
}
