namespace StatiqGuides.Tests.Testing;

/// <summary>Guide bodies written to run script or take the reader elsewhere, one family of trick each: the script
/// classes of issue 9. Each must give an SG03xx error and leave nothing that runs on the page.</summary>
public static class HostileInputs
{
    public static IReadOnlyList<(string Name, string Body)> ScriptBodies { get; } =
    [
        ("script element", "<script>alert(1)</script>\n"),
        ("event attribute", "Text <b onmouseover=\"alert(1)\">x</b>\n"),
        ("event attribute mixed case", "<div OnClIcK=alert(1)>x</div>\n"),
        ("javascript href with entity", "<a href=\"&#106;avascript:alert(1)\">x</a>\n"),
        ("javascript href with tab", "<a href=\"java\tscript:alert(1)\">x</a>\n"),
        ("vbscript href", "<a href=\"vbscript:msgbox(1)\">x</a>\n"),
        ("iframe srcdoc", "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>\n"),
        ("iframe data document", "<iframe src=\"data:text/html,<script>alert(1)</script>\"></iframe>\n"),
        ("iframe javascript", "<iframe src=\"javascript:alert(1)\"></iframe>\n"),
        ("object data document", "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>\n"),
        ("embed data svg", "<embed src=\"data:image/svg+xml,<svg onload=alert(1)>\">\n"),
        ("noscript parsing", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>\n"),
        ("svg style parsing", "<svg><style><img src=x onerror=alert(1)></style></svg>\n"),
        ("svg title parsing", "<svg><title><img src=x onerror=alert(1)></title></svg>\n"),
        ("math textarea parsing", "<math><mtext><textarea><img src=x onerror=alert(1)></textarea></mtext></math>\n"),
        ("math mglyph style", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>\n"),
        ("svg animate href", "<svg><a><animate attributeName=href values=javascript:alert(1) /><text y=20>x</text></a></svg>\n"),
        ("base href", "<base href=\"https://evil.example/\">\n\n[home](index.md)\n"),
        ("meta refresh", "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">\n"),
        ("link import", "<link rel=\"stylesheet\" href=\"https://evil.example/x.css\">\n"),
        ("style element", "<style>body{background:url(javascript:alert(1))}</style>\n"),
        ("style attribute overlay", "<a href=\"https://evil.example/\" style=\"position:fixed;top:0;left:0;width:100%;height:100%\">x</a>\n"),
        ("form", "<form action=\"https://evil.example/\"><button>Log in</button></form>\n"),
        ("formaction button", "<button formaction=\"javascript:alert(1)\">x</button>\n"),
        ("split tag across pieces", "<div title=\"\n\n[x](onclick=alert(1)//)\n\n</div>\n"),
        ("attribute left open at end", "Intro.\n\n<div title='\n\nHello ' onmouseover='alert(1)' x='\n"),
        ("element left open", "<div class=\"x\">\n\nText\n"),
        ("stray end tag", "Text\n\n</main></div><div>\n"),
        ("template content", "<template><img src=x onerror=alert(1)></template>\n"),
        ("markdown data link", "[x](data:text/html,<script>alert(1)</script>)\n"),
        ("markdown javascript autolink", "<javascript:alert(1)>\n"),
        ("comment with conditional", "<!--[if IE]><script>alert(1)</script><![endif]-->\n"),
        ("xmp raw text", "<xmp><img src=x onerror=alert(1)></xmp>\n"),
        ("select breaking out", "<select><template><style><img src=x onerror=alert(1)></style></template></select>\n"),
    ];
}
