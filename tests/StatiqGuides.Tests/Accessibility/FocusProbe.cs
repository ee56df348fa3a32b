namespace StatiqGuides.Tests.Accessibility;

/// <summary>WCAG 2.2 SC 2.4.11 Focus Not Obscured (Minimum), measured after each Tab: the focused element is not
/// entirely hidden by other content (a sticky or fixed box, an overlay) nor left outside the viewport: at least one of
/// the centre and inner corners of one of its boxes hits the element itself at <c>elementFromPoint</c>.</summary>
public static class FocusProbe
{
    /// <summary>Returns <c>null</c> once focus leaves the page or comes back to an element already seen, "" when the
    /// focused element shows, and a description of it and what covers it when it does not.</summary>
    public const string Script = """
        () => {
          const e = document.activeElement;
          if (!e || e === document.body || e === document.documentElement) return null;
          const seen = window.__sgFocusSeen || (window.__sgFocusSeen = new WeakSet());
          if (seen.has(e)) return null;
          seen.add(e);
          const name = n => {
            const text = (n.getAttribute('aria-label') || n.textContent || n.getAttribute('placeholder') || '').replace(/\s+/g, ' ').trim();
            return n.localName + (typeof n.className === 'string' && n.className ? '.' + n.className.split(' ')[0] : '') + ' "' + text.slice(0, 40) + '"';
          };
          const boxes = [...e.getClientRects()].filter(r => r.width > 0 && r.height > 0);
          if (boxes.length === 0) return name(e) + ' has focus but no box';
          const points = boxes.flatMap(r => {
            const i = Math.min(2, r.width / 4, r.height / 4);
            return [[r.left + r.width / 2, r.top + r.height / 2], [r.left + i, r.top + i], [r.right - i, r.top + i], [r.left + i, r.bottom - i], [r.right - i, r.bottom - i]];
          });
          const hits = points.map(([x, y]) => document.elementFromPoint(x, y));
          if (hits.some(h => h !== null && (h === e || e.contains(h)))) return '';
          const cover = hits.find(h => h !== null);
          const r = boxes[0];
          return name(e) + ' at ' + Math.round(r.left) + ',' + Math.round(r.top) + ' is hidden by ' + (cover ? name(cover) : 'the edge of the viewport');
        }
        """;

    /// <summary>After the first stops were reached by Tab: every other focusable element of the page, in document order
    /// (the theme sets no positive tabindex), focused by script and probed the same way, in one call rather than two
    /// browser round trips per link. Returns the descriptions of the hidden ones.</summary>
    public const string RestOfPage = "() => { const probe = " + Script + Loop;

    private const string Loop = """
        ;
          const seen = window.__sgFocusSeen || (window.__sgFocusSeen = new WeakSet());
          const focusable = 'a[href], area[href], button, input, select, textarea, summary, iframe, [contenteditable], [tabindex]';
          const found = [];
          for (const e of document.querySelectorAll(focusable)) {
            if (seen.has(e) || e.disabled || e.getAttribute('tabindex') === '-1') continue;
            e.focus();
            if (document.activeElement !== e) continue;
            const problem = probe();
            if (problem) found.push(problem);
          }
          return found;
        }
        """;
}
