/* A student waiting for a test (learn/quiz.xhtml): asks the server now and then whether the
   teacher has opened it, and starts the quiz when they have. The server says how long to wait
   before asking again (growing, with random jitter, so a class does not ask in the same second);
   without script, the page reloads itself every 30 s instead. */
(function () {
  'use strict';
  var waiting = document.getElementById('waiting');
  var start = document.getElementById('start');
  if (!waiting || !start || !window.fetch) { return; }
  var asked = 0;

  function later(millis) { setTimeout(ask, millis); }

  function ask() {
    fetch(waiting.dataset.poll + '&n=' + asked, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) {
        if (response.redirected) { location.reload(); return null; } // logged out: the page says so
        if (!response.ok) { throw new Error(response.status); }
        return response.json();
      })
      .then(function (reply) {
        if (!reply) { return; }
        asked++;
        if (reply.open) {
          waiting.querySelector('p').textContent = waiting.dataset.opened;
          start.submit();
        } else {
          later(reply.retry);
        }
      })
      .catch(function () { asked++; later(20000 * (0.7 + 0.6 * Math.random())); });
  }

  later(Number(waiting.dataset.first));
})();
