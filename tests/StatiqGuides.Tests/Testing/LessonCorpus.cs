using System.Globalization;
using System.Text;

namespace StatiqGuides.Tests.Testing;

/// <summary>Writes long English lessons in the manner of The Programming Historian into a <see cref="TestSite"/>
/// (section "websites"): long front matter with keys we do not know (<c>difficulty</c>, <c>activity</c>, …), footnotes,
/// fenced, tilde and indented code blocks and inline code showing <c>&lt;script&gt;</c>, <c>onclick=</c> and
/// <c>javascript:</c>, tables, non-breaking spaces in text and front matter, headings with punctuation, non-ASCII and
/// duplicates, images, raw HTML alerts and figures, Liquid-looking text, CRLF line endings and a byte-order mark.
/// Deterministic: lesson <c>i</c> is always the same text.</summary>
public static class LessonCorpus
{
    private const char Nbsp = '\u00A0';

    /// <summary>The front-matter keys of every lesson that the content model does not know, in file order.</summary>
    public static IReadOnlyList<string> UnknownKeys { get; } =
        ["collection", "layout", "slug", "date", "reviewers", "editors", "difficulty", "activity", "topics", "abstract", "redirect_from", "avatar_alt", "doi", "review-ticket"];

    public static string Slug(int index) => $"lesson-{index:D3}";

