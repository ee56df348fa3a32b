namespace StatiqGuides.Core.Content;

/// <summary>The catalog as links see it: what each item is called and where its pages are, in every language. Rendering a
/// body reads only this, so its cached result survives what links cannot show — a body edit elsewhere that makes a
/// translation outdated — and a <c>serve</c> rebuild after one edit renders that one file's Markdown again, not all of it.</summary>
/// <remarks>Its identity is the catalog's without translation statuses (<see cref="SiteCatalog.LinkIdentity"/>); it gives
/// access to nothing a status decides, so the identity cannot go stale behind a reader's back.</remarks>
public sealed class LinkCatalog(SiteCatalog catalog) : Caching.ICacheIdentity
{
    public string CacheIdentity => catalog.LinkIdentity;

    public SiteSettings Settings => catalog.Settings;

    /// <summary>Every item in the default language, in the catalog's order.</summary>
    public IReadOnlyList<ContentItem> Items => catalog.Items;

    public ContentItem? Find(string uid) => catalog.Find(uid);

    public ContentItem? FindTranslation(string uid, string language) => catalog.FindTranslation(uid, language);

    public ContentItem? FindByPath(string fullPath) => catalog.FindByPath(fullPath);

    public ContentItem? FindSetAside(string fullPath) => catalog.FindSetAside(fullPath);

    public ContentItem? FindUnreadable(string uid) => catalog.FindUnreadable(uid);
}
