// The page's own behaviour, all of it progressive: without this script the navigation is shown in
// full (the layout's <noscript> style), the contents list opens by a click, and copy buttons stay hidden.
(function () {
  'use strict';

  // The compact header's menu button shows and hides the main navigation on narrow screens.
  var button = document.querySelector('[data-menu-button]');
  var nav = button && document.getElementById(button.getAttribute('aria-controls'));
  if (button && nav) {
    button.addEventListener('click', function () {
      var open = button.getAttribute('aria-expanded') !== 'true';
      button.setAttribute('aria-expanded', String(open));
      nav.classList.toggle('is-open', open);
    });
    document.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
        button.setAttribute('aria-expanded', 'false');
        nav.classList.remove('is-open');
        button.focus();
      }
    });
  }

  // On-page contents: open beside the text on wide screens, where it has a column of its own, so
  // opening it moves nothing; on narrow ones it stays a closed disclosure above the text.
  var toc = document.querySelector('[data-toc]');
  if (toc) {
    var details = toc.querySelector('details');
    var wide = window.matchMedia('(min-width: 64rem)');
    var follow = function () { if (wide.matches) details.open = true; };
    follow();
    wide.addEventListener('change', follow);
    var links = Array.prototype.slice.call(toc.querySelectorAll('a[href^="#"]'));
    var targets = links.map(function (a) { return document.getElementById(decodeURIComponent(a.hash.slice(1))); });
    var mark = function () {
      // The current section is the last one whose heading has scrolled past the top quarter of the window.
      var line = window.innerHeight / 4, current = -1;
      targets.forEach(function (t, i) { if (t && t.getBoundingClientRect().top <= line) current = i; });
      links.forEach(function (a, i) {
        if (i === current) a.setAttribute('aria-current', 'true'); else a.removeAttribute('aria-current');
      });
    };
    var pending = false;
    window.addEventListener('scroll', function () {
      if (!pending) { pending = true; window.requestAnimationFrame(function () { pending = false; mark(); }); }
    }, { passive: true });
    mark();
  }

  // Copy buttons: an id, or a whole email as plain text with its placeholders' labels in brackets.
  Array.prototype.forEach.call(document.querySelectorAll('.copy-button'), function (b) {
    if (!navigator.clipboard) return;
    b.hidden = false;
    b.addEventListener('click', function () {
      var source = b.getAttribute('data-copy-from');
      var text = source ? document.getElementById(source).content.textContent : b.getAttribute('data-copy');
      var status = b.parentNode.querySelector('.copy-status');
      navigator.clipboard.writeText(text).then(function () {
        if (status) status.textContent = b.getAttribute('data-copied');
      });
    });
  });
})();
