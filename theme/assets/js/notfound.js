/* The root 404 page lists its message in every language. When the missing path starts with a language of the
   site (/fr/...), only that language's message is kept, and the page takes that language. Plain ES5. */
(function () {
  if (!document.querySelectorAll) return;
  var blocks = document.querySelectorAll('[data-language]');
  var path = location.pathname.split('/');
  var wanted = null;
  for (var i = 0; i < blocks.length && wanted === null; i++) {
    var code = blocks[i].getAttribute('data-language');
    for (var j = 0; j < path.length; j++) {
      if (path[j] === code) { wanted = code; break; }
    }
  }
  if (wanted === null) return;
  for (var k = 0; k < blocks.length; k++) {
    if (blocks[k].getAttribute('data-language') !== wanted) blocks[k].hidden = true;
  }
  document.documentElement.setAttribute('lang', wanted);
}());
