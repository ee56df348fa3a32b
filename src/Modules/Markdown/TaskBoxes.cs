using System.Net;

namespace StatiqGuides.Modules.Markdown;

/// <summary>A task list's boxes as text that says its state (☐ "To do", ☑ "Done", in the page's language) rather than
/// Markdig's disabled checkboxes: a form control without a label fails WCAG 1.3.1/4.1.2, and nobody can tick a box
/// on a published guide anyway.</summary>
public static class TaskBoxes
{
    private const string Unchecked = "<input disabled=\"disabled\" type=\"checkbox\" />";
    private const string Checked = "<input disabled=\"disabled\" type=\"checkbox\" checked=\"checked\" />";

    public static string Replace(string html, string todo, string done)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (!html.Contains("type=\"checkbox\"", StringComparison.Ordinal)) return html;
        return html
            .Replace(Checked, $"<span class=\"task-box\" role=\"img\" aria-label=\"{WebUtility.HtmlEncode(done)}\">\u2611</span>", StringComparison.Ordinal)
            .Replace(Unchecked, $"<span class=\"task-box\" role=\"img\" aria-label=\"{WebUtility.HtmlEncode(todo)}\">\u2610</span>", StringComparison.Ordinal);
    }
}
