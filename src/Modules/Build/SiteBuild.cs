using StatiqGuides.Core.Content;
using StatiqGuides.Core.Pipelines;
using StatiqGuides.Modules.Catalog;
using StatiqGuides.Modules.FrontMatter;
using StatiqGuides.Modules.Markdown;
using StatiqGuides.Modules.Output;
using StatiqGuides.Modules.Ownership;
using StatiqGuides.Modules.Pages;
using StatiqGuides.Modules.Search;
using StatiqGuides.Modules.Settings;
using StatiqGuides.Modules.Sources;
using StatiqGuides.Modules.Templates;

namespace StatiqGuides.Modules.Build;

/// <summary>The whole site build as a list of pipelines. <c>check</c> runs the same list without writing.</summary>
public static class SiteBuild
{
    public const string Settings = nameof(Settings);
    public const string Theme = nameof(Theme);
    public const string Content = nameof(Content);
    public const string Catalog = nameof(Catalog);
    public const string Fingerprints = nameof(Fingerprints);
    public const string Markdown = nameof(Markdown);
    public const string Pages = nameof(Pages);
    public const string Layouts = nameof(Layouts);
    public const string SiteFiles = nameof(SiteFiles);
    public const string Assets = nameof(Assets);
    public const string Search = nameof(Search);
    public const string Output = nameof(Output);

    /// <summary>The pipelines whose documents are the site's files (<see cref="OutputFile"/>s): what <c>build</c> writes
    /// and <c>serve</c> serves.</summary>
    public static IReadOnlyList<string> SitePipelines { get; } = [Layouts, SiteFiles, Assets, Search];

    /// <summary>Only what reading and indexing the content needs: for commands that report on it.</summary>
    public static IReadOnlyList<Pipeline> CatalogPipelines() =>
    [
        new PipelineBuilder(Settings).Add(new ReadSettings()).Build(),
        new PipelineBuilder(Content).DependsOn(Settings)
            .Add(new FindContentFiles(Settings)).Add(new ReadSourceText()).Add(new ParseFrontMatter(Settings)).Build(),
        new PipelineBuilder(Catalog).DependsOn(Settings, Content).Add(new BuildCatalog(Settings, Content)).Add(new CheckCodeOwners()).Build(),
    ];

    public static IReadOnlyList<Pipeline> Pipelines(bool write)
    {
        List<Pipeline> pipelines =
        [
            .. CatalogPipelines(),
            new PipelineBuilder(Theme).DependsOn(Settings).Add(new LoadTheme(Settings)).Build(),
            // What a build session's caches are keyed by; empty and free in a one-shot build.
            new PipelineBuilder(Fingerprints).DependsOn(Content).Add(new FingerprintContent(Content)).Build(),
            new PipelineBuilder(Markdown).DependsOn(Catalog, Theme, Fingerprints)
                .Add(new RenderMarkdown(MarkdownPipelineFactory.Create(), Catalog, Theme, Fingerprints)).Add(new CheckXrefAnchors()).Add(new CheckCitations(Catalog)).Build(),
            new PipelineBuilder(Pages).DependsOn(Catalog, Markdown, Theme, Fingerprints).Add(new ComposePages(Catalog, Markdown, Theme, Fingerprints)).Build(),
            new PipelineBuilder(Layouts).DependsOn(Pages, Theme).Add(new PassThrough(Pages)).Add(new RenderLayouts(Theme)).Build(),
            new PipelineBuilder(SiteFiles).DependsOn(Catalog, Pages, Fingerprints, Theme).Add(new WriteSiteFiles(Catalog, Pages, Fingerprints, Theme)).Build(),
            new PipelineBuilder(Assets).DependsOn(Theme, Markdown).Add(new CollectAssets(Theme, Markdown)).Build(),
            new PipelineBuilder(Search).DependsOn(Catalog, Pages).Add(new BuildSearchIndex(Catalog, Pages)).Build(),
        ];
        // check runs the destination check too, so it reports every conflict that build would; only build writes.
        var output = new PipelineBuilder(Output).DependsOn([.. SitePipelines]).Add(new CheckDestinations([.. SitePipelines])).Add(new CheckBudgets());
        pipelines.Add((write ? output.Add(new WriteSite()) : output).Build());
        return pipelines;
    }
}
