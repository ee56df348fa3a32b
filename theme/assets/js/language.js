/* The site root's language choice. A reader who arrives here without asking for it is sent to the home page
   in the best match of the browser's languages, or in the language they picked here before. A reader who came
   on purpose (a "#choose" link), or came back in the same tab, or whose browser blocks storage (some do from
   file://), stays on the list. The languages are read from the links' hreflang, so nothing is hard-wired.
   Without this script the page is a plain list of links. Plain ES5 for old browsers. */
(function () {
  if (!document.querySelectorAll || !window.addEventListener) return;
  var KEY = 'statiqguides.language';
  var REDIRECTED = 'statiqguides.redirected';
  var links = document.querySelectorAll('.language-list a[hreflang]');
  var byCode = {};
  var codes = [];

  function remember() {
    var chosen = this.getAttribute('hreflang');
    try {
      localStorage.setItem(KEY, chosen);
    } catch (e) { /* storage blocked: the choice is simply not remembered */ }
    /* Netlify's language redirects (_redirects) read nf_lang before the browser's languages. */
    try {
      document.cookie = 'nf_lang=' + encodeURIComponent(chosen) + '; path=/; max-age=31536000; SameSite=Lax';
    } catch (e) { /* no cookies from file:// in some browsers */ }
  }

  for (var i = 0; i < links.length; i++) {
    /* In a one-language offline bundle the other languages link to the online site: never send a reader
       there unasked, so only links within this copy (relative ones) are candidates for the redirect. */
    if (/^[a-z][a-z0-9+.-]*:/i.test(links[i].getAttribute('href'))) continue;
    var code = links[i].getAttribute('hreflang').toLowerCase();
    byCode[code] = links[i];
    codes.push(code);
    links[i].addEventListener('click', remember);
  }
  if (codes.length === 0 || location.hash === '#choose') return;

  var wanted = [];
  try {
    if (sessionStorage.getItem(REDIRECTED)) return;
    var saved = localStorage.getItem(KEY);
    if (saved) wanted.push(saved);
  } catch (e) {
    return;
  }
  var browser = navigator.languages && navigator.languages.length
    ? navigator.languages
    : [navigator.language || navigator.userLanguage || ''];
  for (var j = 0; j < browser.length; j++) wanted.push(browser[j]);

  function primary(tag) {
    return tag.split('-')[0];
  }

  /* The first wanted language that is listed exactly (fr-ca), else by its primary subtag (fr-CA -> fr). */
  function bestLink() {
    for (var w = 0; w < wanted.length; w++) {
      var tag = String(wanted[w]).toLowerCase().replace(/_/g, '-');
      if (!tag) continue;
      if (byCode.hasOwnProperty(tag)) return byCode[tag];
      for (var c = 0; c < codes.length; c++) {
        if (primary(codes[c]) === primary(tag)) return byCode[codes[c]];
      }
    }
    return null;
  }

  var target = bestLink();
  if (!target) return;
  try {
    sessionStorage.setItem(REDIRECTED, '1');
  } catch (e) {
    return;
  }
  /* replace(): the Back button then skips this page instead of bouncing on it. */
  location.replace(target.href);
})();
