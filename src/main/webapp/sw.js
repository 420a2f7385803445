/* Saring's service worker: lessons and course pages a student has opened (and their images,
   styles and scripts) can be read again without a connection. Pages always come from the
   network first, so nothing stale is shown while online; answers are never cached here.
   A page whose download broke off half-way (its server crashed while sending it: the balancer
   cannot send it again, it had already begun) is fetched once more before it is shown. */
var CACHE = 'saring-baca-v1';
var READABLE = /\/(learn\/(lesson|course)\.xhtml|media\/|jakarta\.faces\.resource\/)/;
var PAGE = /\.xhtml$|\/$/;

self.addEventListener('install', function () { self.skipWaiting(); });
self.addEventListener('activate', function (event) { event.waitUntil(self.clients.claim()); });

/* The whole page, or a failure: a body that breaks off fails here, not half-drawn on screen. */
function whole(request, retries) {
  return fetch(request).then(function (response) {
    if (response.type === 'opaqueredirect' || !response.body) { return response; }
    return response.arrayBuffer().then(function (body) {
      var headers = new Headers(response.headers);
      headers.delete('content-length'); // of the compressed body; this one is not
      headers.delete('content-encoding');
      return new Response(body, { status: response.status, statusText: response.statusText, headers: headers });
    });
  }).catch(function (error) {
    if (retries > 0) { return whole(request, retries - 1); }
    throw error;
  });
}

self.addEventListener('fetch', function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) { return; }
  var page = request.mode === 'navigate' && PAGE.test(url.pathname);
  if (!page && !READABLE.test(url.pathname)) { return; }
  event.respondWith(
    (page ? whole(request, 1) : fetch(request)).then(function (response) {
      if (READABLE.test(url.pathname) && response.ok && !response.redirected) {
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
