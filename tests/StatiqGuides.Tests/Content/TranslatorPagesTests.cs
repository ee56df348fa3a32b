using System.Text.RegularExpressions;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Content;

/// <summary>The translator's page, in its three languages, says the same thing: the same sections, and every command
/// a translator needs (what changed, the CAT-tool round trip, accepting a correction, checking). The contribute pages
/// point to it rather than repeating it.</summary>
public sealed partial class TranslatorPagesTests
{
    private static readonly string[] Commands =
    [
        "dotnet run -c Release -- translations diff SLUG --lang",
        "dotnet run -c Release -- translations --since main --format md",
        "dotnet run -c Release -- translations export --lang",
        "dotnet run -c Release -- translations import",
        "dotnet run -c Release -- translations accept SLUG --lang",
        "dotnet run -c Release -- new translation SLUG --lang",
        "dotnet run -c Release -- check",
        "/translation-status/",
    ];

    public static TheoryData<string> Languages() => new("", ".fr", ".es");

    private static string Page(string name) => File.ReadAllText(Path.Combine(RepositoryPaths.Input, "pages", name));

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_translating_page_names_every_command_in_the_same_sections_as_the_english_one(string language)
    {
        var page = Page($"translating{language}.md");

        Assert.All(Commands, c => Assert.Contains(c, page, StringComparison.Ordinal));
        Assert.Equal(Sections(Page("translating.md")).Count, Sections(page).Count);
        Assert.Equal(CodeSpans(Page("translating.md")).Select(Language), CodeSpans(page).Select(Language));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_contribute_page_points_translators_to_the_translating_page_and_does_not_repeat_it(string language)
    {
        var page = Page($"contribute{language}.md");

        Assert.Contains("](xref:translating)", page, StringComparison.Ordinal);
        Assert.DoesNotContain("translations export", page, StringComparison.Ordinal);
        Assert.DoesNotContain("translations diff", page, StringComparison.Ordinal);
    }

    [Fact]
    public void The_french_translating_page_has_a_no_break_space_before_high_punctuation()
    {
        var text = Page("translating.fr.md");
        var body = text[(text.IndexOf("\n---\n", 3, StringComparison.Ordinal) + 5)..];
        var prose = string.Concat(body.Split('`').Where((_, i) => i % 2 == 0));

        Assert.Empty(PlainSpaceBeforePunctuation().Matches(prose));
        Assert.True(prose.Count(c => c == '\u00A0') >= 10);
    }

    private static List<string> Sections(string page) => [.. page.Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal))];

    private static List<string> CodeSpans(string page) => [.. page.Split('`').Where((_, i) => i % 2 == 1)];

    /// <summary>The command as written in every language: the language code differs (<c>fr</c>, <c>es</c>), nothing else.</summary>
    private static string Language(string code) => LanguageCode().Replace(code, "LANG");

    [GeneratedRegex(@"(?<=--lang |^)(fr|es)\b|\b(fr|es)(?=\.xlf)")]
    private static partial Regex LanguageCode();

    [GeneratedRegex(" [:;?!]")]
    private static partial Regex PlainSpaceBeforePunctuation();
}
