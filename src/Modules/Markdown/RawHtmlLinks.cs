using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using StatiqGuides.Modules.Markdown.Links;

namespace StatiqGuides.Modules.Markdown;

/// <summary>Rewrites the links of one page's raw HTML as the link-resolution extension resolves its Markdown links,
/// against the same resolver: raw HTML is text to Markdig, so this runs on the fragments once the page is parsed.</summary>
public sealed class RawHtmlLinks(PageLinkContext page)
{
    private readonly ForeignEmbeds _embeds = new(page);

    /// <summary>Rewrites the relative <c>href</c>, <c>src</c> and <c>poster</c> of raw HTML tags as Markdown links are
    /// rewritten (<c>&lt;img src="../../assets/map.png"&gt;</c> is written from a page deeper than its file), reporting
    /// broken ones. Values are read as a browser reads them and written back quoted and escaped.</summary>
    public void Rewrite(IEnumerable<RawHtmlFragment> fragments)
    {
        ArgumentNullException.ThrowIfNull(fragments);
        foreach (var fragment in fragments)
        {
            var edits = new List<(int Start, int Length, string Text)>();
            var tokenizer = fragment.Tokenizer();
            var inStyle = false;
            for (var token = tokenizer.Get(); token.Type != HtmlTokenType.EndOfFile; token = tokenizer.Get())
            {
                if (inStyle && token.Type == HtmlTokenType.Character)
                {
                    var at = fragment.Text.IndexOf(token.Data, Math.Max(fragment.Offset(token.Position) - 1, 0), StringComparison.Ordinal);
                    if (at >= 0) _embeds.RewriteStyle(fragment, at, token.Data, edits);
                    continue;
                }
                if (token is not HtmlTagToken tag) continue;
                inStyle = tag.Type == HtmlTokenType.StartTag && tag.Name.Equals("style", StringComparison.OrdinalIgnoreCase);
                if (tag.Type != HtmlTokenType.StartTag) continue;
                if (RawHtmlFragment.TextModeAfter(tag) is { } mode) tokenizer.State = mode;
                if (_embeds.RewriteTag(fragment, tag, edits)) continue;
                foreach (var attribute in tag.Attributes)
                {
                    if (!IsUrlAttribute(attribute.Name) || fragment.ValueSpan(attribute.Position) is not { } raw) continue;
                    var (line, column) = fragment.BodyPosition(attribute.Position);
                    var location = page.Location(line, column);
                    var resolved = PageLinkContext.IsSiteAbsolute(attribute.Value) ? page.SiteAbsolute(attribute.Value.Trim(), location)
                        : page.Offline && attribute.Value.Trim().StartsWith("//", StringComparison.Ordinal) ? "https:" + attribute.Value.Trim()
                        : IsRelative(attribute.Value) ? page.ResolveRelative(attribute.Value, location)
                        : null;
                    if (resolved is not null && resolved != attribute.Value)
                    {
                        edits.Add((raw.Start, raw.Length, "\"" + System.Net.WebUtility.HtmlEncode(resolved) + "\""));
                    }
                }
            }
            fragment.Apply(edits);
        }
    }

    private static bool IsUrlAttribute(string name) =>
        name.Equals("href", StringComparison.OrdinalIgnoreCase) || name.Equals("src", StringComparison.OrdinalIgnoreCase)
        || name.Equals("poster", StringComparison.OrdinalIgnoreCase);

    private static bool IsRelative(string url) =>
        url.Length > 0 && !url.StartsWith('#') && !url.StartsWith('/') && !UnsafeUrls.HasScheme(url.Trim()) && !UnsafeUrls.IsScript(url)
        && !url.Contains('\n', StringComparison.Ordinal);
}
