using StatiqGuides.Modules.Markdown;

namespace StatiqGuides.Tests.Modules.Markdown;

/// <summary>The nesting check finds the same line as a plain scan of every character would, on seeded random text made
/// of what it counts (quotes, indentation, brackets, line breaks) and of what it must ignore.</summary>
public sealed class NestingLimitTests
{
    /// <summary>The check as first written, one character at a time: the oracle.</summary>
    private static int CharacterByCharacter(string body)
    {
        var line = 0;
        var brackets = 0;
        var atLineStart = true;
        var quotes = 0;
        var indent = 0;
        foreach (var c in body)
        {
            if (c == '\n')
            {
                line++;
                atLineStart = true;
                quotes = 0;
                indent = 0;
                continue;
            }
            if (atLineStart)
            {
                if (c == '>') quotes++;
                else if (c == ' ') indent++;
                else if (c == '\t') indent += 4;
                else atLineStart = false;
                if (quotes > NestingLimit.MaxDepth || indent > 4 * NestingLimit.MaxDepth) return line;
            }
            if (c == '[') brackets++;
            else if (c == ']' && brackets > 0) brackets--;
            if (brackets > NestingLimit.MaxDepth) return line;
        }
        return -1;
    }

    [Fact]
    public void Random_text_gives_the_line_a_scan_of_every_character_gives()
    {
        var random = new Random(20261207);
        // Weighted towards what nests, so that many strings cross the limit somewhere.
        const string alphabet = ">>>>[[[[[[]]]]    \t\n\nab\r-*";
        for (var round = 0; round < 3000; round++)
        {
            var length = random.Next(0, 1200);
            var text = new string([.. Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)])]);

            Assert.True(CharacterByCharacter(text) == NestingLimit.FirstLineTooDeep(text), $"round {round}: {text}");
        }
    }

    [Theory]
    [InlineData("", -1)]
    [InlineData("plain text\nand more", -1)]
    [InlineData("a\nb\n" + "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[", 2)]
    [InlineData("[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]x[", -1)]
    [InlineData("x\n>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>", 1)]
    [InlineData("x >>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>", -1)]
    public void Known_cases(string body, int line)
    {
        Assert.Equal(CharacterByCharacter(body), line);
        Assert.Equal(line, NestingLimit.FirstLineTooDeep(body));
    }
}
