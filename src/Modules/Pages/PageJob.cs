using StatiqGuides.Core.Content;

namespace StatiqGuides.Modules.Pages;

/// <summary>One unit of page composition (see <see cref="ComposePages"/>): what it shows beyond the catalog and theme,
/// which is what a cached composition is keyed by.</summary>
public abstract record PageJob;

/// <summary>The page of one rendered guide, case study or page in one language.</summary>
public sealed record ContentPageJob(RenderedContent Body) : PageJob;

/// <summary>The listings of one language: home, sections, search, case-study index, tags and hubs, which show front
/// matter only.</summary>
public sealed record ListingsJob(string Language) : PageJob;

/// <summary>A section's printable pages in one language, which show its guides' bodies.</summary>
public sealed record PrintJob(string Language, string SectionId, IReadOnlyList<RenderedContent> Guides) : PageJob;

/// <summary>The root pages: the language choice and, online, the 404 pages.</summary>
public sealed record RootJob(string Language) : PageJob;

/// <summary>The pages one job composed.</summary>
public sealed record PageSet(IReadOnlyList<ComposedPage> Pages);
