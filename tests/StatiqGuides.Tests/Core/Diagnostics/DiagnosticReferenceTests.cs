using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Core.Diagnostics;

/// <summary>The README lists every diagnostic code with its fix, exactly as the catalogue says.</summary>
public sealed class DiagnosticReferenceTests
{
    private static string ReadmePath => Path.Combine(RepositoryPaths.Root, "README.md");

    private static string Section(string readme)
    {
        var start = readme.IndexOf(DiagnosticReference.Start, StringComparison.Ordinal);
        var end = readme.IndexOf(DiagnosticReference.End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "README.md has no generated diagnostics section");
        return readme[start..(end + DiagnosticReference.End.Length)];
    }

    [Fact]
    public void The_readme_lists_every_code_of_the_catalogue_with_its_fix()
    {
        var readme = File.ReadAllText(ReadmePath);
        var expected = DiagnosticReference.Markdown(DiagnosticCodes.All);
        if (Environment.GetEnvironmentVariable("UPDATE_DOCS") == "1")
        {
            File.WriteAllText(ReadmePath, readme.Replace(Section(readme), expected, StringComparison.Ordinal));
            readme = File.ReadAllText(ReadmePath);
        }

        var section = Section(readme);
        var rows = section.Split('\n').Where(l => l.StartsWith("| SG", StringComparison.Ordinal)).ToList();
        Expect.Lines(rows.Select(r => r.Split(" | ")[0][2..]), [.. DiagnosticCodes.All.Select(c => c.Code).Order(StringComparer.Ordinal)], "codes listed in README.md");
        Assert.All(DiagnosticCodes.All, c => Assert.Contains(DiagnosticReference.Cell(c.Fix), section, StringComparison.Ordinal));
        Assert.Equal(expected, section);
    }

    [Fact]
    public void A_row_shows_the_message_with_its_placeholders_elided_and_escapes_bars_and_angle_brackets()
    {
        var markdown = DiagnosticReference.Markdown([new DiagnosticCode("SG9999", Severity.Warning, "bad '{0}' at {1:X2}", "Use a | b in <lang>.yml.")]);

        Assert.Contains("\n| SG9999 | warning | bad '…' at … | Use a \\| b in &lt;lang&gt;.yml. |\n", markdown, StringComparison.Ordinal);
    }
}
