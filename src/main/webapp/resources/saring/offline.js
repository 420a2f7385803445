/* Saring's offline page: what this device holds, read from the browser's own storage. Courses
   saved for offline (saring.js notes them; only those whose page is still kept are listed),
   answers waiting to be sent (quiz.js keeps them per attempt), and when the server last answered
   (the service worker notes it). Times are shown in the page's language. */
(function () {
  'use strict';
  var me = document.currentScript;
  var lang = document.documentElement.lang;
  function when(time) {
    return new Date(time).toLocaleString(lang, { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
  }
  function stored(key) { try { return JSON.parse(localStorage.getItem(key)) || {}; } catch (e) { return {}; } }

  var answers = 0;
  for (var i = 0; i < localStorage.length; i++) {
    var key = localStorage.key(i);
    if (key.indexOf('saring-answers-') === 0) { answers += Object.keys(stored(key)).length; }
  }
  if (answers > 0) { document.getElementById('offline-waiting').textContent = me.dataset.waiting.replace('{0}', answers); }

  if (!window.caches) { return; }
  var saved = stored('saring-saved');
  var list = document.getElementById('offline-courses');
  Promise.all(Object.keys(saved).map(function (address) {
    return caches.match(address, { ignoreVary: true }).then(function (kept) { return kept ? address : null; });
  })).then(function (kept) {
    kept.filter(Boolean).sort(function (a, b) { return saved[b].at - saved[a].at; }).forEach(function (address) {
      var item = document.createElement('li'), link = document.createElement('a'), note = document.createElement('span');
      link.href = address;
      link.textContent = saved[address].title;
      note.className = 'hint';
      note.textContent = ' · ' + me.dataset.savedAt.replace('{0}', when(saved[address].at));
      item.appendChild(link);
      item.appendChild(note);
      list.appendChild(item);
      document.getElementById('offline-none').hidden = true;
    });
  });
  caches.match(me.dataset.contact).then(function (contact) { return contact && contact.text(); }).then(function (time) {
    if (time) { document.getElementById('offline-contact').textContent = when(+time); }
  });
})();
