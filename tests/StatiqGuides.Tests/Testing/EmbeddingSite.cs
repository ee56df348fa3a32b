namespace StatiqGuides.Tests.Testing;

/// <summary>A site whose guide <c>guides/websites/body.md</c> makes the browser load things from other hosts in every
/// way content can, and links to the site by absolute paths. The body starts on line 6.</summary>
public static class EmbeddingSite
{
    public const string Page = "en/guides/websites/body/index.html";

    public const string Body =
        "![Map of the chamber](https://example.org/map.png)\n"                                          // 6
        + "\n"
        + "<img src=\"http://example.org/a.png\" alt=\"Seating plan\">\n"                                 // 8
        + "\n"
        + "<p><img alt=\"Badge\" srcset=\"//cdn.example.org/b.png 2x\"></p>\n"                            // 10
        + "\n"
        + "<iframe title=\"Plenary video\" src=\"https://video.example.org/embed/1\"></iframe>\n"          // 12
        + "\n"
        + "<video poster=\"https://example.org/p.jpg\" src=\"../../assets/logo.png\"></video>\n"          // 14
        + "\n"
        + "<div style=\"color: red; background: url(https://example.org/bg.png)\">Styled</div>\n"       // 16
        + "\n"
        // <style> and <link> are not in content's allow-list (ContentSanitizerTests); the theme styles pages.
        + "<p>Styles are the theme's.</p>\n<p>Content has none.</p>\n"                                  // 18-19
        + "\n"
        + "<p>No stylesheet either.</p>\n"                                                              // 21
        + "\n"
        + "<audio src=\"//cdn.example.org/a.mp3\"></audio> <embed src=\"https://example.org/e.pdf\">\n"   // 23
        + "\n"
        + "See [the good guide](/en/guides/websites/good/) and <a href=\"/assets/logo.png\">the logo</a> and [gone](/en/nowhere/).\n" // 25
        + "\n"
        + "A plain [http link](http://example.org/) and <a href=\"http://example.org/raw\">raw</a> and [https](https://example.org/).\n" // 27
        + "\n"
        + "[![Build badge](https://ci.example.org/badge.svg)](https://ci.example.org/)\n" // 29
        + "\n"
        + "<object data=\"https://example.org/o.pdf\" title=\"Annual report\"></object>\n"; // 31

    /// <summary>What <c>check</c> reports for <see cref="Body"/>.</summary>
    public static readonly string[] Diagnostics =
    [
        "input/guides/websites/body.md:6:1: warning SG0403: image 'https://example.org/map.png' is loaded from another host: the site's Content-Security-Policy blocks it and offline bundles cannot show it; download it into input/assets/ or link to it",
        "input/guides/websites/body.md:8:6: warning SG0403: <img src> 'http://example.org/a.png' is loaded from another host: the site's Content-Security-Policy blocks it and offline bundles cannot show it; download it into input/assets/ or link to it",
        "input/guides/websites/body.md:10:21: warning SG0403: <img srcset> '//cdn.example.org/b.png' is loaded from another host: the site's Content-Security-Policy blocks it and offline bundles cannot show it; download it into input/assets/ or link to it",
        "input/guides/websites/body.md:12:31: warning SG0403: <iframe src> 'https://video.example.org/embed/1' is loaded from another host: the site's Content-Security-Policy blocks it and offline bundles cannot show it; download it into input/assets/ or link to it",
        "input/guides/websites/body.md:14:8: warning SG0403: <video poster> 'https://example.org/p.jpg' is loaded from another host: the site's Content-Security-Policy blocks it and offline bundles cannot show it; download it into input/assets/ or link to it",
        "input/guides/websites/body.md:16:6: warning SG0403: style url() 'https://example.org/bg.png' is loaded from another host: the site's Content-Security-Policy blocks it and offline bundles cannot show it; download it into input/assets/ or link to it",
        "input/guides/websites/body.md:16:6: warning SG0902: a style attribute is blocked by the site's Content-Security-Policy (style-src 'self'): readers of the published site will not see it",
        "input/guides/websites/body.md:23:8: warning SG0403: <audio src> '//cdn.example.org/a.mp3' is loaded from another host: the site's Content-Security-Policy blocks it and offline bundles cannot show it; download it into input/assets/ or link to it",
        "input/guides/websites/body.md:23:54: warning SG0403: <embed src> 'https://example.org/e.pdf' is loaded from another host: the site's Content-Security-Policy blocks it and offline bundles cannot show it; download it into input/assets/ or link to it",
        "input/guides/websites/body.md:25:5: warning SG0404: link '/en/guides/websites/good/' starts with '/': it breaks when the site is opened from disk; link to the .md or asset file with a relative path",
        "input/guides/websites/body.md:25:56: warning SG0404: link '/assets/logo.png' starts with '/': it breaks when the site is opened from disk; link to the .md or asset file with a relative path",
        "input/guides/websites/body.md:25:97: warning SG0404: link '/en/nowhere/' starts with '/': it breaks when the site is opened from disk; link to the .md or asset file with a relative path",
        "input/guides/websites/body.md:29:2: warning SG0403: image 'https://ci.example.org/badge.svg' is loaded from another host: the site's Content-Security-Policy blocks it and offline bundles cannot show it; download it into input/assets/ or link to it",
        "input/guides/websites/body.md:31:9: warning SG0403: <object data> 'https://example.org/o.pdf' is loaded from another host: the site's Content-Security-Policy blocks it and offline bundles cannot show it; download it into input/assets/ or link to it",
    ];

    public static TestSite Create() =>
        TestSite.Create().WithBytes("assets/logo.png", [0x89, 0x50, 0x4E, 0x47]).WithGuide("body", "title: Body\nsummary: S", Body);
}
