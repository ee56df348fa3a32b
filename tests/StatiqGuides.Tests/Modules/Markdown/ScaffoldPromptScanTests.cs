using StatiqGuides.Core.Content;
using StatiqGuides.Modules.Markdown;

namespace StatiqGuides.Tests.Modules.Markdown;

/// <summary>The one-pass search for the skeletons' prompts finds what a search per prompt found: the same prompts, lines
/// and columns, on seeded random bodies made of whole prompts, cut ones, underscores and line breaks.</summary>
public sealed class ScaffoldPromptScanTests
{
    /// <summary>The search as first written, one pass over the body per prompt: the oracle.</summary>
    private static List<(int Line, int Prompt, int Column)> PromptByPrompt(string body)
    {
        var marks = ScaffoldPrompts.Body.Select(prompt => "_" + prompt).ToArray();
        var hits = new List<(int Line, int Prompt, int Column)>();
        for (var p = 0; p < marks.Length; p++)
        {
            for (var at = body.IndexOf(marks[p], StringComparison.Ordinal); at >= 0;)
            {
                var lineStart = body.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
                hits.Add((body.AsSpan(0, lineStart).Count('\n'), p, at - lineStart));
                var next = body.IndexOf('\n', at);
                at = next < 0 ? -1 : body.IndexOf(marks[p], next + 1, StringComparison.Ordinal);
            }
        }
        hits.Sort();
        return hits;
    }

    [Fact]
    public void Random_bodies_give_what_a_search_per_prompt_gives()
    {
        var random = new Random(20261207);
        var prompts = ScaffoldPrompts.Body;
        string Piece() => random.Next(9) switch
        {
            0 or 1 => "_" + prompts[random.Next(prompts.Count)] + "_",
            2 => "_" + prompts[random.Next(prompts.Count)][..random.Next(1, 12)],
            3 => "\n",
            4 => "\r\n",
            5 => "_",
            6 => "__",
            7 => prompts[random.Next(prompts.Count)],
            _ => "Some text é ",
        };
        var found = 0;
        for (var round = 0; round < 3000; round++)
        {
            var body = string.Concat(Enumerable.Range(0, random.Next(0, 40)).Select(_ => Piece()));

            var expected = PromptByPrompt(body);
            Assert.True(expected.SequenceEqual(ScaffoldPromptScan.Find(body)), $"round {round}: {body}");
            found += expected.Count;
        }
        Assert.True(found > 1000, $"the bodies held too few prompts to test the search ({found})");
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("No prompt here, only _italics_.", "")]
    [InlineData("_The first thing to do._", "0:2:0")]
    [InlineData("1. _The first thing to do._ and _The first thing to do._\n2. _The next one._", "0:2:3 1:3:3")]
    [InlineData("a\n\n  _Another one._ _What they should avoid._", "2:5:2 2:12:17")]
    public void Each_prompt_is_found_once_per_line_where_its_underscore_is(string body, string expected)
    {
        var found = string.Join(' ', ScaffoldPromptScan.Find(body).Select(h => $"{h.Line}:{h.Prompt}:{h.Column}"));

        Assert.Equal(expected, found);
    }
}
