using StatiqGuides.Core.Content;
using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Core.Pipelines;
using StatiqGuides.Modules.FrontMatter;

namespace StatiqGuides.Modules.History;

/// <summary>With site.yml's <c>updated_from_git: true</c>, gives each source that leaves out <c>updated</c> the date of
/// its file's last commit. Translations keep inheriting the source's date, as they do a written one.</summary>
/// <remarks>A file git has no date for (no history, not committed yet, beyond a shallow clone's boundary) shows no
/// date: the build date would make every build differ. Such files are reported once per build (SG0233, info), at the
/// first of them, with their count. Not cached: one dictionary look-up per file, and a cached step's diagnostics would
/// be replayed per file.</remarks>
public sealed class FillDatesFromHistory(Output<SiteConfiguration> settings, Output<SiteHistory> history)
    : PipelineModule<IReadOnlyList<ParsedContent>, IReadOnlyList<ParsedContent>>(settings, history)
{
    public override ValueTask<IReadOnlyList<ParsedContent>> ExecuteAsync(IReadOnlyList<ParsedContent> input, BuildContext context,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Read(settings).Settings.UpdatedFromGit) return ValueTask.FromResult(input);
        var dates = context.Read(history);
        var undated = new List<ContentItem>();
        var result = new List<ParsedContent>(input.Count);
        foreach (var parsed in input)
        {
            if (parsed.Item is not { } item || !TakesDate(item))
            {
                result.Add(parsed);
                continue;
            }
            if (dates.LastChange(item.FullPath) is { } date)
            {
                result.Add(parsed with { Item = item with { FrontMatter = item.FrontMatter with { Updated = date } } });
            }
            else
            {
                undated.Add(item);
                result.Add(parsed);
            }
        }
        if (undated.Count > 0)
        {
            var first = undated.OrderBy(i => i.DisplayPath, StringComparer.Ordinal).First();
            context.Diagnostics.Report(DiagnosticCodes.UpdatedWithoutHistory, SourceLocation.StartOf(first.DisplayPath), undated.Count,
                dates.IsKnown
                    ? "they are not committed yet, or were last changed beyond a shallow clone's history"
                    : "there is no git history here (git is missing, or the input folder is in no repository)");
        }
        return ValueTask.FromResult<IReadOnlyList<ParsedContent>>(result);
    }

    private static bool TakesDate(ContentItem item) =>
        !item.IsTranslation && !item.FrontMatter.WrittenKeys.Contains(ContentFields.Updated.Key) && item.Kind.Fields.Contains(ContentFields.Updated);
}
