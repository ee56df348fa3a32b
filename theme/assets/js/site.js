/* Progressive enhancement only: the site works without it. Marks the table-of-contents entry of the
   section being read, and shows the print button of a section's printable page (useless without script, so
   hidden until then). Plain ES5 for old browsers. */
(function () {
  var buttons = document.querySelectorAll ? document.querySelectorAll('[data-print]') : [];
  for (var b = 0; b < buttons.length; b++) {
    buttons[b].removeAttribute('hidden');
    buttons[b].onclick = function () { window.print(); };
  }
})();
(function () {
  var toc = document.querySelector('.toc');
  if (!toc || !('IntersectionObserver' in window)) return;
  var links = toc.querySelectorAll('a[href^="#"]');
  var byId = {};
  var headings = [];
  for (var i = 0; i < links.length; i++) {
    var id = decodeURIComponent(links[i].getAttribute('href').slice(1));
    var heading = document.getElementById(id);
    if (heading) {
      byId[id] = links[i];
      headings.push(heading);
    }
  }
  var active = null;
  var observer = new IntersectionObserver(function (entries) {
    for (var j = 0; j < entries.length; j++) {
      if (!entries[j].isIntersecting) continue;
      var link = byId[entries[j].target.id];
      if (active) active.className = active.className.replace(/\s*is-active/, '');
      link.className += ' is-active';
      active = link;
    }
  }, { rootMargin: '0px 0px -75% 0px' });
  for (var k = 0; k < headings.length; k++) observer.observe(headings[k]);
})();
