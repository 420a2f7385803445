/* On students' pages: sends the quiz attempts made offline (offline-quiz.js keeps them under
   "saring-offline") to /learn/sync, all in one request (fifty at most per request), as soon as
   a page is open with a connection, and again when the connection returns. A fresh CSRF token is
   asked for first: the one in a page kept for days has gone stale. Each attempt keeps the
   server's receipt; only ACCEPTED or ALREADY ("terkirim") end its waiting, a REFUSED one keeps
   the server's reason for the student to read. The device's clock as it sends (sentAt) lets the
   server place attempts taken on a phone whose clock is off.
   Shared phones and school PCs: the same GET says whose session this is, kept under
   "saring-student" (asked again whenever the page's session token is not the one noted, so once
   per login), and offline-quiz.js records that student on each attempt. Only the attempts of the
   session's own student are sent; another student's wait on the device until they log in here
   again (the server refuses them too, with sync.otherStudent, and they stay waiting). Attempts
   kept before devices noted their student go with whoever sends them. Also forgets a course
   saved for offline when space runs short (save.js, offline.js): its pages and pictures only,
   never an answer. */
(function () {
  'use strict';
  var me = document.currentScript, STORE = 'saring-offline', WHO = 'saring-student', running = null;
  var field = document.querySelector('input[name="csrf"]'), token = field ? field.value : '';
  function read(key) { try { return JSON.parse(localStorage.getItem(key)) || {}; } catch (e) { return {}; } }
  function all() { return read(STORE); }
  function waiting(student) {
    var s = all();
    return Object.keys(s).map(function (k) { return s[k]; }).filter(function (a) {
      return a.submittedAt && !a.receipt && (a.student == null || a.student === student);
    });
  }
  function attempt(a) {
    return {
      id: a.id, student: a.student, course: a.course, module: a.module, quiz: a.quiz, version: a.version,
      startedAt: a.startedAt, submittedAt: a.submittedAt,
      answers: Object.keys(a.answers).map(function (q) {
        return { sequence: a.answers[q].sequence, question: q, fields: a.answers[q].fields, checked: a.answers[q].checked || undefined };
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
    var known = read(WHO);
    if (running || navigator.onLine === false) { return running || Promise.resolve(); }
    if (token && known.csrf === token && !waiting(known.student).length) { return Promise.resolve(); }
    running = fetch(me.dataset.url, { credentials: 'same-origin', cache: 'no-store', headers: { Accept: 'application/json' } })
      .then(json)
      .then(function (session) {
        localStorage.setItem(WHO, JSON.stringify({ csrf: session.csrf, student: session.student, username: session.username }));
        var list = waiting(session.student).slice(0, 50);
        if (!list.length) { return { receipts: [] }; }
        return fetch(me.dataset.url, {
          method: 'POST', credentials: 'same-origin',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-CSRF-Token': session.csrf },
          body: JSON.stringify({ sentAt: new Date().toISOString(), attempts: list.map(attempt) })
        }).then(json);
      })
      .then(function (reply) {
        var s = all(), done = [];
        reply.receipts.forEach(function (r) {
          // Another student's attempt (a login changed between the two requests): it waits for them.
          if (s[r.id] && !s[r.id].receipt && r.reason !== 'sync.otherStudent') { s[r.id].receipt = r; done.push(s[r.id]); }
        });
        localStorage.setItem(STORE, JSON.stringify(s));
        running = null;
        tell(done);
        window.dispatchEvent(new Event('saring-synced'));
        if (done.length && waiting(read(WHO).student).length) { return sync(); }
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

  /* Logging out: nobody is logged in on this device until the next login says who. */
  var out = document.getElementById('logout');
  if (out) { out.form.addEventListener('submit', function () { localStorage.removeItem(WHO); }); }

  window.saringOffline = { sync: sync, forget: forget };
  window.addEventListener('online', sync);
  setInterval(sync, 60000);
  sync();
})();