    /// <summary>Writes <paramref name="count"/> lessons and their images; returns the slugs.</summary>
    public static IReadOnlyList<string> WriteTo(TestSite site, int count, int sectionsPerLesson = 12)
    {
        ArgumentNullException.ThrowIfNull(site);
        var slugs = Enumerable.Range(1, count).Select(Slug).ToList();
        for (var i = 1; i <= count; i++)
        {
            var text = Lesson(i, count, sectionsPerLesson);
            var bytes = Encoding.UTF8.GetBytes(i % 5 == 0 ? text.Replace("\n", "\r\n", StringComparison.Ordinal) : text);
            // Every seventh lesson was saved by an editor that writes a byte-order mark.
            site.WithBytes($"guides/websites/{Slug(i)}.md", i % 7 == 0 ? [.. Encoding.UTF8.GetPreamble(), .. bytes] : bytes);
            site.WithBytes($"assets/images/{Slug(i)}/figure-1.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        }
        return slugs;
    }

    /// <summary>The line (1-based) of each unknown key in lesson files: the front matter is the same shape in all.</summary>
    public static int LineOf(string unknownKey) => FrontMatterLines().FindIndex(l => l.StartsWith(unknownKey + ":", StringComparison.Ordinal)) + 2;

    private static List<string> FrontMatterLines(int index = 1, int count = 1) =>
    [
        $"title: \"Counting{Nbsp}Word Frequencies with Python, part {index}\"",
        "collection: lessons",
        "layout: lesson",
        $"slug: {Slug(index)}",
        "date: 2012-07-17",
        "authors:",
        "- William J. Turkel",
        "- Adam Crymble",
        "reviewers:",
        "- Jim Clifford",
        "- Frederik Elwert",
        "editors:",
        "- Miriam Posner",
        $"difficulty: {1 + index % 3}",
        "activity: analyzing",
        "topics: [python, data-manipulation]",
        $"abstract: \"Counting the frequency of specific words in a list can provide illustrative data.{Nbsp}This lesson shows how.\"",
        $"summary: \"Counting how often each word occurs in a text, in Python:{Nbsp}lists, dictionaries and pairs (lesson {index}).\"",
        $"redirect_from: /lessons/counting-frequencies-{index}",
        "avatar_alt: A man in a tuxedo with a monocle",
        "doi: 10.46430/phen0003",
        "review-ticket: https://github.com/programminghistorian/ph-submissions/issues/1",
        $"tags: [python, \"word{Nbsp}frequency\"]",
        "updated: 2024-03-07",
        $"related: [{Slug(index % count + 1)}]",
    ];

    private static string Lesson(int index, int count, int sections)
    {
        var text = new StringBuilder();
        text.Append("---\n");
        foreach (var line in FrontMatterLines(index, count)) text.Append(line).Append('\n');
        text.Append("---\n\n");
        text.Append("{% include toc.html %}\n\n");
        text.Append("Lesson Goals\n============\n\n");
        text.Append($"Your list is now clean enough that you can begin analyzing its contents in meaningful ways.{Nbsp}Counting the frequency of specific words[^frequency] can provide illustrative data.[^python]\n\n");
        text.Append("> [!NOTE]\n> Files needed for this lesson: `obo.py`. If you do not have it, you can download a [zip file](https://programminghistorian.org/assets/python-lessons3.zip).\n\n");
        for (var s = 1; s <= sections; s++)
        {
            AppendSection(text, index, s);
        }
        text.Append("## Summary\n\nYou have counted words.[^frequency] The figure\u00A0below is at {{ site.baseurl }}/images, {% raw %}as Jekyll says{% endraw %}.\n\n");
        text.Append($"![Figure 1: a frequency table]( ../../assets/images/{Slug(index)}/figure-1.png)\n\n");
        text.Append($"<figure>\n  <img src=\"../../assets/images/{Slug(index)}/figure-1.png\" alt=\"A frequency table\">\n  <figcaption>Figure 2. Word pairs, as in \"<em>the</em>, 42\".</figcaption>\n</figure>\n\n");
        text.Append("## Summary\n\nThe same heading twice gets a second id.\n\n");
        text.Append("---\n\n*Thematic breaks like the one above are not front matter.*\n\n");
        text.Append($"[^frequency]: Frequencies are counts.{Nbsp}See also the next lesson.\n\n    An indented paragraph of the footnote, with `<script>` in code.\n\n");
        text.Append("[^python]: Python 3.12; earlier versions print differently.\n");
        return text.ToString();
    }

    private static void AppendSection(StringBuilder text, int index, int s)
    {
        var headings = new[]
        {
            $"Step {s}: Pairs — “word, frequency”?",
            $"Étape {s} : dictionnaires & compréhensions (ça marche !)",
            $"Python{Nbsp}dictionaries, part {s}",
            $"C#, F# and 100% of {s}/{s} cases... (really?)",
            $"Ünïcödé {s} 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🙂",
        };
        text.Append("## ").Append(headings[s % headings.Length]).Append("\n\n");
        for (var p = 0; p < 3; p++)
        {
            text.Append(CultureInfo.InvariantCulture, $"Paragraph {p} of section {s} in lesson {index}. We want to count the frequency of each word in our list. You've already seen that it is easy to process a list by using a `for` loop.{Nbsp}Try saving and executing the following example; recall that `+=` tells the program to append something to the end of an existing variable. Inline code such as `<script>alert('x')</script>`, `onclick=\"go()\"` and `javascript:void(0)` is only shown, never run.\n\n");
        }
        text.Append("### Worked example\n\n");
        text.Append("```python\n# count-list-items-1.py\nwordstring = 'it was the best of times it was the worst of times '\nwordlist = wordstring.split()\nwordfreq = []\nfor w in wordlist:\n    wordfreq.append(wordlist.count(w))\nprint(\"String\\n\" + wordstring + \"\\n\")\n```\n\n");
        text.Append("```html\n<script src=\"counter.js\"></script>\n<button onclick=\"count()\">Count</button>\n<a href=\"javascript:count()\">count</a>\n```\n\n");
        text.Append("~~~\n<script>document.write('tilde fence')</script>\n~~~\n\n");
        text.Append("An indented code block:\n\n    <script>alert(\"indented\")</script>\n    <div onmouseover=\"x()\">hover</div>\n\n");
        text.Append("1. Save the file.\n2. Run it:\n\n   ```bash\n   python count-list-items-1.py > out.html && echo '<script>'\n   ```\n\n3. Open `out.html`.\n\n");
        text.Append("| Word | Frequency | Notes |\n|:-----|----------:|:-----:|\n| the | 42 | `a\\|b` |\n| it | 12 | non\u00A0breaking |\n| times | 2 | **bold** |\n\n");
        text.Append("<div class=\"alert alert-warning\">\nThis is raw HTML with a <a href=\"#lesson-goals\">link</a> and <code>&lt;script&gt;</code>.\n</div>\n\n");
        text.Append("<!-- an editor's comment with <script>alert(1)</script> in it -->\n\n");
        text.Append(CultureInfo.InvariantCulture, $"See the [first step](#lesson-goals), the [next lesson]({Slug(index)}.md), <https://programminghistorian.org/en/lessons/> and a very long line: {string.Concat(Enumerable.Repeat("word\u00A0frequency ", 200))}\n\n");
        text.Append("- [x] counted\n- [ ] sorted\n  > a nested quote with `<b onclick=\"x\">`\n\n");
    }
}
