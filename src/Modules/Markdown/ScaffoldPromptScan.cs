using System.Buffers;
using StatiqGuides.Core.Content;

namespace StatiqGuides.Modules.Markdown;

/// <summary>Where a body still holds the skeletons' italic prompts (<see cref="ScaffoldPrompts.Body"/>): each prompt at
/// most once per line, in the order of the lines, then of the prompts.</summary>
public static class ScaffoldPromptScan
{
    private static readonly string[] Marks = [.. ScaffoldPrompts.Body.Select(prompt => "_" + prompt)];

    // One pass over the body for all the prompts at once: a search per prompt read every body thirteen times, and most
    // bodies hold none.
    private static readonly SearchValues<string> AnyMark = SearchValues.Create(Marks, StringComparison.Ordinal);

    /// <summary>The prompts left in <paramref name="body"/>: line (0-based), index in <see cref="ScaffoldPrompts.Body"/>,
    /// and column (0-based, in UTF-16 code units) of the underscore that opens it.</summary>
    public static IReadOnlyList<(int Line, int Prompt, int Column)> Find(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var hits = new List<(int Line, int Prompt, int Column)>();
        // The last line each prompt was counted on, and the line the scan is on, counted as it goes.
        var countedOn = new int[Marks.Length];
        Array.Fill(countedOn, -1);
        var line = 0;
        var lineStart = 0;
        var counted = 0;
        for (var at = 0; at < body.Length;)
        {
            var found = body.AsSpan(at).IndexOfAny(AnyMark);
            if (found < 0) break;
            at += found;
            var newlines = body.AsSpan(counted, at - counted);
            if (newlines.LastIndexOf('\n') is var last and >= 0)
            {
                line += newlines.Count('\n');
                lineStart = counted + last + 1;
            }
            counted = at;
            // A mark may begin inside another's text, so every mark is tried here, and the scan moves on by one.
            for (var p = 0; p < Marks.Length; p++)
            {
                if (countedOn[p] != line && body.AsSpan(at).StartsWith(Marks[p], StringComparison.Ordinal))
                {
                    countedOn[p] = line;
                    hits.Add((line, p, at - lineStart));
                }
            }
            at++;
        }
        hits.Sort();
        return hits;
    }
}
