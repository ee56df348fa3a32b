using StatiqGuides.Core.Content;

namespace StatiqGuides.Modules.Pages;

/// <summary>One printable page of a section in one language (<see cref="ComposePrintPages"/>): the part's number and the
/// renderings of its guides, which it shows whole, so that saving a guide composes again only the part it is in.</summary>
/// <param name="Part">1 for a section printed on one page, else the part (<see cref="ListingPageViews.PrintPagesOf"/>).</param>
/// <param name="Guides">The part's guides rendered in <paramref name="Language"/>, in reading order.</param>
public sealed record PrintJob(string Language, string SectionId, int Part, IReadOnlyList<RenderedContent> Guides);
