using StatiqGuides.Core.Content;
using StatiqGuides.Core.Pipelines;

namespace HostedSite;

/// <summary>A pipeline of its own: <c>humans.txt</c> (humanstxt.org), the authors of the site's guides and case studies.
/// It reads the catalog by its handle, so it runs after the catalog is built; added to the site's files, it is
/// written, served and checked for conflicts like every other file.</summary>
public sealed class WriteHumansTxt(Output<SiteCatalog> catalog) : PipelineModule<NoInput, IReadOnlyList<OutputFile>>(catalog)
{
    public override ValueTask<IReadOnlyList<OutputFile>> ExecuteAsync(NoInput input, BuildContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var authors = context.Read(catalog).Items.SelectMany(i => i.FrontMatter.Authors).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var text = "/* TEAM */\n" + string.Concat(authors.Select(a => $"Author: {a}\n"));
        return ValueTask.FromResult<IReadOnlyList<OutputFile>>([OutputFile.FromText("humans.txt", text)]);
    }
}
