namespace StatiqGuides.Tests.Accessibility;

/// <summary>WCAG 2.2 SC 2.5.8 Target Size (Minimum), measured in the page: every interactive target inside the given
/// regions is at least 24 × 24 CSS px, or undersized but spaced: a 24 px circle centred on its box meets no other target
/// and no other undersized target's circle. A target shown only on focus (the skip link) is measured focused.</summary>
public static class TargetSizeProbe
{
    /// <summary>The header (site title, search form, language switcher, section navigation), the search page's form
    /// and results, and the language choice of the site root.</summary>
    public const string Regions = ".site-header, .search-form, .search-results, .language-list";

    /// <summary>A function of the region selector returning one line per failing target.</summary>
    public const string Script = """
        (regions) => {
          const interactive = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
          const found = new Set();
          for (const region of document.querySelectorAll(regions)) {
            if (region.matches(interactive)) found.add(region);
            region.querySelectorAll(interactive).forEach(e => found.add(e));
          }
          const name = e => {
            const text = (e.getAttribute('aria-label') || e.textContent || e.getAttribute('placeholder') || e.getAttribute('name') || '').replace(/\s+/g, ' ').trim();
            return e.localName + (typeof e.className === 'string' && e.className ? '.' + e.className.split(' ')[0] : '') + ' "' + text.slice(0, 40) + '"';
          };
          const box = e => { const r = e.getBoundingClientRect(); return { x: r.left + scrollX, y: r.top + scrollY, w: r.width, h: r.height }; };
          const offPage = b => b.x + b.w <= 0 || b.y + b.h <= 0;
          const targets = [], focusOnly = [];
          for (const e of found) {
            if (!e.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
            let b = box(e);
            if (offPage(b)) {
              e.focus(); b = box(e); e.blur();
              if (!offPage(b)) focusOnly.push({ e, b, name: name(e) });
              continue;
            }
            if (b.w > 0 && b.h > 0) targets.push({ e, b, name: name(e) });
          }
          const size = b => Math.round(b.w) + 'x' + Math.round(b.h);
          const small = b => b.w < 23.99 || b.h < 23.99;
          const centre = b => ({ x: b.x + b.w / 2, y: b.y + b.h / 2 });
          const toBox = (p, b) => Math.hypot(Math.max(b.x - p.x, 0, p.x - b.x - b.w), Math.max(b.y - p.y, 0, p.y - b.y - b.h));
          const problems = [];
          for (const t of focusOnly) {
            if (small(t.b)) problems.push(t.name + ' is ' + size(t.b) + ' when focused');
          }
          for (const t of targets) {
            if (!small(t.b)) continue;
            const c = centre(t.b);
            const near = targets.filter(o => o !== t && !o.e.contains(t.e) && !t.e.contains(o.e)
              && (toBox(c, o.b) < 11.99 || (small(o.b) && Math.hypot(c.x - centre(o.b).x, c.y - centre(o.b).y) < 23.99)));
            if (near.length > 0) problems.push(t.name + ' is ' + size(t.b) + ' and its 24px circle meets ' + near.map(o => o.name).join(', '));
          }
          return problems;
        }
        """;
}
