using System.Globalization;
using StatiqGuides.Modules.Templates;
using System.Text;
using StatiqGuides.Modules.Translations.Diff;

namespace StatiqGuides.Modules.Translations.Status;

/// <summary>Writes the translation status page: the one renderer of the site's <c>/translation-status/</c> (inside the
/// theme's layout) and of <c>translations --format html</c> (as a standalone document), so the two never differ.</summary>
/// <param name="t">A UI string in the page's language (theme/i18n): <c>status.*</c>.</param>
public sealed class StatusPageHtml(Func<string, string> t)
{
    /// <summary>The page's body below its heading: per language a summary, then per section a table of every item.</summary>
    public string Body(StatusPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var html = new StringBuilder();
        html.Append("<p class=\"status-intro\">").Append(E(t("status.intro"))).Append("</p>\n");
        if (page.Languages.Count > 1)
        {
            html.Append("<ul class=\"inline-list status-languages\">\n");
            foreach (var language in page.Languages) html.Append("<li><a href=\"#status-").Append(E(language.Code)).Append("\">").Append(E(language.Name)).Append("</a></li>\n");
            html.Append("</ul>\n");
        }
        foreach (var language in page.Languages) Language(html, language, page.HasHistoryLinks);
        return html.ToString();
    }

    /// <summary>A whole HTML document for the command's output: no stylesheet or script, links absolute.</summary>
    public string Document(StatusPage page, string languageCode)
    {
        ArgumentNullException.ThrowIfNull(page);
        return new StringBuilder("<!DOCTYPE html>\n<html lang=\"").Append(E(languageCode)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"robots\" content=\"noindex\">\n")
            .Append("<title>").Append(E(t("status.title"))).Append("</title>\n</head>\n<body>\n<main>\n<h1>").Append(E(t("status.title"))).Append("</h1>\n")
            .Append(Body(page)).Append("</main>\n</body>\n</html>\n").ToString();
    }

    /// <summary>"3 changed, 1 added, 0 removed".</summary>
    public string ChangesText(ChangeCounts changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        return Format(t("status.changes"), changes.Changed, changes.Added, changes.Removed);
    }

    /// <summary>The status as a reader says it ("Out of date"), with the block counts when known.</summary>
    public string StatusText(string status, ChangeCounts? changes) =>
        t("status." + status) + (changes is { } counts ? " (" + ChangesText(counts) + ")" : "");

    private void Language(StringBuilder html, StatusLanguage language, bool historyLinks)
    {
        var id = "status-" + language.Code;
        html.Append("<section id=\"").Append(E(id)).Append("\" class=\"status-language\" data-language=\"").Append(E(language.Code))
            .Append("\" aria-labelledby=\"").Append(E(id)).Append("-title\">\n<h2 id=\"").Append(E(id)).Append("-title\">").Append(E(language.Name)).Append("</h2>\n")
            .Append("<p class=\"status-summary\">")
            .Append(E(Format(t("status.summary"), language.Current, language.Outdated, language.Missing, language.Untranslated))).Append("</p>\n");
        foreach (var section in language.Sections)
        {
            var sectionId = id + "-" + (section.Id ?? "-pages");
            html.Append("<h3 id=\"").Append(E(sectionId)).Append("\">").Append(E(section.Title)).Append("</h3>\n")
                .Append("<div class=\"table-scroll\">\n<table class=\"translation-status-items\" aria-labelledby=\"").Append(E(sectionId)).Append("\">\n<thead><tr>")
                .Append("<th scope=\"col\">").Append(E(t("status.page"))).Append("</th>")
                .Append("<th scope=\"col\">").Append(E(t("status.status"))).Append("</th>")
                .Append("<th scope=\"col\">").Append(E(t("status.file"))).Append("</th>");
            if (historyLinks) html.Append("<th scope=\"col\">").Append(E(t("status.history"))).Append("</th>");
            html.Append("</tr></thead>\n<tbody>\n");
            foreach (var row in section.Rows) Row(html, row, language.Code, historyLinks);
            html.Append("</tbody>\n</table>\n</div>\n");
        }
        html.Append("</section>\n");
    }

    private void Row(StringBuilder html, StatusRow row, string language, bool historyLinks)
    {
        html.Append("<tr data-status=\"").Append(E(row.Status)).Append("\" data-uid=\"").Append(E(row.Uid)).Append("\">")
            .Append("<th scope=\"row\"><a href=\"").Append(E(row.PageUrl)).Append("\" hreflang=\"").Append(E(language)).Append("\">").Append(E(row.Title)).Append("</a></th>")
            .Append("<td class=\"status-").Append(E(row.Status)).Append("\">").Append(E(StatusText(row.Status, row.Changes))).Append("</td>")
            .Append("<td><code>").Append(E(row.File)).Append("</code></td>");
        if (historyLinks)
        {
            html.Append("<td>");
            if (row.HistoryUrl is { } history) html.Append("<a href=\"").Append(E(history)).Append("\">").Append(E(t("status.history_link"))).Append("</a>");
            html.Append("</td>");
        }
        html.Append("</tr>\n");
    }

    private static string Format(string text, params int[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            text = text.Replace("{" + i.ToString(CultureInfo.InvariantCulture) + "}", values[i].ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }
        return text;
    }

    private static string E(string text) => TemplateOptionsFactory.Encoder.Encode(text);
}
