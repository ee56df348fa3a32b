namespace StatiqGuides.Core.Content;

/// <summary>Everything the site is made of, indexed: settings, sections, hubs, and every content item by uid,
/// language and file. Built once per build after validation; immutable and safe to share between threads.</summary>
/// <remarks>Its <see cref="CacheIdentity"/> covers everything it holds except the items' bodies, so that a cached step
/// reading the catalog is not computed again for every body edit elsewhere: a step that shows an item's body takes that
/// item (or its rendering) as its cached item. What bodies decide for other pages — translation statuses — is covered.</remarks>
public sealed class SiteCatalog : Caching.ICacheIdentity
{
    private readonly Lazy<string> _identity;
    private readonly Lazy<string> _linkIdentity;
    private readonly Lazy<string> _statusStamp;
    private readonly Lazy<string> _structureIdentity;
    private readonly Caching.ContentHasher _hasher;
    private readonly Dictionary<string, ContentItem> _byUid;
    private readonly Dictionary<(string Uid, string Language), ContentItem> _translations;
    private readonly Dictionary<string, ContentItem> _byPath;
    private readonly Dictionary<string, Section> _sections;
    private readonly Dictionary<string, Hub> _hubs;
    private readonly Dictionary<string, Hub> _hubOfSection;
    private readonly Dictionary<string, string> _sourceHashes;
    private readonly HashSet<(string Uid, string Language)> _stillSource;
    private readonly Dictionary<string, ContentItem> _setAsideByPath;
    private readonly Dictionary<string, ContentItem> _unreadableByUid;

    /// <param name="sourceHash">Computes an item's <see cref="SourceHash"/>; a build session passes one that remembers
    /// the hashes of unchanged files. Default: <see cref="SourceHash.Of"/>.</param>
    /// <param name="setAside">The files that exist but are not published. Default: none.</param>
    /// <param name="hasher">Computes the identities; a build session passes its own, which remembers the hashes of the
    /// front matter it met in earlier builds. Default: a new one.</param>
    /// <param name="keepBodies">False: the catalog keeps its items <see cref="ContentItem.WithoutBody"/>, once it has taken
    /// from the bodies what it answers (source hashes, translation statuses). The site build's catalog is made so, since it is
    /// held to the end of the build and nothing reads a body after the Markdown. Default: kept.</param>
    /// <param name="withoutBody">Takes an item <see cref="ContentItem.WithoutBody"/> when bodies are not kept; a build session
    /// passes one that gives back the same object for an unchanged item, whose identity is then not computed again.
    /// Default: <see cref="ContentItem.WithoutBody"/>.</param>
    public SiteCatalog(SiteConfiguration configuration, IEnumerable<ContentItem> sources,
        IEnumerable<ContentItem> translations, IReadOnlyDictionary<string, Hub> hubOfSection, Func<ContentItem, string>? sourceHash = null,
        SetAsideContent? setAside = null, Caching.ContentHasher? hasher = null, bool keepBodies = true,
        Func<ContentItem, ContentItem>? withoutBody = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var strip = withoutBody ?? (static i => i.WithoutBody());
        _hasher = hasher ?? new Caching.ContentHasher();
        Configuration = configuration;
        var items = sources.OrderBy(i => i.Kind).ThenBy(i => i.SectionId, StringComparer.Ordinal).ThenBy(i => i.Uid, StringComparer.Ordinal).ToList();
        var translated = translations.ToDictionary(t => (t.Uid, t.Language));
        // From the items as given: a session's hash function remembers them by the object. Side by side: hashing every
        // source's body is most of what making the catalog costs, and nothing else runs while it is made.
        var hashOf = sourceHash ?? SourceHash.Of;
        var hashes = new string[items.Count];
        Parallel.For(0, items.Count, i => hashes[i] = hashOf(items[i]));
        _sourceHashes = new Dictionary<string, string>(items.Count, StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++) _sourceHashes.Add(items[i].Uid, hashes[i]);
        var given = items.ToDictionary(i => i.Uid, StringComparer.Ordinal);
        _stillSource = [.. translated.Where(t => given.TryGetValue(t.Key.Uid, out var source) && IsStillSource(source, t.Value)).Select(t => t.Key)];
        Items = keepBodies ? items : [.. items.Select(strip)];
        _byUid = Items.ToDictionary(i => i.Uid, StringComparer.Ordinal);
        _translations = keepBodies ? translated : translated.ToDictionary(t => t.Key, t => strip(t.Value));
        _byPath = Items.Concat(_translations.Values).ToDictionary(i => i.FullPath, StringComparer.Ordinal);
        _sections = configuration.Sections.ToDictionary(s => s.Id, StringComparer.Ordinal);
        _hubs = configuration.Hubs.ToDictionary(h => h.Id, StringComparer.Ordinal);
        _hubOfSection = new Dictionary<string, Hub>(hubOfSection, StringComparer.Ordinal);
        SetAside = setAside ?? SetAsideContent.None;
        if (!keepBodies)
        {
            SetAside = new SetAsideContent([.. SetAside.Withheld.Select(strip)], [.. SetAside.Unreadable.Select(strip)],
                SetAside.UnreadableUids);
        }
        _setAsideByPath = SetAside.Withheld.Concat(SetAside.Unreadable).ToDictionary(i => i.FullPath, StringComparer.Ordinal);
        _unreadableByUid = SetAside.Unreadable.Where(i => !i.IsTranslation && SetAside.UnreadableUids.Contains(i.Uid))
            .DistinctBy(i => i.Uid).ToDictionary(i => i.Uid, StringComparer.Ordinal);
        Guides = [.. Items.Where(i => i.Kind == ContentKind.Guide)];
        CaseStudies = [.. Items.Where(i => i.Kind == ContentKind.CaseStudy).OrderBy(i => i.Title, StringComparer.Ordinal)];
        Pages = [.. Items.Where(i => i.Kind == ContentKind.Page).OrderBy(i => i.FrontMatter.Order ?? int.MaxValue).ThenBy(i => i.Slug, StringComparer.Ordinal)];
        // The statuses on top of the link identity: the catalog's items are hashed once for both.
        _identity = new Lazy<string>(() => _hasher.Hash(LinkIdentity, StatusStamp), LazyThreadSafetyMode.ExecutionAndPublication);
        _linkIdentity = new Lazy<string>(ComputeLinkIdentity, LazyThreadSafetyMode.ExecutionAndPublication);
        _statusStamp = new Lazy<string>(ComputeStatusStamp, LazyThreadSafetyMode.ExecutionAndPublication);
        _structureIdentity = new Lazy<string>(ComputeStructureIdentity, LazyThreadSafetyMode.ExecutionAndPublication);
        Links = new LinkCatalog(this);
    }

