/* The search page. The index is a manifest script the page includes (window.StatiqGuidesSearchIndex, written by
   the build) and shards added as scripts for the words of each query, never files fetched, so search works from
   file:// with no server and no network, and under script-src 'self'. Words are folded as
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
  var PAGE = 5;
  var MAX_FILES = 8;
  var SNIPPET = 240;
  var TITLE = 8, HEADINGS = 4, SUMMARY = 2, BODY = 1;
  /* Browsers without String.prototype.normalize still fold the accented letters of Latin scripts. */
  var PLAIN_FROM = '\u00e0\u00e1\u00e2\u00e3\u00e4\u00e5\u00e7\u00e8\u00e9\u00ea\u00eb\u00ec\u00ed\u00ee\u00ef\u00f1\u00f2\u00f3\u00f4\u00f5\u00f6\u00f9\u00fa\u00fb\u00fc\u00fd\u00ff';
  var PLAIN_TO = 'aaaaaaceeeeiiiinooooouuuuyy';

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

  /* The shards. The manifest (window.StatiqGuidesSearchIndex, included by the page) lists the prefixes of the
     index's shards; a shard is a script added to the page, which hands its data to add(). A word of the query needs
     one shard: the leaf of its longest listed prefix, or, when the word is itself a prefix split further, that
     prefix's aggregate. The results' texts are shards too, index.perShard documents each in index order, loaded only
     when one of their results is shown. */
  var shards = {};
  var pending = {};

  function shardName(prefix) {
    if (/^[a-z0-9]+$/.test(prefix)) return prefix;
    var hex = 'x';
    for (var i = 0; i < prefix.length; i++) hex += ('000' + prefix.charCodeAt(i).toString(16)).slice(-4);
    return hex;
  }

  function add(kind, key, data) {
    shards[kind + ':' + key] = data;
  }

  /* Loads the shards named by list ([kind, key, file] triples), then calls done; a shard that fails to load is null. */
  function loadAll(list, done) {
    var left = list.length;
    if (left === 0) return done();
    function one() {
      left--;
      if (left === 0) done();
    }
    for (var i = 0; i < list.length; i++) load(list[i][0] + ':' + list[i][1], list[i][2], one);
  }

  function load(name, file, done) {
    if (shards.hasOwnProperty(name)) return done();
    if (pending[name]) {
      pending[name].push(done);
      return;
    }
    pending[name] = [done];
    var script = document.createElement('script');
    function finish() {
      if (!shards.hasOwnProperty(name)) shards[name] = null;
      var callbacks = pending[name];
      delete pending[name];
      for (var i = 0; i < callbacks.length; i++) callbacks[i]();
    }
    script.onload = finish;
    script.onerror = finish;
    script.src = base + 'index/' + file + '.js';
    document.getElementsByTagName('head')[0].appendChild(script);
  }

  /* The shard a word of the query needs, as [kind, key, file], or null when no indexed word starts with it. */
  function shardFor(word) {
    for (var d = MIN_LENGTH; d <= word.length; d++) {
      var prefix = word.substring(0, d);
      if (leaves[prefix] === true) return ['t', prefix, 't-' + shardName(prefix)];
      if (splits[prefix] !== true) return null;
      if (d === word.length) return ['a', prefix, 'a-' + shardName(prefix)];
    }
    return null;
  }

  /* Postings as [document, value, document, value, ...]: sparse base-36 deltas, or dense (~ then one digit per document). */
  function decode(text, radix) {
    var list = [];
    if (text.charAt(0) === '~') {
      for (var d = 1; d < text.length; d++) {
        var dense = parseInt(text.charAt(d), radix);
        if (dense > 0) list.push(d - 1, dense);
      }
      return list;
    }
    var items = text.split(',');
    var doc = 0;
    for (var i = 0; i < items.length; i++) {
      var value = parseInt(items[i], 36);
      doc += Math.floor(value / radix);
      list.push(doc, value % radix);
    }
    return list;
  }

  function weight(fields, exact) {
    return (fields & TITLE ? 100 : 0) + (fields & HEADINGS ? 20 : 0) + (fields & SUMMARY ? 5 : 0) +
      (fields & BODY ? 1 : 0) + (exact ? 0.5 : 0);
  }

  /* Each document's best score for one word of the query, from its shard. */
  function scores(word, shard) {
    var best = {};
    var found, p, score;
    var data = shard ? shards[shard[0] + ':' + shard[1]] : null;
    if (!data) return best;
    if (shard[0] === 'a') {
      found = decode(data.best, 32);
      for (p = 0; p < found.length; p += 2) best[found[p]] = weight(found[p + 1] & 15, found[p + 1] & 16);
      return best;
    }
    for (var t = 0; t < data.terms.length; t++) {
      if (data.terms[t].indexOf(word) !== 0) continue;
      found = decode(data.postings[t], 16);
      for (p = 0; p < found.length; p += 2) {
        score = weight(found[p + 1], data.terms[t] === word);
        if (!(best[found[p]] >= score)) best[found[p]] = score;
      }
    }
    return best;
  }

  /* The documents matching every word, best first (then in index order), as indexes. */
  function rank(list, needed) {
    var total = {};
    var matched = {};
    for (var w = 0; w < list.length; w++) {
      var best = scores(list[w], needed[w]);
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

  /* Finds the documents of a query, loading the shards it needs, and calls done(words, hits). */
  function search(query, done) {
    var list = words(query);
    var needed = [];
    var files = [];
    var seen = {};
    for (var w = 0; w < list.length; w++) {
      needed.push(shardFor(list[w]));
      if (needed[w] && !seen[needed[w][2]]) {
        seen[needed[w][2]] = true;
        files.push(needed[w]);
      }
    }
    loadAll(files, function () { done(list, list.length === 0 ? [] : rank(list, needed), files.length); });
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

  /* Results are shown a few at a time, each one's text loaded as it is shown, so that a query loads at most
     MAX_FILES shards; "More results" shows the next ones. */
  function show(query) {
    var ticket = ++shown;
    busy(true);
    search(query, function (list, hits, termFiles) {
      if (ticket !== shown) return;
      while (results.firstChild) results.removeChild(results.firstChild);
      var status = document.createElement('p');
      status.className = 'search-status';
      results.appendChild(status);
      if (list.length === 0) {
        status.appendChild(document.createTextNode(results.getAttribute('data-prompt')));
        return busy(false);
      }
      var template = hits.length === 0 ? 'data-none' : hits.length === 1 ? 'data-count-one' : 'data-count';
      var said = say(results.getAttribute(template), query, hits.length);
      if (hits.length > MAX_RESULTS) said += ' ' + say(results.getAttribute('data-more') || '', query, MAX_RESULTS);
      status.appendChild(document.createTextNode(said));
      if (hits.length === 0) return busy(false);
      var ol = document.createElement('ol');
      results.appendChild(ol);
      var page = Math.max(1, Math.min(PAGE, MAX_FILES - termFiles));
      showFrom(ticket, ol, hits.slice(0, MAX_RESULTS), 0, page, list);
    });
  }

  function showFrom(ticket, ol, hits, from, count, list) {
    var to = Math.min(hits.length, from + count);
    var wanted = [];
    var seen = {};
    for (var i = from; i < to; i++) {
      var group = Math.floor(hits[i] / perShard);
      if (seen[group] === true) continue;
      seen[group] = true;
      wanted.push(['d', String(group), 'd' + group]);
    }
    loadAll(wanted, function () {
      if (ticket !== shown) return;
      for (var i = from; i < to; i++) {
        var texts = shards['d:' + Math.floor(hits[i] / perShard)];
        var doc = texts && texts[hits[i] % perShard];
        if (doc) ol.appendChild(result(doc, list));
      }
      if (to < hits.length) {
        var more = document.createElement('button');
        more.setAttribute('type', 'button');
        more.className = 'search-more';
        more.appendChild(document.createTextNode(results.getAttribute('data-next') || '+'));
        more.onclick = function () {
          more.parentNode.removeChild(more);
          busy(true);
          showFrom(ticket, ol, hits, to, PAGE, list);
        };
        results.appendChild(more);
      }
      busy(false);
    });
  }

  /* A screen reader waits for the live region to be whole before it reads it; the status line comes before the
     results' texts have loaded. */
  function busy(on) {
    results.setAttribute('aria-busy', on ? 'true' : 'false');
  }

  function result(doc, list) {
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
    return item;
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

  /* The folding, the shards' entry point, and a query API for the tests that check ranking against the build's. */
  window.StatiqGuidesSearch = {
    terms: words,
    add: add,
    query: function (query, done) { search(query, function (list, hits) { done(hits); }); }
  };

  var results = document.getElementById('sg-search-results');
  var input = document.getElementById('sg-search-q');
  var manifest = document.getElementById('sg-search-index');
  var index = window.StatiqGuidesSearchIndex;
  if (!results || !input || !index || !manifest || !document.createTextNode) return;
  var base = manifest.src.substring(0, manifest.src.lastIndexOf('/') + 1);
  var leaves = {};
  var splits = {};
  var perShard = index.perShard || 1;
  var shown = 0;
  for (var l = 0; l < index.leaves.length; l++) leaves[index.leaves[l]] = true;
  for (var s = 0; s < index.splits.length; s++) splits[index.splits[s]] = true;
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
