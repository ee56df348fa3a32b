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
    private readonly Utf8Text? _body = Utf8Text.From(Body);

    /// <summary>The Markdown after the front matter, line endings normalised to '\n': read back from <see cref="BodyText"/>
    /// at each use, so read it once.</summary>
    /// <exception cref="InvalidOperationException">The item was taken <see cref="WithoutBody"/>.</exception>
    public string Body
    {
        get => BodyText.ToString();
        init => _body = Utf8Text.From(value);
    }

    /// <summary>The body as the item keeps it: in UTF-8, about half the memory of a string.</summary>
    /// <exception cref="InvalidOperationException">The item was taken <see cref="WithoutBody"/>.</exception>
    public Utf8Text BodyText => _body ?? throw new InvalidOperationException(
        $"{DisplayPath}: the site build's catalog keeps no bodies; a module that needs one reads the content (SiteBuild.Content) or the rendered Markdown.");

    /// <summary>False for an item taken <see cref="WithoutBody"/>.</summary>
    public bool HasBody => _body is not null;

    /// <summary>This item without its body, which reading then refuses: what the catalog of a site build keeps, since every
    /// body is read by the first third of a build and the catalog is held to its end.</summary>
    public ContentItem WithoutBody() => this with { KeptBody = null };

    private Utf8Text? KeptBody
    {
        get => _body;
        init => _body = value;
    }

    public bool IsTranslation { get; init; }

    public string Title => FrontMatter.Title ?? Slug;

    public string Summary => FrontMatter.Summary ?? "";

    // Not the body: a record prints every property, and this one may be refused, or megabytes long.
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append(System.Globalization.CultureInfo.InvariantCulture, $"Kind = {Kind}, Uid = {Uid}, Language = {Language}, DisplayPath = {DisplayPath}, HasBody = {HasBody}");
        return true;
    }
}