    public string CacheIdentity => _identity.Value;

    /// <summary>The identity of <see cref="Links"/>: everything but translation statuses.</summary>
    public string LinkIdentity => _linkIdentity.Value;

    /// <summary>The <see cref="LinkIdentity"/> without the titles and summaries of items and translations, but with the
    /// order of <see cref="CaseStudies"/>, which their titles decide: what a reader depends on that reads every title and
    /// summary it shows by a lookup of its own (the pages' <c>PageCatalog.TitleOf</c>), so that retitling one guide composes
    /// again only the pages that show its title.</summary>
    public string StructureIdentity => _structureIdentity.Value;

    /// <summary>A hash of every item's translation status in every language: what a cached step that shows statuses keys
    /// on when it reads the catalog under an identity without them.</summary>
    public string StatusStamp => _statusStamp.Value;

    /// <summary>This catalog as links read it.</summary>
    public LinkCatalog Links { get; }

    // Of each item's link fingerprint, which the lookups of the link catalog answer with: each item is hashed once per build.
    private string ComputeLinkIdentity() => _hasher.Hash(
        Configuration,
        Items.Select(LinkFingerprintOf).ToList(),
        Translations.OrderBy(t => t.FullPath, StringComparer.Ordinal).Select(LinkFingerprintOf).ToList(),
        SetAside.Withheld.Select(LinkFingerprintOf).ToList(),
        SetAside.Unreadable.Select(LinkFingerprintOf).ToList(),
        SetAside.UnreadableUids,
        _hubOfSection);

    /// <summary>The hash of <paramref name="value"/>, by this catalog's hasher: what a lookup of <see cref="Links"/> answered.</summary>
    internal string FingerprintOf(object value) => _hasher.Hash(value);

    /// <summary>The hash of what links can see of <paramref name="item"/>: everything the identity covers of it.</summary>
    /// <remarks>Remembered with the item by the hasher, which a session keeps: an item that did not change is not hashed again.</remarks>
    internal string LinkFingerprintOf(ContentItem item) => _hasher.Identity(item, Bodyless);

    private static object Bodyless(ContentItem item) => item with { Body = "" };

    private static object Untitled(ContentItem item) =>
        item with { Body = "", FrontMatter = item.FrontMatter with { Title = null, Summary = null } };

    private string ComputeStructureIdentity()
    {
        // Each item's part is remembered with the item, which a session keeps for a file that did not change.
        return _hasher.Hash(
            Configuration,
            // On every core: every cached page waits for it in a serve rebuild.
            Items.AsParallel().AsOrdered().Select(i => _hasher.Identity(i, Untitled)).ToList(),
            Translations.OrderBy(t => t.FullPath, StringComparer.Ordinal).AsParallel().AsOrdered().Select(i => _hasher.Identity(i, Untitled)).ToList(),
            // Files not published keep their titles: no page looks those up.
            SetAside.Withheld.Select(LinkFingerprintOf).ToList(),
            SetAside.Unreadable.Select(LinkFingerprintOf).ToList(),
            SetAside.UnreadableUids,
            _hubOfSection,
            CaseStudies.Select(c => c.Uid).ToList());
    }

