using StatiqGuides.Core.Content;
using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Modules.Yaml;

namespace StatiqGuides.Modules.FrontMatter;

/// <summary>Reads a guide's <c>sources</c> key (<see cref="ContentFields.Sources"/>): each item an https URL, or a mapping with <c>url</c> and an optional
/// <c>title</c>. A bad item is reported at its place and left out; the others are kept.</summary>
public static class SourcesReader
{
    public static IReadOnlyList<GuideSource> Read(YamlFields fields, string key)
    {
        ArgumentNullException.ThrowIfNull(fields);
        IReadOnlyList<YamlValue> items = fields.Mapping[key] switch
        {
            null or YamlScalar { IsNull: true } => [],
            YamlSequence sequence => sequence.Items,
            // One source written on the key's line, as YAML authors often do for lists of one.
            var single => [single],
        };
        var sources = new List<GuideSource>(items.Count);
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (Entry(fields, key, item) is not var (source, location)) continue;
            if (firstLine.TryGetValue(source.Url, out var line))
            {
                fields.Diagnostics.Report(DiagnosticCodes.DuplicateSource, location, source.Url, line);
                continue;
            }
            firstLine[source.Url] = location.Line;
            sources.Add(source);
        }
        return sources;
    }

    private static (GuideSource Source, SourceLocation Location)? Entry(YamlFields fields, string key, YamlValue item)
    {
        switch (item)
        {
            case YamlScalar { IsNull: false } scalar:
                return CheckedUrl(fields, scalar) is { } url ? (new GuideSource(url, null), scalar.Location) : null;
            case YamlMapping mapping:
                foreach (var entry in mapping.Entries.Where(e => e.Key.Text is not ("url" or "title")))
                {
                    fields.Diagnostics.Report(DiagnosticCodes.UnknownSourceKey, entry.Key.Location, entry.Key.Text);
                }
                if (mapping["url"] is not YamlScalar { IsNull: false } urlValue)
                {
                    fields.Diagnostics.Report(DiagnosticCodes.InvalidSourceItem, (mapping["url"] ?? mapping).Location,
                        mapping["url"] is { } wrong ? $"a 'url' that is {wrong.Describe()}" : "a mapping without 'url'");
                    return null;
                }
                var title = Title(fields, key, mapping["title"]);
                return CheckedUrl(fields, urlValue) is { } checkedUrl ? (new GuideSource(checkedUrl, title), urlValue.Location) : null;
            default:
                fields.Diagnostics.Report(DiagnosticCodes.InvalidSourceItem, item.Location, item.Describe());
                return null;
        }
    }

    private static string? Title(YamlFields fields, string key, YamlValue? value)
    {
        switch (value)
        {
            case null or YamlScalar { IsNull: true }:
                return null;
            case YamlScalar scalar:
                return string.IsNullOrWhiteSpace(scalar.Text) ? null : scalar.Text.Trim();
            default:
                fields.Diagnostics.Report(DiagnosticCodes.WrongType, value.Location, $"{key}: title", "a string", value.Describe());
                return null;
        }
    }

    /// <summary>The URL if it is an absolute https address a reader can follow: no spaces, no user name or password
    /// (which can disguise the real host), a host name.</summary>
    private static string? CheckedUrl(YamlFields fields, YamlScalar value)
    {
        var text = value.Text.Trim();
        var parsed = Uri.TryCreate(text, UriKind.Absolute, out var uri) && !text.Any(char.IsWhiteSpace)
            && uri.UserInfo.Length == 0 && uri.Host.Length > 0 && !uri.IsFile;
        if (parsed && uri!.Scheme == Uri.UriSchemeHttps) return text;
        if (parsed && uri!.Scheme == Uri.UriSchemeHttp)
        {
            fields.Diagnostics.Report(DiagnosticCodes.InsecureSourceUrl, value.Location, text);
        }
        else
        {
            fields.Diagnostics.Report(DiagnosticCodes.InvalidSourceUrl, value.Location, text);
        }
        return null;
    }
}
