/* The search page. The index is a script the page includes (window.StatiqGuidesSearchIndex, written by the
   build), not a file fetched, so search works from file:// with no server and no network. Words are folded as
   the build folds them (src/Modules/Search/SearchText.cs): decomposed, diacritical marks dropped, lower-cased,
   split on anything but letters and digits. Each word of the query matches every indexed word it starts
   ("particip" finds "participación"); a page must match every word; the title weighs most, then headings,
   summary and body. Results are built as DOM nodes, never as HTML. Plain ES5 for old browsers. */
(function () {
  var MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;
  var NON_WORD = /[^0-9a-zA-Z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02af\u0370-\u1fff\u2c00-\u2dff\u3040-\ud7ff\uf900-\ufdff\ufe70-\ufeff\uff10-\uffef]/;
  var MIN_LENGTH = 2;
  var MAX_LENGTH = 32;
  var MAX_RESULTS = 100;
  var SNIPPET = 240;
  var TITLE = 8, HEADINGS = 4, SUMMARY = 2, BODY = 1;
  /* Browsers without String.prototype.normalize still fold the accented letters of Latin scripts. */
  var PLAIN_FROM = '\u00e0\u00e1\u00e2\u00e3\u00e4\u00e5\u00e7\u00e8\u00e9\u00ea\u00eb\u00ec\u00ed\u00ee\u00ef\u00f1\u00f2\u00f3\u00f4\u00f5\u00f6\u00f9\u00fa\u00fb\u00fc\u00fd\u00ff';
  var PLAIN_TO = 'aaaaaaceeeeiiiinooooouuuuyy';
  var decoded = [];

  function fold(text) {
    if (String.prototype.normalize) return text.normalize('NFD').replace(MARKS, '').toLowerCase();
    var lower = text.toLowerCase();
    var out = '';
    for (var i = 0; i < lower.length; i++) {
      var at = PLAIN_FROM.indexOf(lower.charAt(i));
      out += at < 0 ? lower.charAt(i) : PLAIN_TO.charAt(at);
    }
    return out;
  }

  function words(query) {
    var parts = fold(query).split(new RegExp(NON_WORD.source + '+'));
    var list = [];
    for (var i = 0; i < parts.length; i++) {
      if (parts[i].length >= MIN_LENGTH) list.push(parts[i].substring(0, MAX_LENGTH));
    }
    return list;
  }

  /* The postings of term t: [document, fields, document, fields, ...]. */
  function postings(t) {
    if (decoded[t]) return decoded[t];
    var items = index.postings[t].split(',');
    var list = [];
    var doc = 0;
    for (var i = 0; i < items.length; i++) {
      var value = parseInt(items[i], 36);
      doc += Math.floor(value / 16);
      list.push(doc, value % 16);
    }
    decoded[t] = list;
    return list;
  }

  /* The first term not less than prefix, by binary search: terms are sorted by UTF-16 code units. */
  function firstTerm(prefix) {
    var low = 0, high = index.terms.length;
    while (low < high) {
      var middle = (low + high) >> 1;
      if (index.terms[middle] < prefix) low = middle + 1; else high = middle;
    }
    return low;
  }

  function weight(fields, exact) {
    return (fields & TITLE ? 100 : 0) + (fields & HEADINGS ? 20 : 0) + (fields & SUMMARY ? 5 : 0) +
      (fields & BODY ? 1 : 0) + (exact ? 0.5 : 0);
  }

  function search(list) {
    var total = {};
    var matched = {};
    for (var w = 0; w < list.length; w++) {
      var best = {};
      for (var t = firstTerm(list[w]); t < index.terms.length && index.terms[t].indexOf(list[w]) === 0; t++) {
        var found = postings(t);
        for (var p = 0; p < found.length; p += 2) {
          var score = weight(found[p + 1], index.terms[t] === list[w]);
          if (!(best[found[p]] >= score)) best[found[p]] = score;
        }
      }
      for (var doc in best) {
        if (!best.hasOwnProperty(doc)) continue;
        total[doc] = (total[doc] || 0) + best[doc];
        matched[doc] = (matched[doc] || 0) + 1;
      }
    }
    var hits = [];
    for (var d in matched) {
      if (matched.hasOwnProperty(d) && matched[d] === list.length) hits.push(+d);
    }
    hits.sort(function (a, b) { return total[b] - total[a] || a - b; });
    return hits;
  }

  /* Where the words of the query start words of text: [start, end] pairs in text, each a whole word. */
  function ranges(text, list) {
    var folded = '';
    var origin = [];
    for (var i = 0; i < text.length; i++) {
      var f = fold(text.charAt(i));
      for (var k = 0; k < f.length; k++) origin.push(i);
      folded += f;
    }
    origin.push(text.length);
    var found = [];
    var at = 0;
    while (at < folded.length) {
      while (at < folded.length && NON_WORD.test(folded.charAt(at))) at++;
      var end = at;
      while (end < folded.length && !NON_WORD.test(folded.charAt(end))) end++;
      var word = folded.substring(at, end);
      for (var w = 0; w < list.length; w++) {
        if (word.indexOf(list[w]) === 0) {
          found.push([origin[at], origin[end]]);
          break;
        }
      }
      at = end;
    }
    return found;
  }

  function appendMarked(parent, text, list) {
    var found = ranges(text, list);
    var last = 0;
    for (var i = 0; i < found.length; i++) {
      if (found[i][0] > last) parent.appendChild(document.createTextNode(text.substring(last, found[i][0])));
      var mark = document.createElement('mark');
      mark.appendChild(document.createTextNode(text.substring(found[i][0], found[i][1])));
      parent.appendChild(mark);
      last = found[i][1];
    }
    if (last < text.length) parent.appendChild(document.createTextNode(text.substring(last)));
    return found.length;
  }

  /* The snippet: the first of summary, start of body and headings where a word of the query shows, cut to about
     SNIPPET characters around the first match; else the summary. */
  function snippet(doc, list) {
    var candidates = [doc[3], doc[4], doc[5].join(' \u00b7 ')];
    for (var i = 0; i < candidates.length; i++) {
      var found = candidates[i] ? ranges(candidates[i], list) : [];
      if (found.length > 0) return around(candidates[i], found[0][0]);
    }
    return around(doc[3] || doc[4], 0);
  }

  function around(text, at) {
    if (text.length <= SNIPPET) return text;
    var start = Math.max(0, at - 60);
    if (start > 0) {
      var space = text.indexOf(' ', start);
      start = space >= 0 && space < at ? space + 1 : at;
    }
    var end = Math.min(text.length, start + SNIPPET);
    if (end < text.length) {
      var last = text.lastIndexOf(' ', end);
      if (last > at) end = last;
    }
    return (start > 0 ? '\u2026 ' : '') + text.substring(start, end) + (end < text.length ? ' \u2026' : '');
  }

  function say(template, query, count) {
    return template.replace('{0}', query).replace('{1}', String(count));
  }

  function show(query) {
    while (results.firstChild) results.removeChild(results.firstChild);
    var list = words(query);
    var status = document.createElement('p');
    status.className = 'search-status';
    results.appendChild(status);
    if (list.length === 0) {
      status.appendChild(document.createTextNode(results.getAttribute('data-prompt')));
      return;
    }
    var hits = search(list);
    var template = hits.length === 0 ? 'data-none' : hits.length === 1 ? 'data-count-one' : 'data-count';
    var said = say(results.getAttribute(template), query, hits.length);
    if (hits.length > MAX_RESULTS) said += ' ' + say(results.getAttribute('data-more') || '', query, MAX_RESULTS);
    status.appendChild(document.createTextNode(said));
    if (hits.length === 0) return;
    var ol = document.createElement('ol');
    for (var i = 0; i < hits.length && i < MAX_RESULTS; i++) {
      var doc = index.docs[hits[i]];
      var item = document.createElement('li');
      item.className = 'search-result';
      var heading = document.createElement('h2');
      var link = document.createElement('a');
      link.setAttribute('href', doc[0]);
      appendMarked(link, doc[1], list);
      heading.appendChild(link);
      item.appendChild(heading);
      if (doc[2]) {
        var meta = document.createElement('p');
        meta.className = 'card-meta';
        meta.appendChild(document.createTextNode(doc[2]));
        item.appendChild(meta);
      }
      var text = snippet(doc, list);
      if (text) {
        var p = document.createElement('p');
        p.className = 'snippet';
        appendMarked(p, text, list);
        item.appendChild(p);
      }
      ol.appendChild(item);
    }
    results.appendChild(ol);
  }

  function queryParameter() {
    var pairs = location.search.replace(/^\?/, '').split('&');
    for (var i = 0; i < pairs.length; i++) {
      var pair = pairs[i].split('=');
      if (pair[0] === 'q' && pair.length > 1) {
        try {
          return decodeURIComponent(pair[1].replace(/\+/g, ' '));
        } catch (e) {
          return pair[1];
        }
      }
    }
    return '';
  }

  /* The folding, for other scripts and for the tests that check it against the build's. */
  window.StatiqGuidesSearch = { terms: words };

  var results = document.getElementById('sg-search-results');
  var input = document.getElementById('sg-search-q');
  var index = window.StatiqGuidesSearchIndex;
  if (!results || !input || !index || !document.createTextNode) return;
  var noScript = document.getElementById('sg-search-no-script');
  if (noScript) noScript.parentNode.removeChild(noScript);

  var initial = queryParameter();
  input.value = initial;
  show(initial);
  var timer = null;
  function onInput() {
    clearTimeout(timer);
    timer = setTimeout(function () { show(input.value); }, 150);
  }
  if (input.addEventListener) input.addEventListener('input', onInput, false);
})();
