using System.Text.RegularExpressions;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Content;

/// <summary>French typography in the theme's French UI strings: a no-break space (U+00A0 or U+202F) before
/// <c>: ; ? !</c> and inside « », so that a search prompt never wraps a lone « onto its own line; and "rubrique", the
/// word the French UI uses for a section of the site.</summary>
public sealed partial class FrenchUiStringsTests
{
    private static IEnumerable<(int Line, string Text)> Values() =>
        File.ReadAllLines(Path.Combine(RepositoryPaths.Theme, "i18n", "fr.yml"))
            .Select((line, i) => (Line: i + 1, Match: Value().Match(line)))
            .Where(v => v.Match.Success)
            .Select(v => (v.Line, v.Match.Groups[1].Value));

    [Fact]
    public void French_strings_put_a_no_break_space_before_high_punctuation_and_inside_guillemets()
    {
        var bad = Values().Where(v => OrdinarySpace().IsMatch(v.Text)).Select(v => $"fr.yml:{v.Line}: {v.Text}");

        Expect.Lines(bad, [], "French UI strings with an ordinary space where a no-break space belongs");
        Assert.Contains(Values(), v => v.Text.Contains("«\u00a0{0}\u00a0»", StringComparison.Ordinal));
    }

    [Fact]
    public void French_strings_call_a_section_of_the_site_a_rubrique()
    {
        var bad = Values().Where(v => SectionWord().IsMatch(v.Text)).Select(v => $"fr.yml:{v.Line}: {v.Text}");

        Expect.Lines(bad, [], "French UI strings saying 'section'");
        Assert.Contains(Values(), v => v.Text.EndsWith("par rubrique.", StringComparison.Ordinal));
    }

    [GeneratedRegex("^\\s+[a-z_]+: \"(.*)\"\\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Value();

    [GeneratedRegex(" [:;?!]|« | »", RegexOptions.CultureInvariant)]
    private static partial Regex OrdinarySpace();

    [GeneratedRegex("\\bsections?\\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SectionWord();
}
