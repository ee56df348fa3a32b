namespace StatiqGuides.Tests.Testing.Oracle;

/// <summary>A content file's text split at its front matter: the YAML between the <c>---</c> lines and the body after
/// the closing one (the body <c>source_hash</c> covers).</summary>
public sealed record MarkdownFile(string FrontMatter, string Body)
{
    private const string Fence = "---\n";

    public static MarkdownFile Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var closing = text.IndexOf("\n" + Fence, Fence.Length - 1, StringComparison.Ordinal);
        if (!text.StartsWith(Fence, StringComparison.Ordinal) || closing < 0) throw new ArgumentException("no front matter", nameof(text));
        return new MarkdownFile(text[Fence.Length..(closing + 1)], text[(closing + 1 + Fence.Length)..]);
    }

    public string Text => Fence + FrontMatter + Fence + Body;

    public string? Scalar(string key) => YamlText.Scalar(FrontMatter, key);

    public IReadOnlyList<string> Items(string key) => YamlText.Items(FrontMatter, key);

    public bool Has(string key) => YamlText.Has(FrontMatter, key);

    public MarkdownFile Set(string key, string value) => this with { FrontMatter = YamlText.Set(FrontMatter, key, value) };

    public MarkdownFile Remove(string key) => this with { FrontMatter = YamlText.Remove(FrontMatter, key) };
}
