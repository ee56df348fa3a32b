using System.Globalization;
using StatiqGuides.Core.Content;
using StatiqGuides.Core.Diagnostics;

namespace StatiqGuides.Modules.Yaml;

/// <summary>Typed reads of a YAML mapping's values. A value of the wrong shape is reported at its place
/// and read as absent, so one file yields all its problems in one pass.</summary>
public sealed class YamlFields(YamlMapping mapping, SourceLocation missingKeyLocation, IDiagnosticSink diagnostics)
{
    public YamlMapping Mapping { get; } = mapping ?? throw new ArgumentNullException(nameof(mapping));

    public IDiagnosticSink Diagnostics { get; } = diagnostics ?? throw new ArgumentNullException(nameof(diagnostics));

    public bool Has(string key) => Mapping[key] is { } value && value is not YamlScalar { IsNull: true };

    public Located<string>? LocatedString(string key, bool required = false)
    {
        var value = Value(key, required);
        switch (value)
        {
            case null:
                return null;
            case YamlScalar { IsNull: true } scalar:
                if (required) Diagnostics.Report(DiagnosticCodes.EmptyValue, scalar.Location, key);
                return null;
            case YamlScalar scalar:
                if (required && string.IsNullOrWhiteSpace(scalar.Text))
                {
                    Diagnostics.Report(DiagnosticCodes.EmptyValue, scalar.Location, key);
                    return null;
                }
                return new Located<string>(scalar.Text, scalar.Location);
            default:
                Diagnostics.Report(DiagnosticCodes.WrongType, value.Location, key, "a string", value.Describe());
                return null;
        }
    }

    public string? Text(string key, bool required = false) => LocatedString(key, required)?.Value;

    /// <summary>A string for every language, or a map language → string.</summary>
    public LocalizedText? Localized(string key, bool required = false)
    {
        var value = Value(key, required);
        if (value is YamlMapping map)
        {
            var texts = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var entry in map.Entries)
            {
                if (entry.Value is YamlScalar { IsNull: false } text)
                {
                    texts[entry.Key.Text] = text.Text;
                }
                else
                {
                    Diagnostics.Report(DiagnosticCodes.WrongType, entry.Value.Location, $"{key}.{entry.Key.Text}", "a string", entry.Value.Describe());
                }
            }
            if (texts.Count == 0)
            {
                Diagnostics.Report(DiagnosticCodes.EmptyValue, map.Location, key);
                return null;
            }
            return LocalizedText.PerLanguage(texts);
        }
        return LocatedString(key, required) is { } single ? LocalizedText.Invariant(single.Value) : null;
    }

    public int? Number(string key, bool required = false)
    {
        var value = Value(key, required);
        if (value is null or YamlScalar { IsNull: true }) return null;
        if (value is YamlScalar { IsPlain: true } scalar
            && int.TryParse(scalar.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }
        Diagnostics.Report(DiagnosticCodes.WrongType, value.Location, key, "an integer", value.Describe());
        return null;
    }

    public bool? Flag(string key, bool required = false)
    {
        var value = Value(key, required);
        if (value is null or YamlScalar { IsNull: true }) return null;
        if (value is YamlScalar { IsPlain: true } scalar && bool.TryParse(scalar.Text, out var flag)) return flag;
        Diagnostics.Report(DiagnosticCodes.WrongType, value.Location, key, "true or false", value.Describe());
        return null;
    }

    public DateOnly? Date(string key, bool required = false)
    {
        var value = Value(key, required);
        if (value is null or YamlScalar { IsNull: true }) return null;
        if (value is YamlScalar scalar)
        {
            if (DateOnly.TryParseExact(scalar.Text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }
            Diagnostics.Report(DiagnosticCodes.InvalidDate, scalar.Location, key, scalar.Text);
            return null;
        }
        Diagnostics.Report(DiagnosticCodes.WrongType, value.Location, key, "a date (YYYY-MM-DD)", value.Describe());
        return null;
    }

    /// <summary>A list of strings; a single string is read as a list of one, as YAML authors often write.</summary>
    public IReadOnlyList<Located<string>> List(string key, bool required = false)
    {
        var value = Value(key, required);
        switch (value)
        {
            case null or YamlScalar { IsNull: true }:
                return [];
            case YamlScalar { IsPlain: true } scalar when scalar.Text.Contains(',', StringComparison.Ordinal):
                // "tags: email, alerts" is one YAML string: read as the list the author meant, and said so.
                var parts = scalar.Text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                Diagnostics.Report(DiagnosticCodes.ListWrittenAsString, scalar.Location, key, scalar.Text, $"[{string.Join(", ", parts)}]");
                return [.. parts.Select(p => new Located<string>(p, scalar.Location))];
            case YamlScalar scalar:
                return [new Located<string>(scalar.Text, scalar.Location)];
            case YamlSequence sequence:
                var items = new List<Located<string>>(sequence.Items.Count);
                foreach (var item in sequence.Items)
                {
                    if (item is YamlScalar { IsNull: false } text)
                    {
                        items.Add(new Located<string>(text.Text, text.Location));
                    }
                    else
                    {
                        Diagnostics.Report(DiagnosticCodes.WrongType, item.Location, key, "a list of strings", $"{item.Describe()} in the list");
                    }
                }
                return items;
            default:
                Diagnostics.Report(DiagnosticCodes.WrongType, value.Location, key, "a list of strings", value.Describe());
                return [];
        }
    }

    public IReadOnlyList<string> Strings(string key) => [.. List(key).Select(item => item.Value)];

    /// <summary>Warns of every key not in <paramref name="known"/>.</summary>
    public IReadOnlyList<YamlEntry> ReportUnknown(IReadOnlySet<string> known)
    {
        var unknown = Mapping.Entries.Where(e => !known.Contains(e.Key.Text)).ToList();
        foreach (var entry in unknown)
        {
            Diagnostics.Report(DiagnosticCodes.UnknownKey, entry.Key.Location, entry.Key.Text, NearestName.Suggestion(entry.Key.Text, known));
        }
        return unknown;
    }

    private YamlValue? Value(string key, bool required)
    {
        var value = Mapping[key];
        if (value is null && required)
        {
            Diagnostics.Report(DiagnosticCodes.MissingKey, missingKeyLocation, key);
        }
        return value;
    }
}
