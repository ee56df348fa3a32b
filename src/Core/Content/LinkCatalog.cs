namespace StatiqGuides.Core.Content;

/// <summary>The catalog as links see it: what each item is called and where its pages are, in every language. Rendering a
/// body reads only this, so its cached result survives what links cannot show — a body edit elsewhere that makes a
/// translation outdated — and a <c>serve</c> rebuild after one edit renders that one file's Markdown again, not all of it.</summary>
/// <remarks>
/// <para>Its identity is the catalog's without translation statuses (<see cref="SiteCatalog.LinkIdentity"/>); it gives
/// access to nothing a status decides, so the identity cannot go stale behind a reader's back.</para>
/// <para>A cached step reads it lookup by lookup (<see cref="Caching.ITrackedReads"/>): a rendering is kept while every
/// item it looked up is the same, so retitling a guide renders again only the bodies that name it. A lookup's fingerprint
/// is the hash of the item it found (its body left out, as in the identity), or that it found none; <see cref="Items"/>
/// gives every item, so its fingerprint is the whole identity.</para>
/// </remarks>
public sealed class LinkCatalog : Caching.ITrackedReads
{
    private const string SettingsLookup = "settings";
    private const string ItemsLookup = "items";
    private const char UidLookup = 'u';
    private const char TranslationLookup = 't';
    private const char PathLookup = 'p';
    private const char SetAsideLookup = 's';
    private const char UnreadableLookup = 'x';

    private readonly SiteCatalog _catalog;
    // Shared by every recording view of one catalog: each lookup is hashed once per build, however many bodies make it.
    private readonly Caching.TrackedLookups _lookups;

    public LinkCatalog(SiteCatalog catalog)
    {
        _catalog = catalog ?? throw new ArgumentNullException(nameof(catalog));
        _lookups = new Caching.TrackedLookups(Compute);
    }

    private LinkCatalog(SiteCatalog catalog, Caching.TrackedLookups lookups)
    {
        _catalog = catalog;
        _lookups = lookups;
    }

    public string CacheIdentity => _catalog.LinkIdentity;

    public SiteSettings Settings
    {
        get
        {
            _lookups.Record(SettingsLookup);
            return _catalog.Settings;
        }
    }

    /// <summary>Every item in the default language, in the catalog's order.</summary>
    public IReadOnlyList<ContentItem> Items
    {
        get
        {
            _lookups.Record(ItemsLookup);
            return _catalog.Items;
        }
    }

    public ContentItem? Find(string uid) => Recorded(UidLookup, uid, _catalog.Find(uid));

    public ContentItem? FindTranslation(string uid, string language) =>
        Recorded(TranslationLookup, uid + "\0" + language, _catalog.FindTranslation(uid, language));

    public ContentItem? FindByPath(string fullPath) => Recorded(PathLookup, fullPath, _catalog.FindByPath(fullPath));

    public ContentItem? FindSetAside(string fullPath) => Recorded(SetAsideLookup, fullPath, _catalog.FindSetAside(fullPath));

    public ContentItem? FindUnreadable(string uid) => Recorded(UnreadableLookup, uid, _catalog.FindUnreadable(uid));

    public object Recording(Caching.ReadLog log) => new LinkCatalog(_catalog, _lookups.RecordingInto(log));

    public string Fingerprint(string lookup) => _lookups.Fingerprint(lookup);

    private string Compute(string lookup)
    {
        if (lookup == SettingsLookup) return _catalog.FingerprintOf(_catalog.Settings);
        if (lookup == ItemsLookup) return _catalog.LinkIdentity;
        var argument = lookup[2..];
        var found = lookup[0] switch
        {
            UidLookup => _catalog.Find(argument),
            TranslationLookup => _catalog.FindTranslation(argument[..argument.IndexOf('\0', StringComparison.Ordinal)],
                argument[(argument.IndexOf('\0', StringComparison.Ordinal) + 1)..]),
            PathLookup => _catalog.FindByPath(argument),
            SetAsideLookup => _catalog.FindSetAside(argument),
            UnreadableLookup => _catalog.FindUnreadable(argument),
            _ => throw new ArgumentException($"'{lookup}' is no lookup of the link catalog.", nameof(lookup)),
        };
        return found is null ? "none" : _catalog.LinkFingerprintOf(found);
    }

    private ContentItem? Recorded(char kind, string argument, ContentItem? found)
    {
        if (_lookups.IsRecording) _lookups.Record(kind + "\0" + argument);
        return found;
    }
}
