namespace StatiqGuides.Core.Content;

/// <summary>One key of a content or settings file: how the content reference documents it and, for front matter, how
/// it is read, whether it is required and whether a translation inherits it. The one place a key is defined.</summary>
/// <param name="Key">The key as written in YAML.</param>
/// <param name="Type">What its value is, in an author's words ("list of strings").</param>
/// <param name="Required">"yes", "no", or the condition under which it is required.</param>
/// <param name="Meaning">What it does.</param>
/// <remarks>A settings file's keys are documented only (<see cref="Read"/> is null): their readers build settings, not
/// front matter. A front-matter field's <see cref="Read"/> stores its value in a typed property of
/// <see cref="FrontMatter"/> (built-in keys) or in <see cref="FrontMatter.Fields"/> (a registered kind's own keys, made
/// with <see cref="Text"/>, <see cref="Number"/>, <see cref="Date"/>, <see cref="Flag"/> or <see cref="Strings"/>).</remarks>
public sealed record FieldSpec(string Key, string Type, string Required, string Meaning) : Caching.ICacheIdentity
{
    /// <summary>Whether a source file of the kind must have the key.</summary>
    public bool IsRequired { get; init; }

    /// <summary>Whether a translation must repeat the key (title and summary: what a reader sees translated).</summary>
    public bool RequiredInTranslation { get; init; }

    /// <summary>Reads, checks and stores the value; problems are reported at their place and the value read as absent.</summary>
    public FieldReader? Read { get; init; }

    /// <summary>Copies the source's value into a translation that does not repeat the key; null when a translation
    /// keeps only its own value (aliases: old addresses belong to the page that had them).</summary>
    public FieldInheritance? Inherit { get; init; }

    /// <summary>Whether a translation that does not repeat the key gets the source's value.</summary>
    public bool Inherited => Inherit is not null;

    /// <remarks>The readers are code, not data: what they do is covered by the build's own version, not by this hash.</remarks>
    public string CacheIdentity => string.Join('\0', Key, Type, Required, IsRequired, RequiredInTranslation, Inherited, Read is null);

    /// <summary>The field as a kind that makes it optional uses it.</summary>
    public FieldSpec AsOptional() => this with { IsRequired = false, Required = "no" };

    /// <summary>A string, stored in <see cref="FrontMatter.Fields"/> as a <see cref="string"/>.</summary>
    public static FieldSpec Text(string key, string meaning, bool required = false, bool inherited = true) =>
        Own(key, "string", meaning, required, inherited, (fields, context) => fields.LocatedString(context.Key, context.Required)?.Value);

    /// <summary>An integer, stored as an <see cref="int"/>.</summary>
    public static FieldSpec Number(string key, string meaning, bool required = false, bool inherited = true) =>
        Own(key, "integer", meaning, required, inherited, (fields, context) => fields.Number(context.Key, context.Required));

    /// <summary>A date written YYYY-MM-DD, stored as a <see cref="DateOnly"/>.</summary>
    public static FieldSpec Date(string key, string meaning, bool required = false, bool inherited = true) =>
        Own(key, "date, YYYY-MM-DD", meaning, required, inherited, (fields, context) => fields.IsoDate(context.Key, context.Required));

    /// <summary>true or false, stored as a <see cref="bool"/>.</summary>
    public static FieldSpec Flag(string key, string meaning, bool required = false, bool inherited = true) =>
        Own(key, "true or false", meaning, required, inherited, (fields, context) => fields.Flag(context.Key, context.Required));

    /// <summary>A list of strings (a single string is a list of one), stored as an <see cref="IReadOnlyList{T}"/> of strings.</summary>
    public static FieldSpec Strings(string key, string meaning, bool required = false, bool inherited = true) =>
        Own(key, "list of strings", meaning, required, inherited, (fields, context) =>
        {
            IReadOnlyList<string> values = [.. fields.List(context.Key, context.Required).Select(v => v.Value)];
            return fields.Has(context.Key) ? values : null;
        });

    private static FieldSpec Own(string key, string type, string meaning, bool required, bool inherited,
        Func<IFrontMatterFields, FieldContext, object?> read)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentNullException.ThrowIfNull(meaning);
        return new FieldSpec(key, type, required ? "yes" : "no", meaning)
        {
            IsRequired = required,
            Read = (fields, context, frontMatter) => read(fields, context) is { } value ? frontMatter.WithField(context.Key, value) : frontMatter,
            Inherit = inherited
                ? (source, translation) => source.Fields.TryGetValue(key, out var value) && value is not null ? translation.WithField(key, value) : translation
                : null,
        };
    }
}
