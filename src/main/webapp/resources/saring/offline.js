/* Saring's offline page: what this device holds, read from the browser's own storage. Courses
   saved for offline with their quizzes (save.js notes them; only those whose page is still kept
   are listed), what waits to be sent (answers of attempts begun online, kept per attempt by
   quiz.js, and attempts made offline, kept by offline-quiz.js) and what was sent with the
   server's receipt (on a shared device: another student's attempt shows as waiting for them to
   log in again, and only the logged-in student's results show), and when the server last answered (the service worker notes it). When the
   device is short of space, the courses saved longest ago are offered for removal; answers
   waiting to be sent are never removed. Times are shown in the page's language. */
(function () {
  'use strict';
  var me = document.currentScript;
  var lang = document.documentElement.lang;
  function when(time) {
    return new Date(time).toLocaleString(lang, { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
  }
  function stored(key) { try { return JSON.parse(localStorage.getItem(key)) || {}; } catch (e) { return {}; } }
  function line(list, text, href, note) {
    var item = document.createElement('li'), main = document.createElement(href ? 'a' : 'span');
    if (href) { main.href = href; }
    main.textContent = text;
    item.appendChild(main);
    if (note) {
      var hint = document.createElement('span');
      hint.className = 'hint';
      hint.textContent = ' · ' + note;
      item.appendChild(hint);
    }
    list.appendChild(item);
    return item;
  }

  var answers = 0;
  for (var i = 0; i < localStorage.length; i++) {
    var key = localStorage.key(i);
    if (key.indexOf('saring-answers-') === 0) { answers += Object.keys(stored(key)).length; }
  }
  if (answers > 0) { document.getElementById('offline-waiting').textContent = me.dataset.waiting.replace('{0}', answers); }

  /* Attempts made offline: waiting, sent (with the time and grade) or refused (with the reason). */
  var attempts = stored('saring-offline'), waitingList = document.getElementById('offline-attempts');
  var sentList = document.getElementById('offline-sent'), student = stored('saring-student').student;
  Object.keys(attempts).map(function (id) { return attempts[id]; }).filter(function (a) { return a.submittedAt; })
    .sort(function (a, b) { return a.submittedAt < b.submittedAt ? 1 : -1; }).forEach(function (a) {
      var r = a.receipt;
      if (a.student != null && a.student !== student) {
        if (!r) { line(waitingList, a.title, null, me.dataset.handedInFor.replace('{0}', when(a.submittedAt)).replace('{1}', a.username)); }
      } else if (!r) {
        line(waitingList, a.title, null, me.dataset.handedIn.replace('{0}', when(a.submittedAt)));
      } else if (r.status === 'REFUSED') {
        line(sentList, a.title, null, me.dataset.refused.replace('{0}', r.message || r.reason || '')).className = 'refused';
      } else {
        line(sentList, a.title, null, me.dataset.sent.replace('{0}', when(r.receivedAt))
          + (r.percent == null ? '' : ' · ' + me.dataset.score.replace('{0}', r.percent))).className = 'sent';
      }
    });
  document.getElementById('offline-sent-title').hidden = !sentList.children.length;
  if (!answers && waitingList.children.length) {
    document.getElementById('offline-waiting').textContent = me.dataset.attemptsWaiting.replace('{0}', waitingList.children.length);
  }

  if (!window.caches) { return; }
  var saved = stored('saring-saved');
  var list = document.getElementById('offline-courses');
  Promise.all(Object.keys(saved).map(function (address) {
    return caches.match(address, { ignoreVary: true }).then(function (kept) { return kept ? address : null; });
  })).then(function (kept) {
    kept = kept.filter(Boolean).sort(function (a, b) { return saved[b].at - saved[a].at; });
    kept.forEach(function (address) {
      var item = line(list, saved[address].title, address, me.dataset.savedAt.replace('{0}', when(saved[address].at)));
      if ((saved[address].quizzes || []).length) {
        var quizzes = document.createElement('ul');
        saved[address].quizzes.forEach(function (quiz) { line(quizzes, quiz.title, quiz.url, me.dataset.quiz); });
        item.appendChild(quizzes);
      }
      document.getElementById('offline-none').hidden = true;
    });
    return kept;
  }).then(function (kept) {
    if (!navigator.storage || !navigator.storage.estimate || kept.length < 1) { return; }
    return navigator.storage.estimate().then(function (space) {
      if (space.usage < space.quota * 0.8) { return; }
      var room = document.getElementById('offline-room'), choices = room.querySelector('ul');
      kept.slice().reverse().forEach(function (address) {
        var item = document.createElement('li'), button = document.createElement('button');
        button.type = 'button';
        button.className = 'button secondary small';
        button.textContent = me.dataset.forget.replace('{0}', saved[address].title);
        button.addEventListener('click', function () {
          (window.saringOffline ? window.saringOffline.forget(address) : Promise.resolve()).then(function () { location.reload(); });
        });
        item.appendChild(button);
        choices.appendChild(item);
      });
      room.hidden = false;
    });
  });
  caches.match(me.dataset.contact).then(function (contact) { return contact && contact.text(); }).then(function (time) {
    if (time) { document.getElementById('offline-contact').textContent = when(+time); }
  });
})();
