/* On students' pages: sends the quiz attempts made offline (offline-quiz.js keeps them under
   "saring-offline") to /learn/sync, all in one request (fifty at most per request), as soon as
   a page is open with a connection, and again when the connection returns. A fresh CSRF token is
   asked for first: the one in a page kept for days has gone stale. Each attempt keeps the
   server's receipt; only ACCEPTED or ALREADY ("terkirim") end its waiting, a REFUSED one keeps
   the server's reason for the student to read. The device's clock as it sends (sentAt) lets the
   server place attempts taken on a phone whose clock is off. Also forgets a course saved for offline when
   space runs short (save.js, offline.js): its pages and pictures only, never an answer. */
(function () {
  'use strict';
  var me = document.currentScript, STORE = 'saring-offline', running = null;
  function all() { try { return JSON.parse(localStorage.getItem(STORE)) || {}; } catch (e) { return {}; } }
  function waiting() {
    var s = all();
    return Object.keys(s).map(function (k) { return s[k]; }).filter(function (a) { return a.submittedAt && !a.receipt; });
  }
  function attempt(a) {
    return {
      id: a.id, course: a.course, module: a.module, quiz: a.quiz, version: a.version,
      startedAt: a.startedAt, submittedAt: a.submittedAt,
      answers: Object.keys(a.answers).map(function (q) {
        return { sequence: a.answers[q].sequence, question: q, fields: a.answers[q].fields };
      }).sort(function (x, y) { return x.sequence - y.sequence; })
    };
  }
  function json(response) {
    if (!response.ok || response.redirected) { throw new Error('sync: ' + response.status); }
    return response.json();
  }
  function when(t) {
    return new Date(t).toLocaleString(document.documentElement.lang, { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' });
  }
  /* Says on the page what was sent; the offline quiz page says it in its own list. */
  function tell(done) {
    if (!done.length || document.getElementById('offline-quiz')) { return; }
    var note = document.getElementById('sync-note') || document.createElement('ul');
    note.id = 'sync-note';
    note.className = 'notice info';
    note.setAttribute('role', 'status');
    done.forEach(function (a) {
      var item = document.createElement('li'), r = a.receipt;
      item.textContent = r.status === 'REFUSED'
        ? me.dataset.refused.replace('{0}', a.title).replace('{1}', r.message || r.reason || '')
        : me.dataset.sent.replace('{0}', a.title).replace('{1}', when(r.receivedAt));
      note.appendChild(item);
    });
    document.getElementById('main').prepend(note);
  }
  function sync() {
    var list = waiting().slice(0, 50);
    if (running || !list.length || navigator.onLine === false) { return running || Promise.resolve(); }
    running = fetch(me.dataset.url, { credentials: 'same-origin', cache: 'no-store', headers: { Accept: 'application/json' } })
      .then(json)
      .then(function (token) {
        return fetch(me.dataset.url, {
          method: 'POST', credentials: 'same-origin',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-CSRF-Token': token.csrf },
          body: JSON.stringify({ sentAt: new Date().toISOString(), attempts: list.map(attempt) })
        });
      })
      .then(json)
      .then(function (reply) {
        var s = all(), done = [];
        reply.receipts.forEach(function (r) {
          if (s[r.id] && !s[r.id].receipt) { s[r.id].receipt = r; done.push(s[r.id]); }
        });
        localStorage.setItem(STORE, JSON.stringify(s));
        running = null;
        tell(done);
        window.dispatchEvent(new Event('saring-synced'));
        if (done.length && waiting().length) { return sync(); }
      })
      .catch(function () { running = null; });
    return running;
  }

  /* A course saved for offline, forgotten: the pages and pictures saving it kept. */
  function forget(address) {
    var saved = JSON.parse(localStorage.getItem('saring-saved') || '{}'), course = saved[address];
    if (!course) { return Promise.resolve(); }
    delete saved[address];
    localStorage.setItem('saring-saved', JSON.stringify(saved));
    return caches.keys().then(function (keys) {
      return Promise.all(keys.filter(function (k) { return k.indexOf('saring-baca') === 0; }).map(function (k) {
        return caches.open(k).then(function (cache) {
          return Promise.all((course.pages || [address]).map(function (page) { return cache.delete(page, { ignoreVary: true }); }));
        });
      }));
    });
  }

  window.saringOffline = { sync: sync, forget: forget };
  window.addEventListener('online', sync);
  setInterval(sync, 60000);
  sync();
})();
