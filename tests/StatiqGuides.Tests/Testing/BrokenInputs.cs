using System.Text;

namespace StatiqGuides.Tests.Testing;

/// <summary>Inputs broken in the ways real contributions break, each added to a <see cref="TestSite"/>, with the code
/// check must report for it (see <see cref="BrokenInput"/>).</summary>
public static class BrokenInputs
{
    private const string Guide = "guides/websites/broken.md";
    private const string Valid = "---\ntitle: T\nsummary: S\n---\n\n";

    private static BrokenInput File(string name, string content, string? code, string path = Guide, bool keeps = true) =>
        new(name, "input/" + path, site => site.WithFile(path, content), code, keeps);

    private static BrokenInput Bytes(string name, byte[] content, string? code, string path = Guide, bool keeps = true) =>
        new(name, "input/" + path, site => site.WithBytes(path, content), code, keeps);

    public static IReadOnlyList<BrokenInput> All { get; } =
    [
        File("truncated front matter", "---\ntitle: \"unclosed\nsummary: x\n", "SG0004"),
        File("unclosed quote", "---\ntitle: \"unclosed\nsummary: x\n---\n\nBody.\n", "SG0002"),
        File("tab indentation", "---\ntitle: T\n\tsummary: S\n---\n", "SG0002"),
        Bytes("binary bytes", [.. Enumerable.Range(0, 256).Select(i => (byte)i)], "SG0001"),
        Bytes("overlong and surrogate UTF-8", [.. "---\ntitle: \""u8, 0xC0, 0xAF, 0xED, 0xA0, 0x80, .. "\"\nsummary: S\n---\n"u8], "SG0001"),
        File("NUL in the front matter", "---\ntitle: \"a\0b\"\nsummary: S\n---\n", "SG0002"),
        File("NUL in the body", Valid + "Text \0 here.\n", null),
        File("a lone ---", "---", "SG0004"),
        File("only a line ---", "---\n", "SG0004"),
        Bytes("only a byte-order mark", [0xEF, 0xBB, 0xBF], "SG0004"),
        File("empty file", "", "SG0004"),
        File("front matter that is a list", "---\n- a\n- b\n---\n", "SG0006"),
        File("front matter that is a string", "---\njust words\n---\n", "SG0006"),
        File("deeply nested YAML", "---\ntitle: T\nsummary: S\nx: " + new string('[', 5000) + new string(']', 5000) + "\n---\n", "SG0002"),
        File("deeply nested YAML mappings", "---\ntitle: T\nsummary: S\n" + string.Concat(Enumerable.Range(0, 300).Select(i => new string(' ', i) + $"k{i}:\n")) + "---\n", "SG0002"),
        File("YAML aliases expanding to billions", "---\ntitle: T\nsummary: S\na: &a [x, x, x, x, x, x, x, x, x]\n"
            + string.Concat("bcdefghi".Select((c, i) => $"{c}: &{c} [{string.Join(", ", Enumerable.Repeat("*" + "abcdefghi"[i], 9))}]\n")) + "---\n", "SG0002"),
        File("YAML with an unknown alias", "---\ntitle: *nowhere\nsummary: S\n---\n", "SG0002"),
        File("huge summary", $"---\ntitle: T\nsummary: \"{new string('x', 1_000_000)}\"\n---\n", "SG0204"),
        File("wrong types", "---\ntitle: [1, 2]\nsummary: {a: b}\norder: 99999999999999999999\ndraft: maybe\n---\n", "SG0202"),
        File("impossible date", "---\ntitle: T\nsummary: S\nupdated: 2026-02-30\n---\n", "SG0203"),
        new("a folder named like a guide", "input/guides/websites/folder.md", site => Directory.CreateDirectory(Path.Combine(site.InputDirectory, "guides/websites/folder.md")), null),
        new("a link from a folder to its parent", "input/guides/websites/loop", site => Directory.CreateSymbolicLink(Path.Combine(site.InputDirectory, "guides/websites/loop"), ".."), null),
        File("empty and unreadable link targets", Valid + "[x](<>) and [y](%zz).\n", "SG0401"),
        File("xref with nothing after it", Valid + "[x](xref:) and <xref:> and [y](xref:#anchor).\n", "SG0102"),
        File("link leaving the input", Valid + "[x](../../../../etc/passwd)\n", "SG0402"),
        File("Markdown nested thousands deep", Valid + new string('>', 5000) + " deep\n", "SG0007"),
        File("brackets nested thousands deep", Valid + new string('[', 20000) + "x" + new string(']', 20000) + "\n", "SG0007"),
        // Rendered whole, the 2 MB paragraph makes a page over the 100 KB budget of issue 14.
        File("a huge body line", Valid + string.Concat(Enumerable.Repeat("word ", 400_000)) + "\n", "SG0810") with { ReportedAt = "input/site.yml" },
        File("unclosed raw HTML", Valid + "<div title=\"\n\n<p onclick=\"x()\">\n", "SG0308"),
        File("unknown case study, guide and section", "---\ntitle: T\nsummary: S\ncase_studies: [nope]\nrelated: [nada]\n---\n", "SG0101"),
        new("translation without a source", "input/guides/websites/orphan.fr.md", site => site.WithLanguages("en", "fr").WithFile("guides/websites/orphan.fr.md", Valid), "SG0112"),
        File("a language suffix the site does not have", Valid, "SG0114", "guides/websites/guide.de.md"),
        File("broken case study", "---\ntitle: T\nsummary: S\nparliament: P\ncountry: XX\nyear: abc\nthemes: [nope]\nlinks: [not-a-url]\n---\n", "SG0205", "case-studies/broken.md"),
        File("guide outside a section", Valid, "SG0111", "guides/nowhere/g.md"),
        File("truncated site.yml", "title: \"Test\nbase_url: x\n", "SG0002", "site.yml", keeps: false),
        Bytes("binary hubs.yml", [0xFF, 0xFE, 0x00, 0x01], "SG0001", "hubs.yml"),
        File("empty _section.yml", "", "SG0201", "guides/websites/_section.yml"),
        File("site.yml languages not a list", TestSite.SiteYml.Replace("languages: [en]", "languages: 5", StringComparison.Ordinal), "SG0208", "site.yml", keeps: false),
    ];

    public static string Describe(IEnumerable<StatiqGuides.Core.Diagnostics.Diagnostic> diagnostics) =>
        new StringBuilder().AppendJoin('\n', diagnostics.Select(d => d.ToString())).ToString();
}
