using StatiqGuides.Core.Content;
using StatiqGuides.Modules.Translations.Changes;

namespace StatiqGuides.Modules.Pages;

/// <summary>One unit of page composition (see <see cref="ComposePages"/>): what it shows beyond the catalog and theme,
/// which is what a cached composition is keyed by. Translation statuses and the changes since outdated translations are
/// among them: the catalog is read under an identity without them (<see cref="PageCatalog"/>).</summary>
public abstract record PageJob;

/// <summary>The page of one rendered guide, case study or page in one language.</summary>
/// <param name="Body">The rendered body, with the page's translation status.</param>
/// <param name="Change">What changed in the source since this translation, when it is outdated and the history says.</param>
public sealed record ContentPageJob(RenderedContent Body, TranslationChange? Change = null) : PageJob;

/// <summary>The listings of one language: home, sections, search, each listed kind's index and tags, which show front
/// matter only.</summary>
public sealed record ListingsJob(string Language) : PageJob;

/// <summary>The hub pages of one language, which show every translation's status and the changes since each outdated
/// one: a body edit that changes them composes these again, not the other listings.</summary>
/// <param name="Statuses">Every translation status (<see cref="SiteCatalog.StatusStamp"/>).</param>
public sealed record HubsJob(string Language, string Statuses, TranslationChanges Changes) : PageJob;

/// <summary>The root pages: the language choice, the translation status page (every status and change) and, online,
/// the 404 pages.</summary>
/// <param name="Statuses">Every translation status (<see cref="SiteCatalog.StatusStamp"/>).</param>
public sealed record RootJob(string Language, string Statuses, TranslationChanges Changes) : PageJob;

/// <summary>The pages one job composed.</summary>
public sealed record PageSet(IReadOnlyList<ComposedPage> Pages);
