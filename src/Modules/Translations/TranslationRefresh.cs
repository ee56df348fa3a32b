using StatiqGuides.Modules.Translations.Xliff;

namespace StatiqGuides.Modules.Translations;

/// <summary><c>new translation</c> over an outdated translation (SPEC §3): every block whose source did not change
/// since the version translated keeps its translation, byte for byte; changed and new blocks (and a changed title or
/// summary) get the current source's text to translate; the translation's own front matter stays, and
/// <c>source_hash</c> becomes the current source's, as for a new scaffold.</summary>
/// <remarks>The blocks are matched by <see cref="TranslationAlignment"/>, the same alignment export and import use.
/// When it cannot match them (they do not correspond to the version translated, or that version is not in the
/// history), nothing is reused and the file is left as it is, to be updated as a whole.</remarks>
public static class TranslationRefresh
{
    public static RefreshedTranslation Rebuild(DocumentPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.TranslationText is null) throw new ArgumentException("the plan has no existing translation", nameof(plan));
        if (plan.Unaligned is { } reason) return new RefreshedTranslation(null, 0, [], reason);
        var targets = new Dictionary<string, (string Text, bool Done)>(StringComparer.Ordinal);
        var kept = 0;
        var toTranslate = new List<UnitPlan>();
        foreach (var unit in plan.Units)
        {
            if (unit.Final && unit.Target is not null)
            {
                targets[unit.Id] = (Text(unit.Target), true);
                if (unit.SourceBlock >= 0) kept++;
                continue;
            }
            targets[unit.Id] = (Text(unit.Source), true);
            toTranslate.Add(unit);
        }
        var rebuilt = TranslationWriter.Rebuild(plan, targets);
        return new RefreshedTranslation(rebuilt.Text, kept, toTranslate, null);
    }

    private static string Text(IEnumerable<Blocks.InlineSegment> segments) =>
        string.Concat(segments.Select(s => s.Text)).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
}

/// <param name="Text">The translation file to write, or null when nothing could be reused.</param>
/// <param name="KeptBlocks">How many blocks kept their translation.</param>
/// <param name="ToTranslate">The units now holding the source's text: changed and new blocks, a changed title or summary.</param>
/// <param name="NotReused">Why no block could be reused (then <paramref name="Text"/> is null).</param>
public sealed record RefreshedTranslation(string? Text, int KeptBlocks, IReadOnlyList<UnitPlan> ToTranslate, string? NotReused);
