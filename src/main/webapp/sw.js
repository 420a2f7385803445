/* Saring's service worker: lessons, course pages and offline quiz pages a student has opened or
   saved (and their images, styles and scripts) can be opened again without a connection. Pages always come from the
   network first, so nothing stale is shown while online; answers are never cached here.
   A page whose download broke off half-way (its server crashed while sending it: the balancer
   cannot send it again, it had already begun) is fetched once more before it is shown.
   Without a connection, a page that was not kept is answered with Saring's offline page (kept
   with its stylesheet and scripts as this reader sees it, see keepShell), never the browser's
   own English error; the time the server last answered is kept for that page. */
var CACHE = 'saring-baca-v1';
var SHELL = 'saring-shell-v1';
var READABLE = /\/(learn\/(lesson|course|offline-quiz)\.xhtml|media\/|jakarta\.faces\.resource\/)/;
var PAGE = /\.xhtml$|\/$/;
var OFFLINE = new URL('offline.xhtml', self.registration.scope).href;
var CONTACT = new URL('offline-contact', self.registration.scope).href;

/* The offline page as the server renders it for this reader (their language, from their cookie
   or account), and the stylesheet and scripts it links. Asked for again when the reader's
   language or login changes (saring.js asks), so also after a logout emptied the caches. */
function keepShell() {
  return fetch(OFFLINE, { credentials: 'same-origin', cache: 'no-store' }).then(function (response) {
    if (!response.ok || response.redirected) { throw new Error('offline page: ' + response.status); }
    return response.clone().text().then(function (html) {
      var parts = (html.match(/(?:src|href)="[^"]*jakarta\.faces\.resource\/[^"]*"/g) || []).map(function (found) {
        return new URL(found.replace(/^(?:src|href)="|"$/g, '').replace(/&amp;/g, '&'), OFFLINE).href;
      });
      return caches.open(SHELL).then(function (cache) {
        return Promise.all(parts.map(function (part) {
          return fetch(part, { credentials: 'same-origin' }).then(function (r) { if (r.ok) { return cache.put(part, r); } });
        })).then(function () { return cache.put(OFFLINE, response); });
      });
    });
  });
}

/* When the server last answered: written at most once a minute, read by the offline page. */
var lastWritten = 0;
function inTouch() {
  var now = Date.now();
  if (now - lastWritten < 60000) { return; }
  lastWritten = now;
  caches.open(SHELL).then(function (cache) { return cache.put(CONTACT, new Response(String(now))); });
}

/* Data this device used for Saring this month (its own month, as the student counts a package),
   for Kemajuanku: what this worker fetched from the network, by the response's Content-Length
   or, without one, its body. Added up in memory and written one at a time, so none is lost. */
var DATA = new URL('offline-data', self.registration.scope).href;
var uncounted = 0, counting = Promise.resolve();
function month() { var now = new Date(); return now.getFullYear() + '-' + ('0' + (now.getMonth() + 1)).slice(-2); }
function used(bytes) {
  uncounted += bytes;
  counting = counting.then(function () {
    if (!uncounted) { return; }
    return caches.open(SHELL).then(function (cache) {
      return cache.match(DATA).then(function (kept) { return kept ? kept.json() : {}; }).then(function (all) {
        var key = month();
        var fresh = {};
        fresh[key] = (all[key] || 0) + uncounted;
        uncounted = 0;
        return cache.put(DATA, new Response(JSON.stringify(fresh)));
      });
    });
  }).catch(function () { /* counted again with the next response */ });
  return counting;
}
function sizeOf(response) {
  var length = +response.headers.get('content-length');
  if (length || !response.body) { return Promise.resolve(length || 0); }
  return response.clone().arrayBuffer().then(function (body) { return body.byteLength; });
}

function offlinePage() {
  return caches.match(OFFLINE).then(function (shown) { return shown || Response.error(); });
}

self.addEventListener('install', function () { self.skipWaiting(); });
self.addEventListener('activate', function (event) { event.waitUntil(self.clients.claim()); });
self.addEventListener('message', function (event) {
  if (event.data === 'keep-shell') {
    event.waitUntil(keepShell().then(function () { event.source.postMessage('shell-kept'); },
                                     function () { event.source.postMessage('shell-failed'); }));
  }
});

/* The whole page, or a failure: a body that breaks off fails here, not half-drawn on screen. */
function whole(request, retries) {
  return fetch(request).then(function (response) {
    if (response.type === 'opaqueredirect' || !response.body) { return response; }
    var length = +response.headers.get('content-length');
    return response.arrayBuffer().then(function (body) {
      used(length || body.byteLength);
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
  var navigation = request.mode === 'navigate';
  var page = navigation && PAGE.test(url.pathname);
  if (!navigation && !READABLE.test(url.pathname)) { return; }
  event.respondWith(
    (page ? whole(request, 1) : fetch(request)).then(function (response) {
      inTouch();
      if (!page) { event.waitUntil(sizeOf(response).then(used)); }
      if (READABLE.test(url.pathname) && response.ok && !response.redirected) {
        var copy = response.clone();
        caches.open(CACHE).then(function (cache) { cache.put(request, copy); });
      }
      return response;
    }).catch(function () {
      return caches.match(request, { ignoreVary: true }).then(function (cached) {
        return cached || (navigation ? offlinePage() : Response.error());
      });
    })
  );
});
