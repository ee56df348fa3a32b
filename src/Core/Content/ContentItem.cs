namespace StatiqGuides.Core.Content;

/// <summary>One Markdown file of the input: a guide, case study or page, in one language.</summary>
/// <param name="Slug">The file name without language suffix and extension; names the output folder.</param>
/// <param name="Uid">The slug, or the front matter's <c>uid</c>; shared by a source and its translations.</param>
/// <param name="Language">The language suffix, or the site's default language.</param>
/// <param name="FullPath">Absolute path of the file.</param>
/// <param name="DisplayPath">The path shown in diagnostics.</param>
/// <param name="SectionId">For guides, the folder under guides/; null otherwise.</param>
/// <param name="Body">The Markdown after the front matter, line endings normalised to '\n'.</param>
/// <param name="BodyLineOffset">Lines before the body in the file; add it to a 1-based body line.</param>
public sealed record ContentItem(
    ContentKind Kind,
    string Slug,
    string Uid,
    string Language,
    string FullPath,
    string DisplayPath,
    string? SectionId,
    FrontMatter FrontMatter,
    string Body,
    int BodyLineOffset)
{
    private readonly Utf8Text _body = Utf8Text.From(Body);

    /// <summary>The Markdown after the front matter, line endings normalised to '\n': read back from <see cref="BodyText"/>
    /// at each use, so read it once.</summary>
    public string Body
    {
        get => _body.ToString();
        init => _body = Utf8Text.From(value);
    }

    /// <summary>The body as the item keeps it: every item of a build is held until its end, and a body in UTF-8 is about
    /// half the memory of a string.</summary>
    public Utf8Text BodyText => _body;

    public bool IsTranslation { get; init; }

    public string Title => FrontMatter.Title ?? Slug;

    public string Summary => FrontMatter.Summary ?? "";
}
