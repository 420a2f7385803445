/* Saring quiz page: saves each answer the moment it is given, keeps unsent answers in this
   browser while the connection is down and sends them when it returns, and moves between
   questions without the network. Without this script the page still works with plain forms. */
(function () {
  'use strict';
  var head = document.getElementById('quiz-head');
  if (!head || !window.fetch || !window.localStorage) { return; }
  var attempt = head.dataset.attempt;
  var status = document.getElementById('save-status');
  var key = 'saring-answers-' + attempt;
  var sending = false;

  function pending() { try { return JSON.parse(localStorage.getItem(key)) || {}; } catch (e) { return {}; } }
  function keep(all) { localStorage.setItem(key, JSON.stringify(all)); }
  function say(what) { status.textContent = head.dataset[what]; status.className = 'status ' + what; }

  function formOf(el) { return el.closest('form.answer'); }

  /* The answer as the form holds it, without the envelope: to skip saving what did not change. */
  function answerOf(form) {
    var data = new URLSearchParams(new FormData(form));
    ['csrf', 'attempt', 'question', 'sequence', 'at'].forEach(function (name) { data.delete(name); });
    return data.toString();
  }
  var last = {};
  document.querySelectorAll('form.answer').forEach(function (form) { last[form.dataset.question] = answerOf(form); });

  /* Queue the form's answer under the next sequence number, then send. */
  function remember(form) {
    var answer = answerOf(form);
    if (last[form.dataset.question] === answer) { markAnswered(form); return; }
    last[form.dataset.question] = answer;
    var sequence = form.elements.sequence;
    var all = pending();
    all[form.dataset.question] = { body: new URLSearchParams(new FormData(form)).toString(), seq: +sequence.value };
    keep(all);
    sequence.value = +sequence.value + 1;
    markAnswered(form);
    send();
  }

  function send() {
    var all = pending(), ids = Object.keys(all);
    if (sending) { return; }
    if (!ids.length) { return; }
    sending = true;
    say('saving');
    var question = ids[0], item = all[question];
    fetch(head.dataset.action || (form0().action), {
      method: 'POST', credentials: 'same-origin',
      headers: { 'Accept': 'application/json', 'Content-Type': 'application/x-www-form-urlencoded',
                 'X-CSRF-Token': head.dataset.csrf },
      body: item.body
    }).then(function (response) {
      sending = false;
      if (response.redirected || response.status === 403) { loggedOut(); return; }
      var now = pending();
      if (response.ok || (response.status >= 400 && response.status < 500)) {
        if (now[question] && now[question].seq === item.seq) { delete now[question]; keep(now); }
        if (!response.ok) { say('refused'); return; }
        return response.json().then(function (result) {
          if (result.status === 'TIME_UP' || result.status === 'CLOSED') { location.reload(); return; }
          if (Object.keys(pending()).length) { send(); } else { say('saved'); }
        });
      }
      say('offline');
      retryLater();
    }, function () { sending = false; say('offline'); retryLater(); });
  }

  /* The session ended (idle too long, or logged out in another tab): the answers stay on this
     device; opening this page again goes through the login and back here, then they are sent. */
  function loggedOut() {
    var link = document.createElement('a');
    link.href = location.href;
    link.textContent = head.dataset.expired;
    status.textContent = '';
    status.className = 'status offline';
    status.appendChild(link);
  }

  var timer = null;
  function retryLater() { if (!timer) { timer = setTimeout(function () { timer = null; send(); }, 5000); } }
  function form0() { return document.querySelector('form.answer'); }
  window.addEventListener('online', send);

  /* Answers waiting from an earlier visit continue after the sequence they were given. */
  var waiting = pending();
  Object.keys(waiting).forEach(function (question) {
    var form = document.querySelector('form.answer[data-question="' + question + '"]');
    if (form && +form.elements.sequence.value <= waiting[question].seq) {
      new URLSearchParams(waiting[question].body).forEach(function (value, name) {
        var inputs = form.querySelectorAll('[name="' + name + '"]');
        inputs.forEach(function (input) {
          if (input.type === 'radio' || input.type === 'checkbox') { input.checked = value.split(',').indexOf(input.value) >= 0; }
          else if (input.type !== 'hidden') { input.value = value; }
        });
      });
      form.elements.sequence.value = waiting[question].seq + 1;
      last[question] = answerOf(form);
      markAnswered(form);
    }
  });
  send();

  document.addEventListener('change', function (event) {
    var form = formOf(event.target);
    if (form && event.target.name !== 'sequence') { remember(form); }
  });
  var typing = null;
  document.addEventListener('input', function (event) {
    var form = formOf(event.target);
    if (form && event.target.type === 'text') {
      clearTimeout(typing);
      typing = setTimeout(function () { remember(form); }, 800);
    }
  });

  /* "Save and next" without a page load; "check" still posts, and needs the network. */
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (form.id === 'submit-form') {
      if (Object.keys(pending()).length) { event.preventDefault(); say(navigator.onLine ? 'saving' : 'offline'); send(); }
      return;
    }
    if (!form.classList.contains('answer')) { return; }
    var button = event.submitter;
    if (button && button.name === 'action') {
      if (!navigator.onLine) { event.preventDefault(); say('offline'); }
      return;
    }
    event.preventDefault();
    remember(form);
    if (button && button.name === 'next') { show(+button.value); }
  });

  function show(position) {
    var target = document.getElementById('q' + position);
    if (!target) { return; }
    document.querySelectorAll('.question.current').forEach(function (s) { s.classList.remove('current'); });
    target.classList.add('current');
    document.querySelectorAll('.qnav a').forEach(function (a) {
      var here = +a.dataset.q === position;
      a.classList.toggle('here', here);
      a.setAttribute('aria-current', here ? 'step' : 'false');
    });
    history.replaceState(null, '', '?id=' + attempt + '&q=' + position);
    var heading = target.querySelector('h2');
    if (heading) { heading.setAttribute('tabindex', '-1'); heading.focus(); }
    window.scrollTo(0, 0);
    summarise();
  }
  document.addEventListener('click', function (event) {
    var link = event.target.closest('a[data-q]');
    if (link) { event.preventDefault(); show(+link.dataset.q); }
  });

  /* Answered when a field of the type's fragment holds something: a ticked box, a chosen option,
     typed text. Hidden fields are the envelope's, except one a type marks data-answer (an answer
     its own script sets). A checked answer (immediate feedback) is final and its inputs disabled:
     the server says whether it is answered, by the same rule as everywhere else (Attempt.isAnswered). */
  function answered(form) {
    if (form.dataset.final === 'true') { return form.dataset.answered === 'true'; }
    return Array.prototype.some.call(form.elements, function (input) {
      if (!input.name || input.disabled || input.type === 'submit' || input.type === 'button') { return false; }
      if (input.type === 'hidden' && !input.hasAttribute('data-answer')) { return false; }
      if (input.type === 'radio' || input.type === 'checkbox') { return input.checked; }
      return input.value !== '';
    });
  }
  function markAnswered(form) {
    var section = form.closest('.question');
    var link = document.querySelector('.qnav a[data-q="' + section.dataset.q + '"]');
    if (link) { link.classList.toggle('answered', answered(form)); }
  }
  function summarise() {
    var forms = document.querySelectorAll('form.answer'), done = 0;
    forms.forEach(function (form) {
      var yes = answered(form);
      if (yes) { done++; }
      var item = document.querySelector('[data-unanswered="' + form.closest('.question').dataset.q + '"]');
      if (item) { item.classList.toggle('hidden', !!yes); }
    });
    var count = document.getElementById('summary-count');
    if (count) { count.textContent = head.dataset.answered.replace('{0}', done).replace('{1}', forms.length); }
  }

  /* The time limit is the server's; this only counts down and asks again at zero. */
  var seconds = +head.dataset.seconds, clock = document.getElementById('timer');
  if (seconds >= 0 && clock) {
    var end = Date.now() + seconds * 1000;
    setInterval(function () {
      var left = Math.max(0, Math.round((end - Date.now()) / 1000));
      clock.textContent = Math.floor(left / 60) + ':' + ('0' + left % 60).slice(-2);
      if (left === 0) { location.reload(); }
    }, 1000);
  }
})();
