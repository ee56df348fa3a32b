using System.Text.Json;
using StatiqGuides.Core.Content;

namespace StatiqGuides.Modules.Output;

/// <summary>/xrefmap.json: every uid with its kind and, per language, its absolute URL, title and whether that
/// language has a real translation, so that other sites (a parliament's own portal) can link to guides by uid.</summary>
public static class XrefMap
{
    public static string Write(SiteCatalog catalog, SiteUrls urls)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(urls);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("base_url", urls.BaseUrl);
            writer.WriteString("default_language", catalog.Settings.DefaultLanguage);
            writer.WriteStartArray("languages");
            foreach (var language in catalog.Settings.Languages) writer.WriteStringValue(language);
            writer.WriteEndArray();
            writer.WriteStartObject("references");
            foreach (var item in catalog.Items.OrderBy(i => i.Uid, StringComparer.Ordinal))
            {
                writer.WriteStartObject(item.Uid);
                writer.WriteString("kind", item.Kind.Id);
                foreach (var language in catalog.Settings.Languages)
                {
                    var localized = catalog.Localize(item, language);
                    writer.WriteStartObject(language);
                    writer.WriteString("url", urls.Absolute(SitePaths.Of(item, language)));
                    writer.WriteString("title", localized.Shown.Title);
                    writer.WriteBoolean("translated", !localized.IsFallback);
                    writer.WriteEndObject();
                }
                writer.WriteEndObject();
            }
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        return WrittenText.Of(stream);
    }
}
