using StatiqGuides.Core.Diagnostics;

namespace StatiqGuides.Core.Content;

/// <summary>Typed reads of one file's front matter, by key: what a <see cref="FieldReader"/> reads with. A value of the
/// wrong shape is reported at its place and read as absent; a required key that is missing is reported at the file.</summary>
/// <remarks>Implemented over the parsed YAML by the front-matter module; one instance per file, used by one thread.</remarks>
public interface IFrontMatterFields
{
    IDiagnosticSink Diagnostics { get; }

    /// <summary>Whether the key is written with a value (not null).</summary>
    bool Has(string key);

    Located<string>? LocatedString(string key, bool required = false);

    int? Number(string key, bool required = false);

    bool? Flag(string key, bool required = false);

    /// <summary>A date written YYYY-MM-DD.</summary>
    DateOnly? IsoDate(string key, bool required = false);

    /// <summary>A list of strings; a single string is read as a list of one.</summary>
    IReadOnlyList<Located<string>> List(string key, bool required = false);

    /// <summary>A list of public sources: https URLs, or mappings with <c>url</c> and an optional <c>title</c>.</summary>
    IReadOnlyList<GuideSource> Sources(string key);
}
