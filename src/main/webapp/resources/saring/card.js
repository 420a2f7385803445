/* A login card's QR code opens card.xhtml#<secret>. The fragment never reaches a server (nor its
   logs); this puts it in the page's form, takes it out of the address bar and history, and posts
   it to /card. Without a secret the form waits for a button press, which the server refuses
   clearly. */
(function () {
  var form = document.getElementById('card');
  var secret = window.location.hash.replace(/^#/, '');
  if (!form || !secret) { return; }
  if (window.history && window.history.replaceState) {
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  document.getElementById('card-secret').value = secret;
  form.submit();
})();
