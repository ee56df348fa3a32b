using StatiqGuides.Core.Content;
using StatiqGuides.Core.Pipelines;
using StatiqGuides.Modules.FrontMatter;

namespace StatiqGuides.Modules.Markdown;

/// <summary>Lists the files to render: every item in every language — a translation, or the source under that
/// language's UI (a fallback) — grouped by the file shown, plus the withheld files, which check reports on.</summary>
/// <remarks>Each file's body comes from <paramref name="content"/>, as it was read: the site build's catalog keeps none.</remarks>
public sealed class PlanMarkdown(Output<SiteCatalog> catalog, Output<IReadOnlyList<ParsedContent>> content)
    : PipelineModule<NoInput, IReadOnlyList<MarkdownFile>>(catalog, content)
{
    public override ValueTask<IReadOnlyList<MarkdownFile>> ExecuteAsync(NoInput input, BuildContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var site = context.Read(catalog);
        var read = ParsedContent.ItemsByPath(context.Read(content));
        var pages = site.Settings.Languages.SelectMany(l => site.Items.Select(i => site.Localize(i, l)));
        var files = pages.GroupBy(p => p.Shown.FullPath, StringComparer.Ordinal)
            .Select(group =>
            {
                // Links are rewritten for a page that is written: in a one-language bundle the default language's pages are
                // online only, and links written for them would send the bundle's fallback pages to the website.
                var first = group.FirstOrDefault(p => context.Options.Carries(p.Language)) ?? group.First();
                return Kept(new MarkdownFile(first, [.. group], read[group.Key].BodyText));
            })
            .Concat(site.SetAside.Withheld.Select(item =>
            {
                var shown = new LocalizedItem(item, item, item.Language, TranslationStatus.Source, null);
                return Kept(new MarkdownFile(shown, [shown], read[item.FullPath].BodyText, Withheld: true));
            }));
        // In a session, a file whose plan did not change is the same object as in the last build: its rendering's key is
        // looked up, not hashed again.
        MarkdownFile Kept(MarkdownFile file) =>
            context.Cache?.Keep(nameof(MarkdownFile), (file.Withheld ? "withheld:" : "") + file.First.Shown.FullPath, file) ?? file;
        return ValueTask.FromResult<IReadOnlyList<MarkdownFile>>([.. files]);
    }
}
