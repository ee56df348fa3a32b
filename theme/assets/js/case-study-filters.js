/* The case-study index's filters: theme, region, country and year. Shows the form (hidden without script, so the
   page is then the full grouped list), and on every change hides the cards that do not match every chosen value,
   and the theme groups left empty. A card's themes are a space-separated list, the other values single ones.
   The same case study may appear under several themes: each copy follows the same rule. Plain ES5 for old
   browsers; works from file://. */
(function () {
  var form = document.querySelector ? document.querySelector('[data-filters]') : null;
  if (!form) return;
  var selects = form.getElementsByTagName('select');
  var cards = document.querySelectorAll('.card[data-year]');
  var groups = document.querySelectorAll('.card-group');
  var status = form.querySelector('.filter-status');

  /* The attribute rather than the hidden property, which old browsers lack; site.css hides [hidden]. */
  function setHidden(element, hidden) {
    if (hidden) element.setAttribute('hidden', ''); else element.removeAttribute('hidden');
  }

  function matches(card) {
    for (var i = 0; i < selects.length; i++) {
      var wanted = selects[i].value;
      if (!wanted) continue;
      var value = card.getAttribute('data-' + selects[i].name) || '';
      if (selects[i].name === 'theme') {
        if ((' ' + value + ' ').indexOf(' ' + wanted + ' ') < 0) return false;
      } else if (value !== wanted) {
        return false;
      }
    }
    return true;
  }

  function apply() {
    var shown = {};
    var total = {};
    for (var i = 0; i < cards.length; i++) {
      var visible = matches(cards[i]);
      setHidden(cards[i], !visible);
      var link = cards[i].getElementsByTagName('a')[0];
      var key = link ? link.getAttribute('href') : String(i);
      total[key] = true;
      if (visible) shown[key] = true;
    }
    for (var g = 0; g < groups.length; g++) {
      setHidden(groups[g], groups[g].querySelectorAll('.card[data-year]:not([hidden])').length === 0);
    }
    if (status) {
      status.textContent = form.getAttribute('data-count')
        .replace('{0}', String(count(shown))).replace('{1}', String(count(total)));
    }
  }

  function count(set) {
    var n = 0;
    for (var key in set) if (set.hasOwnProperty(key)) n++;
    return n;
  }

  for (var s = 0; s < selects.length; s++) selects[s].onchange = apply;
  form.onsubmit = function () { apply(); return false; };
  setHidden(form, false);
  apply();
})();
