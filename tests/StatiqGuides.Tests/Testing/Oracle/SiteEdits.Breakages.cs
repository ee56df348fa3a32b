namespace StatiqGuides.Tests.Testing.Oracle;

public static partial class SiteEdits
{
    /// <summary>Edits that make the build fail, each with the edit that mends it: a session keeps the last good pages
    /// meanwhile, and must give a clean build's bytes again once mended.</summary>
    private static IEnumerable<SiteEdit> Breakages() =>
    [
        Break("error: unknown xref in a body", n => $"See [nothing](xref:missing-{n}).", (markdown, line) =>
            markdown with { Body = markdown.Body.TrimEnd('\n') + "\n\n" + line + "\n" }),
        Break("error: malformed front matter", n => $"broken: \"unclosed {n}", (markdown, line) =>
            markdown with { FrontMatter = line + "\n" + markdown.FrontMatter }),
        Break("error: summary too long", n => $"summary: \"{new string('x', 300)} {n}\"", (markdown, line) =>
            markdown.Set("summary", line["summary: ".Length..])),
    ];

    /// <summary>Writes a line holding a unique marker into a guide; the repair removes that line wherever the guide now
    /// is, and gives back a summary if the line was the summary.</summary>
    private static SiteEdit Break(string name, Func<int, string> line, Func<MarkdownFile, string, MarkdownFile> insert) => SiteEdit.Of(name, (site, choice) =>
    {
        var target = choice.Target(site.Sources("guide").OrderByDescending(f => site.Read(f.Path).Length).ThenBy(f => f.Path, StringComparer.Ordinal).ToList());
        if (target is null) return null;
        var n = site.Next();
        var text = line(n);
        site.Write(target.Path, insert(site.Markdown(target.Path), text));
        return new AppliedEdit($"{target.Path}: {text[..Math.Min(60, text.Length)]}…", broken =>
        {
            foreach (var file in broken.Content().Where(c => broken.Read(c.Path).Contains(text, StringComparison.Ordinal)))
            {
                var lines = broken.Read(file.Path).Split('\n').ToList();
                var index = lines.FindIndex(l => l == text);
                lines[index] = text.StartsWith("summary:", StringComparison.Ordinal) ? $"summary: \"Summary mended {n}.\"" : "\u0000";
                broken.Write(file.Path, string.Join('\n', lines.Where(l => l != "\u0000")));
            }
            return Task.CompletedTask;
        });
    });
}
