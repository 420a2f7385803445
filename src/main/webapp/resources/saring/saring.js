/* Saring on students' pages: images that wait for a tap ("hemat data"), reading lessons again
   offline (service worker; saving a whole course is save.js's), and forgetting cached pages at
   logout on shared school PCs. Everything here is optional: pages work without it. */
(function () {
  'use strict';
  var me = document.currentScript;

  document.addEventListener('click', function (event) {
    var link = event.target.closest('a.saver-image');
    if (!link) { return; }
    event.preventDefault();
    var image = document.createElement('img');
    image.src = link.href;
    image.alt = link.dataset.alt;
    link.replaceWith(image);
  });

  // A lesson plan's "Cetak" button prints.
  document.addEventListener('click', function (event) {
    if (event.target.closest('[data-print]')) { window.print(); }
  });

  if (!('serviceWorker' in navigator) || !window.caches) { return; }
  if (/[?&]keluar\b/.test(location.search)) {
    caches.keys().then(function (keys) { keys.forEach(function (key) { caches.delete(key); }); });
    ['saring-shell', 'saring-saved'].forEach(function (key) { localStorage.removeItem(key); });
    return;
  }
  navigator.serviceWorker.register(me.dataset.sw);

  /* Keep the offline page again when its language or login changes. */
  var shell = document.documentElement.lang + (document.getElementById('logout') ? '+' : '-');
  if (localStorage.getItem('saring-shell') !== shell) {
    navigator.serviceWorker.addEventListener('message', function (event) {
      if (event.data === 'shell-kept') { localStorage.setItem('saring-shell', shell); }
    });
    navigator.serviceWorker.ready.then(function (registration) { registration.active.postMessage('keep-shell'); });
  }

  /* Kemajuanku: data used this month, as the service worker counted it. */
  var usage = document.getElementById('data-used');
  if (usage) {
    caches.match(me.dataset.sw.replace(/sw\.js$/, 'offline-data')).then(function (kept) { return kept && kept.json(); }).then(function (all) {
      var now = new Date(), bytes = all && all[now.getFullYear() + '-' + ('0' + (now.getMonth() + 1)).slice(-2)];
      if (!bytes) { return; }
      usage.textContent = usage.dataset.text.replace('{0}', (Math.max(0.1, bytes / 1048576)).toLocaleString(document.documentElement.lang, { maximumFractionDigits: 1, minimumFractionDigits: 1 }));
      usage.hidden = false;
    });
  }
})();
