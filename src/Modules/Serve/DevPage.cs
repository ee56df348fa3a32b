using System.Globalization;
using System.Net;
using System.Text;

namespace StatiqGuides.Modules.Serve;

/// <summary>What <c>serve</c> adds to each HTML page it sends, never to the built files: the reload script, and while
/// the latest build has errors, an overlay listing them (escaped text: file:line:col, code, message).</summary>
public static class DevPage
{
    public const string ScriptPath = "/__serve/reload.js";
    public const string EventsPath = "/__serve/events";
    public const string VersionPath = "/__serve/version";
    public const string OverlayId = "sg-serve-overlay";
    public const string StylePath = "/__serve/overlay.css";

    /// <summary>The overlay's looks, as a stylesheet of the site's own origin: the preview sends the production
    /// Content-Security-Policy, which blocks style attributes.</summary>
    public const string Style = """
        #sg-serve-overlay { position: fixed; inset: auto 0 0 0; z-index: 2147483647; max-height: 60vh; overflow: auto; margin: 0;
          padding: 1em 1.5em; background: #fff5f5; color: #1a1a1a; border-top: 4px solid #c00; font: 14px/1.5 monospace;
          box-shadow: 0 -2px 12px rgba(0,0,0,.3); }
        #sg-serve-overlay p { margin: 0 0 .5em; font-weight: bold; color: #c00; }
        #sg-serve-overlay ul { margin: 0; padding-left: 1.2em; }

        """;

    /// <param name="pageVersion">What the page shows, as <see cref="ServedSite.PageVersion"/> gives it for the path it
    /// is served at: the script reloads the page when the server sends another.</param>
    public static byte[] Inject(byte[] html, ServedSite site, string pageVersion)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(pageVersion);
        var text = Encoding.UTF8.GetString(html);
        var addition = Overlay(site) + $"<script src=\"{ScriptPath}\" data-version=\"{WebUtility.HtmlEncode(pageVersion)}\"></script>\n";
        var end = text.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return Encoding.UTF8.GetBytes(end < 0 ? text + addition : text.Insert(end, addition));
    }

    public static string Overlay(ServedSite site)
    {
        ArgumentNullException.ThrowIfNull(site);
        var errors = site.Errors.ToList();
        if (errors.Count == 0) return "";
        var builder = new StringBuilder();
        builder.Append("<link rel=\"stylesheet\" href=\"").Append(StylePath).Append("\">\n")
            .Append("<div id=\"").Append(OverlayId).Append("\" role=\"alert\">\n")
            .Append("<p>")
            .Append(errors.Count.ToString(CultureInfo.InvariantCulture)).Append(errors.Count == 1 ? " error" : " errors")
            .Append(" in the latest build. The pages shown are the last good ones; this message goes when the errors are fixed.</p>\n<ul>\n");
        foreach (var error in errors)
        {
            builder.Append("<li><code>").Append(WebUtility.HtmlEncode(error.Location.ToString())).Append("</code>: <strong>")
                .Append(WebUtility.HtmlEncode(error.Code)).Append("</strong> ").Append(WebUtility.HtmlEncode(error.Message)).Append("</li>\n");
        }
        builder.Append("</ul>\n</div>\n");
        return builder.ToString();
    }

    /// <summary>ES3, so that old browsers run it too: Server-Sent Events where the browser has EventSource, else it asks
    /// for its page's version every two seconds. A page reloads when the version of what is served at its path is not
    /// the one it shows (<see cref="ServedSite.PageVersion"/>): a save reloads the tabs whose page changed. It reloads
    /// once: a message that comes while the page is reloading (the rest of the build announced) would start it again.</summary>
    public const string Script = """
        (function () {
          var scripts = document.getElementsByTagName('script');
          var mine = scripts[scripts.length - 1].getAttribute('data-version');
          var page = encodeURIComponent(window.location.pathname);
          var reloading = false;
          function check(version) { if (version && version !== mine && !reloading) { reloading = true; window.location.reload(); } }
          if (window.EventSource) {
            var source = new EventSource('/__serve/events?page=' + page);
            source.onmessage = function (event) {
              var parts = String(event.data).split(' ');
              if (parts[0] === 'reload' || parts[0] === 'version') { check(parts[1]); }
            };
          } else if (window.XMLHttpRequest) {
            setInterval(function () {
              var request = new XMLHttpRequest();
              request.onreadystatechange = function () {
                if (request.readyState === 4 && request.status === 200) { check(request.responseText); }
              };
              request.open('GET', '/__serve/version?page=' + page + '&t=' + new Date().getTime(), true);
              request.send(null);
            }, 2000);
          }
        })();

        """;
}
