/* A quiz taken without a connection (learn/offline-quiz.xhtml). The attempt is made here: its own
   id, the time it began, each answer numbered in the order given, all kept in localStorage under
   "saring-offline" until sync.js has sent it and the server has given its receipt. A check shows
   the key the page carries (only quizzes with feedback at once carry one); the grade is the server's.
   Each attempt records the student logged in on this device (sync.js notes who, "saring-student"):
   on a shared phone only that student's login sends it, and nobody else resumes it or sees its
   score; another student's attempt waiting here is shown as waiting for them. */
(function () {
  'use strict';
  var box = document.getElementById('offline-quiz');
  if (!box || !window.localStorage) { return; }
  var d = box.dataset, STORE = 'saring-offline', lang = document.documentElement.lang;
  var status = document.getElementById('offline-quiz-status');
  var questions = document.getElementById('offline-questions');
  var start = document.getElementById('offline-start');
  var forms = questions.querySelectorAll('form.answer');
  var current = null;

  function read(key) { try { return JSON.parse(localStorage.getItem(key)) || {}; } catch (e) { return {}; } }
  function all() { return read(STORE); }
  function mine(a) { return a.student == null || a.student === read('saring-student').student; }
  function put(a) { var s = all(); s[a.id] = a; localStorage.setItem(STORE, JSON.stringify(s)); }
  function when(t) { return new Date(t).toLocaleString(lang, { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' }); }
  function uuid() {
    if (crypto.randomUUID) { return crypto.randomUUID(); }
    var b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = b[6] & 15 | 64; b[8] = b[8] & 63 | 128;
    var h = Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).slice(1); }).join('');
    return [h.slice(0, 8), h.slice(8, 12), h.slice(12, 16), h.slice(16, 20), h.slice(20)].join('-');
  }

  /* What became of an attempt handed in: waiting, sent (with the time and grade), or refused. */
  function state(a) {
    var r = a.receipt;
    if (!mine(a)) { return d.waitingFor.replace('{0}', when(a.submittedAt)).replace('{1}', a.username); }
    if (!r) { return d.waiting.replace('{0}', when(a.submittedAt)); }
    if (r.status === 'REFUSED') { return d.refused.replace('{0}', r.message || r.reason || ''); }
    return d.sent.replace('{0}', when(r.receivedAt)) + (r.percent == null ? '' : ' · ' + d.score.replace('{0}', r.percent));
  }
  function earlier() {
    var list = document.getElementById('offline-quiz-earlier'), s = all();
    list.textContent = '';
    current = null;
    Object.keys(s).map(function (k) { return s[k]; })
      .filter(function (a) {
        return a.course === d.course && a.quiz === d.quiz && a.version === +d.version && (mine(a) || a.submittedAt && !a.receipt);
      })
      .sort(function (a, b) { return a.startedAt < b.startedAt ? -1 : 1; })
      .forEach(function (a) {
        if (!a.submittedAt) { current = a; return; }
        var item = document.createElement('li');
        item.textContent = state(a);
        item.className = a.receipt ? (a.receipt.status === 'REFUSED' ? 'refused' : 'sent') : 'waiting';
        list.appendChild(item);
      });
    start.hidden = !!current;
    questions.hidden = !current;
  }

  function fields(form) {
    var out = {};
    new FormData(form).forEach(function (value, name) { (out[name] = out[name] || []).push(value); });
    return out;
  }
  function answered(form) {
    return Array.prototype.some.call(form.elements, function (input) {
      if (!input.name || input.type === 'submit' || input.type === 'button') { return false; }
      if (input.type === 'hidden' && !input.hasAttribute('data-answer')) { return false; }
      if (input.type === 'radio' || input.type === 'checkbox') { return input.checked; }
      return input.value !== '';
    });
  }
  function mark(form) {
    var link = questions.querySelector('.qnav a[data-q="' + form.closest('.question').dataset.q + '"]');
    if (link) { link.classList.toggle('answered', answered(form)); }
  }
  function say(text) { status.textContent = text; }

  function remember(form) {
    if (!current) { return; }
    var q = form.dataset.question, f = fields(form), was = current.answers[q];
    // A question never answered sends nothing (as online): an empty form is no answer the server could take.
    if (was ? was.checked || JSON.stringify(was.fields) === JSON.stringify(f) : !answered(form)) { return; }
    current.seq++;
    current.answers[q] = { sequence: current.seq, fields: f, checked: !!(was && was.checked) };
    put(current);
    mark(form);
    say(d.saved);
  }
  /* A checked answer is final, as online: its key shows and its inputs are locked. */
  function checked(form) {
    var key = form.querySelector('.offline-key');
    if (key) { key.hidden = false; }
    Array.prototype.forEach.call(form.elements, function (input) { if (input.name) { input.disabled = true; } });
    var button = form.querySelector('button[value="check"]');
    if (button) { button.hidden = true; }
  }
  function restore() {
    forms.forEach(function (form) {
      var was = current.answers[form.dataset.question];
      if (was) {
        Array.prototype.forEach.call(form.elements, function (input) {
          var values = was.fields[input.name];
          if (!input.name || input.type === 'submit') { return; }
          if (input.type === 'radio' || input.type === 'checkbox') { input.checked = !!values && values.indexOf(input.value) >= 0; }
          else if (values && input.type !== 'hidden' || values && input.hasAttribute('data-answer')) { input.value = values[0]; }
        });
        if (was.checked) { checked(form); }
      }
      mark(form);
    });
  }

  function show(position) {
    var target = document.getElementById('q' + position);
    if (!target) { return; }
    questions.querySelectorAll('.question.current').forEach(function (s) { s.classList.remove('current'); });
    target.classList.add('current');
    questions.querySelectorAll('.qnav a').forEach(function (a) {
      var here = +a.dataset.q === position;
      a.classList.toggle('here', here);
      a.setAttribute('aria-current', here ? 'step' : 'false');
    });
    history.replaceState(null, '', '#q' + position);
    var heading = target.querySelector('h2');
    if (heading) { heading.setAttribute('tabindex', '-1'); heading.focus(); }
    var done = 0;
    forms.forEach(function (form) {
      var yes = answered(form);
      if (yes) { done++; }
      questions.querySelector('[data-unanswered="' + form.closest('.question').dataset.q + '"]').hidden = yes;
    });
    document.getElementById('summary-count').textContent = d.answered.replace('{0}', done).replace('{1}', forms.length);
  }
  function resume() {
    restore();
    var first = Array.prototype.findIndex.call(forms, function (form) { return !answered(form); });
    var asked = +(location.hash.match(/^#q(\d+)$/) || [])[1];
    show(asked || (first < 0 ? forms.length + 1 : first + 1));
  }

  start.addEventListener('click', function () {
    var who = read('saring-student');
    // Nobody logged in on this device (a logout, then no login with a connection): whose would it be?
    if (!who.student) { say(d.logInFirst); return; }
    current = { id: uuid(), student: who.student, username: who.username, course: d.course, module: d.module, quiz: d.quiz, version: +d.version, title: d.title,
                page: location.pathname + location.search, startedAt: new Date().toISOString(), submittedAt: null, seq: 0, answers: {} };
    put(current);
    forms.forEach(function (form) {
      form.reset();
      Array.prototype.forEach.call(form.elements, function (input) { input.disabled = false; if (input.type === 'submit') { input.hidden = false; } });
      var key = form.querySelector('.offline-key');
      if (key) { key.hidden = true; }
    });
    earlier();
    resume();
  });
  document.getElementById('submit-attempt').addEventListener('click', function () {
    forms.forEach(remember);
    current.submittedAt = new Date().toISOString();
    put(current);
    say('');
    earlier();
    box.scrollIntoView();
    if (window.saringOffline) { window.saringOffline.sync(); }
  });
  window.addEventListener('saring-synced', earlier);
  document.addEventListener('change', function (event) {
    var form = event.target.closest('form.answer');
    if (form) { remember(form); }
  });
  var typing = null;
  document.addEventListener('input', function (event) {
    var form = event.target.closest('form.answer');
    if (form && event.target.type === 'text') {
      clearTimeout(typing);
      typing = setTimeout(function () { remember(form); }, 800);
    }
  });
  document.addEventListener('submit', function (event) {
    var form = event.target, button = event.submitter;
    if (!form.classList.contains('answer')) { return; }
    event.preventDefault();
    remember(form);
    if (button && button.value === 'check') {
      if (!current.answers[form.dataset.question]) { return; } // nothing given yet: nothing to check
      current.answers[form.dataset.question].checked = true;
      put(current);
      checked(form);
    } else if (button && button.name === 'next') { show(+button.value); }
  });
  questions.addEventListener('click', function (event) {
    var link = event.target.closest('a[data-q]');
    if (link) { event.preventDefault(); show(+link.dataset.q); }
  });

  earlier();
  if (current) { resume(); }
})();
