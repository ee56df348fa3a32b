namespace StatiqGuides.Core.Content;

/// <summary>Defines a content kind a host registers: its files in <c>input/&lt;folder&gt;/&lt;slug&gt;.md</c> (and
/// translations beside them), its pages at <c>/&lt;lang&gt;/&lt;folder&gt;/&lt;slug&gt;/</c>, with the
/// <see cref="ContentFields.Common"/> keys and its own.</summary>
/// <example><code>
/// var toolkits = new ContentKindBuilder("toolkit", "toolkits")
///     .WithLayout("toolkit")
///     .Listed("toolkits.title")
///     .AddField(FieldSpec.Text("audience", "Who the toolkit is for.", required: true))
///     .AddField(FieldSpec.Strings("tools", "The tools it covers."))
///     .Build();
/// </code></example>
public sealed class ContentKindBuilder
{
    /// <summary>Registered kinds come after the built-ins (0 to 2) unless told otherwise.</summary>
    public const int DefaultOrder = 100;

    private readonly string _id;
    private readonly string _folder;
    private readonly List<FieldSpec> _fields = [.. ContentFields.Common];
    private string? _name;
    private string _layout = "page";
    private bool _indexed = true;
    private string? _listingTitleKey;
    private int _order = DefaultOrder;

    /// <param name="id">The kind's id: its layouts' names (<c>&lt;id&gt;-index</c> for its listing) and its name in
    /// xrefmap.json and reports.</param>
    /// <param name="folder">The folder under input/ its files are in, and under each language its pages are written in.</param>
    public ContentKindBuilder(string id, string folder)
    {
        if (!Identifiers.IsValid(id)) throw new ContentKindException($"A content kind's id must be an identifier ({Identifiers.Rule}): '{id}'.");
        if (!Identifiers.IsValid(folder)) throw new ContentKindException($"A content kind's folder must be an identifier ({Identifiers.Rule}): '{folder}'.");
        _id = id;
        _folder = folder;
    }

    /// <summary>Its name in the content reference; default: the id.</summary>
    public ContentKindBuilder Named(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        _name = name;
        return this;
    }

    /// <summary>The theme layout of its pages; default: <c>page</c>, the generic one.</summary>
    public ContentKindBuilder WithLayout(string layout)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(layout);
        _layout = layout;
        return this;
    }

    /// <summary>Gives each language a listing page of the kind's items, <c>/&lt;lang&gt;/&lt;folder&gt;/</c>, titled by
    /// the UI string <paramref name="titleKey"/> and laid out by the theme's <c>&lt;id&gt;-index</c> layout, or by
    /// <c>listing</c> when it has none.</summary>
    public ContentKindBuilder Listed(string titleKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(titleKey);
        _listingTitleKey = titleKey;
        return this;
    }

    /// <summary>Leaves its pages out of the search index (they are in it by default).</summary>
    public ContentKindBuilder NotIndexed()
    {
        _indexed = false;
        return this;
    }

    public ContentKindBuilder WithOrder(int order)
    {
        _order = order;
        return this;
    }

    /// <summary>Adds a key, usually made by <see cref="FieldSpec.Text"/>, <see cref="FieldSpec.Strings"/> and the like;
    /// a built-in field of <see cref="ContentFields"/> may be added too (<see cref="ContentFields.Tags"/>).</summary>
    public ContentKindBuilder AddField(FieldSpec field)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (field.Read is null) throw new ContentKindException($"Field '{field.Key}' of kind '{_id}' has no reader: it documents a settings key.");
        if (_fields.Any(f => f.Key == field.Key) || ContentFields.TranslationOnly.Any(f => f.Key == field.Key))
        {
            throw new ContentKindException($"Kind '{_id}' already knows the key '{field.Key}'.");
        }
        _fields.Add(field);
        return this;
    }

    public ContentKind Build() => new(_id, _name ?? _id, _folder, sectioned: false, _folder, _layout, _indexed, _listingTitleKey, _order,
        [.. _fields], builtIn: false);
}
