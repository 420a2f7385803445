/* Saring's service worker: lessons and course pages a student has opened (and their images,
   styles and scripts) can be read again without a connection. Pages always come from the
   network first, so nothing stale is shown while online; answers are never cached here. */
var CACHE = 'saring-baca-v1';
var READABLE = /\/(learn\/(lesson|course)\.xhtml|media\/|jakarta\.faces\.resource\/)/;

self.addEventListener('install', function () { self.skipWaiting(); });
self.addEventListener('activate', function (event) { event.waitUntil(self.clients.claim()); });

self.addEventListener('fetch', function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || !READABLE.test(url.pathname)) { return; }
  event.respondWith(
    fetch(request).then(function (response) {
      if (response.ok && !response.redirected) {
        var copy = response.clone();
        caches.open(CACHE).then(function (cache) { cache.put(request, copy); });
      }
      return response;
    }).catch(function () {
      return caches.match(request, { ignoreVary: true }).then(function (cached) {
        return cached || Response.error();
      });
    })
  );
});