    private string ComputeStatusStamp() => _hasher.Hash(
        Settings.Languages.SelectMany(l => Items.Select(i => $"{i.Uid}\0{l}\0{Localize(i, l).Status}")).ToList());

    public SiteConfiguration Configuration { get; }

    public SiteSettings Settings => Configuration.Settings;

    public IReadOnlyList<Section> Sections => Configuration.Sections;

    public IReadOnlyList<Hub> Hubs => Configuration.Hubs;

    /// <summary>Every item in the default language, in a stable order (kind, section, uid).</summary>
    public IReadOnlyList<ContentItem> Items { get; }

    public IReadOnlyList<ContentItem> Guides { get; }

    public IReadOnlyList<ContentItem> CaseStudies { get; }

    public IReadOnlyList<ContentItem> Pages { get; }

    public IEnumerable<ContentItem> Translations => _translations.Values;

    /// <summary>The items of one kind, in the order a listing shows them: <c>order</c>, then slug.</summary>
    public IEnumerable<ContentItem> ItemsOf(ContentKind kind) => Items
        .Where(i => i.Kind == kind)
        .OrderBy(i => i.FrontMatter.Order ?? int.MaxValue)
        .ThenBy(i => i.Slug, StringComparer.Ordinal);

    /// <summary>The files that exist but are not published.</summary>
    public SetAsideContent SetAside { get; }

    /// <summary>The file at <paramref name="fullPath"/> that exists but is not published (withheld or unreadable).</summary>
    public ContentItem? FindSetAside(string fullPath) => _setAsideByPath.GetValueOrDefault(fullPath);

    /// <summary>The stand-in of the unreadable file whose uid is <paramref name="uid"/>: a reference to it is not reported
    /// again, its file's own diagnostic says what is wrong.</summary>
    public ContentItem? FindUnreadable(string uid) => _unreadableByUid.GetValueOrDefault(uid);

    /// <summary>The latest <c>updated</c> date of any item or translation: the edition date of a bundle.</summary>
    public DateOnly? LatestUpdate => Items.Concat(Translations).Max(i => i.FrontMatter.Updated);

    public ContentItem? Find(string uid) => _byUid.GetValueOrDefault(uid);

    /// <summary>The translation of <paramref name="uid"/> into <paramref name="language"/>, with inherited keys merged in.</summary>
    public ContentItem? FindTranslation(string uid, string language) => _translations.GetValueOrDefault((uid, language));

    /// <summary>The current <c>source_hash</c> of a source item.</summary>
    public string SourceHashOf(string uid) => _sourceHashes[uid];

    /// <summary>What readers of <paramref name="language"/> get for <paramref name="source"/>: source, translation or fallback.</summary>
    public LocalizedItem Localize(ContentItem source, string language)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (language == Settings.DefaultLanguage) return new LocalizedItem(source, source, language, TranslationStatus.Source, null);
        if (FindTranslation(source.Uid, language) is not { } translation)
        {
            return new LocalizedItem(source, source, language, TranslationStatus.Missing, null);
        }
        var status = _stillSource.Contains((source.Uid, language)) ? TranslationStatus.Untranslated
            : translation.FrontMatter.SourceHash == _sourceHashes[source.Uid] ? TranslationStatus.Current : TranslationStatus.Outdated;
        return new LocalizedItem(source, translation, language, status, translation);
    }

    /// <summary>True when the translation of <paramref name="uid"/> into <paramref name="language"/> is still the source's
    /// text, blank lines and trailing spaces aside: answered from the bodies as the catalog was given them.</summary>
    public bool IsStillSource(string uid, string language) => _stillSource.Contains((uid, language));

    /// <summary>True when a translation's body is the source's text, blank lines and trailing spaces aside.</summary>
    /// <exception cref="InvalidOperationException">Either item has no body (<see cref="ContentItem.WithoutBody"/>): ask
    /// the catalog (<see cref="IsStillSource(string, string)"/>).</exception>
    public static bool IsStillSource(ContentItem source, ContentItem translation)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(translation);
        // The kept bytes, not the text read back: every listing asks this of every translation.
        return translation.BodyText.SameTrimmed(source.BodyText);
    }

    /// <summary>The item whose file is at <paramref name="fullPath"/> (any language).</summary>
    public ContentItem? FindByPath(string fullPath) => _byPath.GetValueOrDefault(fullPath);

    public Section? FindSection(string id) => _sections.GetValueOrDefault(id);

    public Hub? FindHub(string id) => _hubs.GetValueOrDefault(id);

    public Hub? HubOf(string sectionId) => _hubOfSection.GetValueOrDefault(sectionId);

    /// <summary>A section's guides in reading order: <c>order</c>, then title.</summary>
    public IEnumerable<ContentItem> GuidesOf(string sectionId) => Guides
        .Where(g => g.SectionId == sectionId)
        .OrderBy(g => g.FrontMatter.Order ?? int.MaxValue)
        .ThenBy(g => g.Title, StringComparer.Ordinal)
        .ThenBy(g => g.Uid, StringComparer.Ordinal);
}
