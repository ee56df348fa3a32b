using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;

namespace StatiqGuides.Modules.Markdown;

/// <summary>Whether a piece of raw HTML ends inside something: a tag, an attribute value, a comment, or the text of an
/// element a browser reads as text (<c>&lt;textarea&gt;</c>, <c>&lt;style&gt;</c>...). Whatever Markdown, the layout or the
/// next guide of a printable page writes after it would become part of it, out of sight of any check of the piece.</summary>
public static class OpenHtml
{
    private const string Sentinel = "<sg-end>";

    /// <returns>What the fragment leaves open, or null when it ends between tags.</returns>
    public static string? AtEndOf(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var tokenizer = new HtmlTokenizer(new TextSource(html + Sentinel), HtmlEntityProvider.Resolver) { IsPreservingAttributeNames = true };
        HtmlToken? last = null;
        string? textElement = null;
        for (var token = tokenizer.Get(); token.Type != HtmlTokenType.EndOfFile; token = tokenizer.Get())
        {
            last = token;
            if (token is HtmlTagToken tag && RawHtmlFragment.TextModeAfter(tag) is { } mode)
            {
                tokenizer.State = mode;
                textElement = tag.Name.ToLowerInvariant();
            }
            else if (token is HtmlTagToken { Type: HtmlTokenType.EndTag })
            {
                textElement = null;
            }
        }
        return last switch
        {
            HtmlTagToken { Type: HtmlTokenType.StartTag } tag when tag.Name == "sg-end" && textElement is null => null,
            HtmlTagToken { Type: HtmlTokenType.StartTag, Name: "sg-end" } => $"the text of <{textElement}>",
            _ when textElement is not null => $"the text of <{textElement}>",
            { Type: HtmlTokenType.Comment } => "a comment",
            { Type: HtmlTokenType.Doctype } => "a <!DOCTYPE> declaration",
            HtmlTagToken => "a tag",
            _ => "a tag or an attribute value",
        };
    }
}
