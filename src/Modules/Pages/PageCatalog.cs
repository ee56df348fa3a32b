using StatiqGuides.Core.Caching;
using StatiqGuides.Core.Content;

namespace StatiqGuides.Modules.Pages;

/// <summary>The catalog as page composition reads it (<see cref="ComposePages"/>): all of it, under an identity that
/// leaves out translation statuses (<see cref="SiteCatalog.LinkIdentity"/>), read lookup by lookup.</summary>
/// <remarks>
/// <para>A body edit makes that item's translations outdated, and a status is part of the catalog's own identity:
/// keyed on that, one save would compose every page of the site again. The pages that show a status carry it in their
/// job instead (<see cref="PageJob"/>): a content page its own (in its rendered body) and the change since its
/// translation, the hub and root pages every status (<see cref="SiteCatalog.StatusStamp"/>) and every change.</para>
/// <para>A cached step reads it through a recording view (<see cref="ITrackedReads"/>). <see cref="Site"/> is the whole
/// catalog, and a page reading it is composed again when anything links can see changes. <see cref="Structure"/> is the
/// same catalog for a reader that takes every title and summary it shows of another item from <see cref="TitleOf"/> and
/// <see cref="SummaryOf"/>: the page then depends on the catalog without titles and summaries
/// (<see cref="SiteCatalog.StructureIdentity"/>) and on the titles it looked up, so retitling a guide composes again the
/// pages that show its title — its section, its tags, the guides listing it as related — and no others.</para>
/// </remarks>
public sealed class PageCatalog : ITrackedReads
{
    private const string SiteLookup = "site";
    private const string StructureLookup = "structure";
    private const char TitleLookup = 't';
    private const char SummaryLookup = 's';

    private readonly SiteCatalog _site;
    // Shared by every recording view of one catalog: each lookup is answered once per build, however many pages make it.
    private readonly TrackedLookups _lookups;

    public PageCatalog(SiteCatalog site)
    {
        _site = site ?? throw new ArgumentNullException(nameof(site));
        _lookups = new TrackedLookups(Compute);
    }

    private PageCatalog(SiteCatalog site, TrackedLookups lookups)
    {
        _site = site;
        _lookups = lookups;
    }

    /// <summary>The whole catalog: a cached page reading it is composed again when anything in it but a status changes.</summary>
    public SiteCatalog Site
    {
        get
        {
            _lookups.Record(SiteLookup);
            return _site;
        }
    }

    /// <summary>The catalog for a reader that shows no title or summary of an item but through <see cref="TitleOf"/> and
    /// <see cref="SummaryOf"/>, which it calls for each one it shows (or sorts by).</summary>
    public SiteCatalog Structure
    {
        get
        {
            _lookups.Record(StructureLookup);
            return _site;
        }
    }

    public string CacheIdentity => _site.LinkIdentity;

    /// <summary>What <paramref name="item"/> is called in <paramref name="language"/>: its translation's title, else its own.</summary>
    public string TitleOf(ContentItem item, string language)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(language);
        return TitleIn(_site, Known(TitleLookup, item, language), language);
    }

    /// <summary>What <paramref name="item"/> is called in <paramref name="language"/> in <paramref name="site"/>, unrecorded.</summary>
    public static string TitleIn(SiteCatalog site, ContentItem item, string language)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(item);
        return site.FindTranslation(item.Uid, language)?.Title ?? item.Title;
    }

    /// <summary>The summary of <paramref name="item"/> in <paramref name="language"/>: its translation's, else its own.</summary>
    public string SummaryOf(ContentItem item, string language)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(language);
        return SummaryIn(_site, Known(SummaryLookup, item, language), language);
    }

    /// <summary>The summary of <paramref name="item"/> in <paramref name="language"/> in <paramref name="site"/>, unrecorded.</summary>
    public static string SummaryIn(SiteCatalog site, ContentItem item, string language)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(item);
        return site.FindTranslation(item.Uid, language)?.Summary ?? item.Summary;
    }

    public object Recording(ReadLog log) => new PageCatalog(_site, _lookups.RecordingInto(log));

    public string Fingerprint(string lookup) => _lookups.Fingerprint(lookup);

    private string Compute(string lookup)
    {
        if (lookup == SiteLookup) return _site.LinkIdentity;
        if (lookup == StructureLookup) return _site.StructureIdentity;
        var cut = lookup.IndexOf('\0', 2);
        if (cut < 0 || lookup[1] != '\0') throw new ArgumentException($"'{lookup}' is no lookup of the page catalog.", nameof(lookup));
        var (uid, language) = (lookup[2..cut], lookup[(cut + 1)..]);
        var item = _site.Find(uid);
        var translation = _site.FindTranslation(uid, language);
        // The texts themselves, not a hash: thousands of lookups a build, each compared whole.
        return lookup[0] switch
        {
            TitleLookup => Texts(item?.Title, translation?.Title),
            SummaryLookup => Texts(item?.Summary, translation?.Summary),
            _ => throw new ArgumentException($"'{lookup}' is no lookup of the page catalog.", nameof(lookup)),
        };
    }

    /// <summary>Two optional texts as one string that tells every pair apart: each is its length and itself, or "-" when absent.</summary>
    private static string Texts(string? source, string? translation)
    {
        static string Part(string? text) => text is null ? "-" : text.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":" + text;
        return Part(source) + Part(translation);
    }

    /// <summary>The catalog's own item for <paramref name="item"/> (the same file, read for the content or the catalog: the
    /// source, or its translation into <paramref name="language"/>), whose title the lookup's fingerprint covers, with the
    /// lookup recorded; an item the catalog does not hold under its uid (a file set aside) answers from itself, and the
    /// whole catalog is recorded. Unrecorded (a one-shot build), the item answers from itself: in one build it is the file
    /// the catalog holds.</summary>
    private ContentItem Known(char kind, ContentItem item, string language)
    {
        if (!_lookups.IsRecording) return item;
        // A translation in the language asked answers with its own title, which the fingerprint covers too.
        var found = _site.Find(item.Uid) is { } source && string.Equals(source.FullPath, item.FullPath, StringComparison.Ordinal) ? source
            : _site.FindTranslation(item.Uid, language) is { } translation && string.Equals(translation.FullPath, item.FullPath, StringComparison.Ordinal) ? translation
            : null;
        _lookups.Record(found is null ? SiteLookup : kind + "\0" + item.Uid + "\0" + language);
        return found ?? item;
    }
}
