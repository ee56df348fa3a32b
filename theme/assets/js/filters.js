/* The case-study index's filters. Without this script the page is the full list, grouped by theme, and the form
   stays hidden. Everything the filters need is in the page (each card's data-theme, data-region, data-country and
   data-year; each select's data-filter names the attribute), so it works from file:// with no request.
   A case study with several themes is listed once per theme: the theme select (data-match="group") keeps only the
   group of that theme, so each case study shows once; the other selects match the card's whole value.
   Plain ES5 for old browsers. */
(function () {
  if (!document.querySelectorAll || !window.addEventListener) return;
  var form = document.getElementById('sg-filters');
  var list = document.querySelector('.case-study-groups');
  if (!form || !list) return;
  var selects = form.querySelectorAll('select[data-filter]');
  var cards = list.querySelectorAll('li.card');
  var groups = list.querySelectorAll('section');
  var jumps = document.querySelectorAll('.jump a[href^="#"]');
  var empty = form.querySelector('.filters-empty');
  var status = form.querySelector('.filter-status');
  var countText = form.getAttribute('data-count') || '';

  /* A case study listed under several themes counts once: cards are told apart by their link. */
  function distinct(onlyShown) {
    var seen = {};
    var n = 0;
    for (var i = 0; i < cards.length; i++) {
      if (onlyShown && cards[i].hidden) continue;
      var link = cards[i].querySelector('a');
      var key = link ? link.getAttribute('href') : String(i);
      if (!seen.hasOwnProperty(key)) { seen[key] = true; n++; }
    }
    return n;
  }
  var total = distinct(false);

  /* The id of the group (theme) a card is listed under. */
  function groupOf(card) {
    for (var node = card.parentNode; node && node !== list; node = node.parentNode) {
      if (node.nodeName === 'SECTION') return node.getAttribute('aria-labelledby');
    }
    return '';
  }

  function matches(card) {
    for (var i = 0; i < selects.length; i++) {
      var wanted = selects[i].value;
      if (!wanted) continue;
      var value = selects[i].getAttribute('data-match') === 'group'
        ? groupOf(card)
        : card.getAttribute('data-' + selects[i].getAttribute('data-filter')) || '';
      if (value !== wanted) return false;
    }
    return true;
  }

  function apply() {
    var shown = 0;
    for (var c = 0; c < cards.length; c++) {
      cards[c].hidden = !matches(cards[c]);
      if (!cards[c].hidden) shown++;
    }
    var hiddenGroups = {};
    for (var g = 0; g < groups.length; g++) {
      var visible = false;
      var inGroup = groups[g].querySelectorAll('li.card');
      for (var k = 0; k < inGroup.length; k++) {
        if (!inGroup[k].hidden) visible = true;
      }
      groups[g].hidden = !visible;
      if (!visible) hiddenGroups[groups[g].getAttribute('aria-labelledby')] = true;
    }
    for (var j = 0; j < jumps.length; j++) {
      var id = decodeURIComponent(jumps[j].getAttribute('href').slice(1));
      jumps[j].parentNode.hidden = hiddenGroups.hasOwnProperty(id);
    }
    if (empty) empty.hidden = shown > 0;
    if (status) status.textContent = shown > 0 ? countText.replace('{0}', distinct(true)).replace('{1}', total) : '';
  }

  for (var s = 0; s < selects.length; s++) selects[s].addEventListener('change', apply);
  form.addEventListener('submit', function (event) { event.preventDefault(); });
  form.hidden = false;
  /* Browsers restore the selects' values on Back: filter at once so the list matches them. */
  apply();
})();
