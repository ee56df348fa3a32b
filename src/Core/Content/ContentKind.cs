namespace StatiqGuides.Core.Content;

/// <summary>One kind of content file, defined once: where its files are, where its pages are written, the layout they
/// get, whether search and a listing page show them, and the front-matter keys its files know.</summary>
/// <remarks>Immutable and shared between threads. Guides, case studies and pages are the three built-in kinds; a host
/// defines more with <see cref="ContentKindBuilder"/> and registers them with <c>SiteSetup.AddContentKind</c>. A kind is
/// equal only to itself (a registry holds one instance per id), and kinds sort by <see cref="Order"/> then id, so that
/// lists ordered by kind (<c>OrderBy(i =&gt; i.Kind)</c>) keep the order they had when kinds were an enum.</remarks>
public sealed class ContentKind : Caching.ICacheIdentity, IComparable<ContentKind>
{
    internal ContentKind(string id, string name, string folder, bool sectioned, string urlFolder, string layout, bool indexed,
        string? listingTitleKey, int order, IReadOnlyList<FieldSpec> fields, bool builtIn)
    {
        Id = id;
        Name = name;
        Folder = folder;
        Sectioned = sectioned;
        UrlFolder = urlFolder;
        Layout = layout;
        Indexed = indexed;
        ListingTitleKey = listingTitleKey;
        Order = order;
        Fields = fields;
        IsBuiltIn = builtIn;
        Keys = new HashSet<string>(fields.Select(f => f.Key), StringComparer.Ordinal);
    }

    public static ContentKind Guide { get; } = new("guide", "Guide", "guides", sectioned: true, "guides", "guide", indexed: true, null, 0,
    [
        ContentFields.Title, ContentFields.Summary, ContentFields.Uid, ContentFields.Tags, ContentFields.CaseStudies, ContentFields.Related,
        ContentFields.Sources, ContentFields.Authors, ContentFields.Updated, ContentFields.Order, ContentFields.Draft, ContentFields.Aliases,
    ], builtIn: true);

    public static ContentKind CaseStudy { get; } = new("case-study", "Case study", "case-studies", sectioned: false, "case-studies", "case-study",
        indexed: true, "nav.case_studies", 1,
    [
        ContentFields.Title, ContentFields.Summary, ContentFields.Parliament, ContentFields.Country, ContentFields.Year, ContentFields.Region,
        ContentFields.Themes, ContentFields.Links, ContentFields.Uid, ContentFields.Tags, ContentFields.Authors, ContentFields.Updated,
        ContentFields.Draft, ContentFields.Aliases,
    ], builtIn: true);

    /// <summary>Plain pages (about, contribute, downloads): written at the language's root, listed in the site's navigation.</summary>
    public static ContentKind Page { get; } = new("page", "Page", "pages", sectioned: false, "", "page", indexed: true, null, 2,
    [
        ContentFields.Title, ContentFields.Summary.AsOptional(), ContentFields.Uid, ContentFields.Tags, ContentFields.Authors,
        ContentFields.Updated, ContentFields.Order, ContentFields.Draft, ContentFields.Aliases,
    ], builtIn: true);

    /// <summary>The kind's name in URLs, layouts (<c>&lt;id&gt;-index</c>), xrefmap.json and reports: <c>guide</c>, <c>case-study</c>.</summary>
    public string Id { get; }

    /// <summary>Its name in the content reference: "Case study".</summary>
    public string Name { get; }

    /// <summary>The folder under input/ its files are in.</summary>
    public string Folder { get; }

    /// <summary>True when its files are one folder deeper, per section (<c>guides/&lt;section&gt;/</c>).</summary>
    public bool Sectioned { get; }

    /// <summary>The folder under a language its pages are written in (<c>case-studies</c>); empty for the language's root.</summary>
    public string UrlFolder { get; }

    /// <summary>The theme layout of its pages.</summary>
    public string Layout { get; }

    /// <summary>Whether the search index lists its pages.</summary>
    public bool Indexed { get; }

    /// <summary>The UI string that titles its listing page; null when it has none.</summary>
    public string? ListingTitleKey { get; }

    /// <summary>Whether each language has a listing page of its items, <see cref="ListingPath"/>.</summary>
    public bool Listed => ListingTitleKey is not null;

    /// <summary>Its place among kinds wherever items of several kinds are listed together, in a stable order.</summary>
    public int Order { get; }

    /// <summary>The front-matter keys its files know, in the order the content reference lists them.</summary>
    public IReadOnlyList<FieldSpec> Fields { get; }

    public IReadOnlySet<string> Keys { get; }

    public bool IsBuiltIn { get; }

    /// <summary>Covers everything that decides what its files and pages become, readers aside (code).</summary>
    /// <remarks>Hashed when a cache first asks: a clean build never does, and the built-in kinds are made at start-up.</remarks>
    public string CacheIdentity => _identity ??= new Caching.ContentHasher().Hash(Id, Name, Folder, Sectioned, UrlFolder, Layout, Indexed,
        ListingTitleKey, Order, Fields.Select(f => f.CacheIdentity).ToList(), IsBuiltIn);

    private string? _identity;

    /// <summary>Where its files are, as the content reference says it.</summary>
    public string Where => $"input/{Folder}/{(Sectioned ? "<section>/" : "")}<slug>.md";

    /// <summary>The output path of one item's page in <paramref name="language"/> (SPEC §2).</summary>
    public string PathOf(string language, string? sectionId, string slug)
    {
        if (Sectioned)
        {
            ArgumentException.ThrowIfNullOrEmpty(sectionId);
            return $"{language}/{UrlFolder}/{sectionId}/{slug}/{SitePaths.IndexFile}";
        }
        return UrlFolder.Length == 0 ? $"{language}/{slug}/{SitePaths.IndexFile}" : $"{language}/{UrlFolder}/{slug}/{SitePaths.IndexFile}";
    }

    /// <summary>The output path of its listing page in <paramref name="language"/>.</summary>
    public string ListingPath(string language) => $"{language}/{UrlFolder}/{SitePaths.IndexFile}";

    /// <summary>The keys a file of this kind knows: a translation also knows <see cref="ContentFields.TranslationOnly"/>.</summary>
    public IEnumerable<FieldSpec> FieldsOf(bool isTranslation) => isTranslation ? Fields.Concat(ContentFields.TranslationOnly) : Fields;

    public override string ToString() => Id;

    public int CompareTo(ContentKind? other)
    {
        if (ReferenceEquals(this, other)) return 0;
        if (other is null) return 1;
        var byOrder = Order.CompareTo(other.Order);
        return byOrder != 0 ? byOrder : string.CompareOrdinal(Id, other.Id);
    }

    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);

    public static bool operator ==(ContentKind? left, ContentKind? right) => ReferenceEquals(left, right);

    public static bool operator !=(ContentKind? left, ContentKind? right) => !ReferenceEquals(left, right);

    public static bool operator <(ContentKind? left, ContentKind? right) => Compare(left, right) < 0;

    public static bool operator <=(ContentKind? left, ContentKind? right) => Compare(left, right) <= 0;

    public static bool operator >(ContentKind? left, ContentKind? right) => Compare(left, right) > 0;

    public static bool operator >=(ContentKind? left, ContentKind? right) => Compare(left, right) >= 0;

    private static int Compare(ContentKind? left, ContentKind? right) => left is null ? (right is null ? 0 : -1) : left.CompareTo(right);
}
