using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Modules.Yaml;

/// <summary>Every bad input is a coded diagnostic (issue 9, class 6): characters XML and HTML cannot carry, written raw or
/// as YAML escapes, are SG0009 at their place; the build goes on, and messages print them escaped.</summary>
public sealed class ForbiddenCharacterTests
{
    public static TheoryData<string, string> Titles() => new()
    {
        { "title: \"A\\x01B\"", "U+0001" },
        { "title: \"unit \\x1F separator\"", "U+001F" },
        { "title: \"not \\uFFFE a char\"", "U+FFFE" },
        { "title: \"bell \\a\"", "U+0007" },
        { "title: \"escape \\e[31m red\"", "U+001B" },
    };

    [Theory]
    [MemberData(nameof(Titles))]
    public async Task A_title_with_a_character_xml_cannot_carry_reports_SG0009_and_the_build_does_not_crash(string title, string character)
    {
        using var site = TestSite.Create().WithGuide("odd", title + "\nsummary: S");

        var run = await site.CheckAsync();
        var build = await site.BuildAsync();

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("SG0009", diagnostic.Code);
        Assert.Equal("input/guides/websites/odd.md", diagnostic.Location.Path);
        Assert.Contains(character, diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(["SG0009"], build.Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void GitHub_and_text_output_escape_control_characters_so_content_cannot_start_an_annotation_or_move_the_cursor()
    {
        var diagnostic = new Diagnostic(Severity.Error, "SG0102", "unknown xref 'x\n::error file=a,line=1::forged\u001B[2J'",
            new SourceLocation("input/a\nb.md", 1, 1));

        var github = StatiqGuides.Cli.GithubAnnotation.Format(diagnostic);
        var text = diagnostic.ToString();

        Assert.DoesNotContain('\n', github);
        Assert.DoesNotContain('\u001B', github);
        Assert.DoesNotContain('\n', text);
        Assert.DoesNotContain('\u001B', text);
        Assert.StartsWith("::error file=input/a\\u000Ab.md,", github, StringComparison.Ordinal);
    }
}
