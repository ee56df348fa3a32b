using StatiqGuides.Core.Pipelines;
using StatiqGuides.Modules.Templates;

namespace StatiqGuides.Modules.Pages;

/// <summary>Builds the view of one printable page of a section (<see cref="PrintJob"/>): the part's guides nested whole,
/// with the links between the section's parts.</summary>
public sealed class ComposePrintPages(Output<PageCatalog> catalog, Output<Theme> theme, Output<Downloads> downloads)
    : EachModule<PrintJob, PageSet>(catalog, theme, downloads)
{
    public override PageSet Process(PrintJob item, BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(context);
        // Read by every job, so each records it, before the views shared by all jobs are made from it.
        var catalogSite = context.Read(catalog).Site;
        var views = context.PerBuild(this, () =>
            ViewFactory.ForEachLanguage(catalogSite, context.Read(theme), context.Options, context.Read(downloads).Index));
        return new PageSet([new ListingPageViews(views[item.Language]).SectionPrint(catalogSite.FindSection(item.SectionId)!, item.Part, item.Guides)]);
    }
}
