using System.Net;
using System.Text.RegularExpressions;

namespace StatiqGuides.Modules.Markdown;

/// <summary>A task list's boxes as text that says its state (☐ "To do", ☑ "Done", in the page's language) rather than
/// Markdig's disabled checkboxes: a form control without a label fails WCAG 1.3.1/4.1.2, and nobody can tick a box
/// on a published guide anyway.</summary>
/// <remarks>Matches the box as Markdig writes it (<c>&lt;input … /&gt;</c>) and as the sanitizer writes it back when it
/// had to rewrite a body (<c>&lt;input …&gt;</c>).</remarks>
public static partial class TaskBoxes
{
    public static string Replace(string html, string todo, string done)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (!html.Contains("type=\"checkbox\"", StringComparison.Ordinal)) return html;
        var todoBox = $"<span class=\"task-box\" role=\"img\" aria-label=\"{WebUtility.HtmlEncode(todo)}\">\u2610</span>";
        var doneBox = $"<span class=\"task-box\" role=\"img\" aria-label=\"{WebUtility.HtmlEncode(done)}\">\u2611</span>";
        return Box().Replace(html, m => m.Groups["checked"].Success ? doneBox : todoBox);
    }

    [GeneratedRegex("<input disabled=\"disabled\" type=\"checkbox\"(?<checked> checked=\"checked\")? ?/?>", RegexOptions.CultureInvariant)]
    private static partial Regex Box();
}
