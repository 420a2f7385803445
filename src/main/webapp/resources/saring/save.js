/* The course page: "Simpan untuk offline" keeps the course's lessons, their pictures and its
   quizzes (each quiz's page of this version, learn/offline-quiz.xhtml) on this device, through
   the service worker, and notes them for the offline page. When the device is short of space
   (navigator.storage.estimate) it first offers the courses saved longest ago for removal
   (sync.js forgets them: pages and pictures only, never answers waiting to be sent). Without a
   connection, the links to take a quiz offline show. */
(function () {
  'use strict';
  var me = document.currentScript;
  var quizzes = document.querySelectorAll('a[data-offline-quiz]');
  function links() { quizzes.forEach(function (a) { a.hidden = navigator.onLine; }); }
  links();
  window.addEventListener('online', links);
  window.addEventListener('offline', links);

  var save = document.getElementById('save-offline');
  if (!save || !window.caches || !('serviceWorker' in navigator)) { return; }
  var status = document.getElementById('offline-status');
  function savedList() { try { return JSON.parse(localStorage.getItem('saring-saved')) || {}; } catch (e) { return {}; } }

  /* Offers the other saved courses, oldest first, when what is free is under twice this course. */
  function room() {
    if (!navigator.storage || !navigator.storage.estimate) { return Promise.resolve(); }
    return navigator.storage.estimate().then(function (space) {
      if (space.quota - space.usage >= 2 * +save.dataset.bytes) { return; }
      var saved = savedList(), box = document.getElementById('offline-room'), list = box.querySelector('ul');
      list.textContent = '';
      Object.keys(saved).filter(function (a) { return a !== location.href; })
        .sort(function (a, b) { return saved[a].at - saved[b].at; }).forEach(function (address) {
          var item = document.createElement('li'), button = document.createElement('button');
          button.type = 'button';
          button.className = 'button secondary small';
          button.textContent = me.dataset.forget.replace('{0}', saved[address].title);
          button.addEventListener('click', function () {
            window.saringOffline.forget(address).then(function () { item.remove(); });
          });
          item.appendChild(button);
          list.appendChild(item);
        });
      box.hidden = !list.children.length;
    });
  }

  save.addEventListener('click', function () {
    var pages = Array.prototype.map.call(document.querySelectorAll('.lessons a'), function (a) { return a.href; });
    var quizPages = Array.prototype.map.call(quizzes, function (a) { return { url: a.href, title: a.dataset.title }; });
    quizPages.forEach(function (q) { pages.push(q.url); });
    pages.push(location.href);
    var kept = pages.slice(), done = 0;
    save.disabled = true;
    status.textContent = me.dataset.saving;
    room().then(function () {
      return Promise.all(pages.map(function (page) {
        return fetch(page, { credentials: 'same-origin' }).then(function (response) {
          if (!response.ok) { throw new Error(page + ': ' + response.status); }
          return response.text();
        }).then(function (html) {
          // Its pictures, and the scripts and styles a quiz page has of its own (shared ones stay when a course is forgotten).
          var parts = (html.match(/(?:src|href)="[^"]*(?:\/media\/|jakarta\.faces\.resource)[^"]*"/g) || []).map(function (found) {
            return new URL(found.replace(/^(?:src|href)="|"$/g, '').replace(/&amp;/g, '&'), location.href).href;
          });
          kept = kept.concat(parts.filter(function (part) { return part.indexOf('/media/') > 0; }));
          return Promise.all(parts.map(function (part) { return fetch(part, { credentials: 'same-origin' }); }));
        }).then(function () { done++; status.textContent = me.dataset.saving + ' ' + done + '/' + pages.length; });
      }));
    }).then(function () {
      status.textContent = me.dataset.saved;
      var saved = savedList();
      saved[location.href] = { title: document.querySelector('h1').textContent.trim(), at: Date.now(), quizzes: quizPages, pages: kept };
      localStorage.setItem('saring-saved', JSON.stringify(saved));
    }, function () { status.textContent = me.dataset.failed; save.disabled = false; });
  });
})();
