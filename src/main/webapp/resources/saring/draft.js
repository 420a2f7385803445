// The course editor (admin/draft.xhtml): the page saves after each pause in typing; this keeps a
// tab from closing on text typed since the last save, and says so when a save could not reach
// the server (the text stays in the box and the next pause tries again), and refuses a picture
// too big to upload before it is sent.
(function () {
    var typed = 0, sent = 0, saved = 0;
    function box() { return document.getElementById('editor:text'); }
    function status() { return document.getElementById('editor:status'); }
    document.addEventListener('input', function (event) {
        if (event.target === box()) { typed++; }
    });
    // "Baris 5" beside a problem puts the cursor at the start of line 5 of the text.
    document.addEventListener('click', function (event) {
        var link = event.target.closest ? event.target.closest('a.to-line') : null;
        var text = box();
        if (!link || !text) { return; }
        event.preventDefault();
        var lines = text.value.split('\n');
        var line = Math.min(parseInt(link.getAttribute('data-line'), 10), lines.length);
        var start = 0;
        for (var i = 0; i < line - 1; i++) { start += lines[i].length + 1; }
        text.focus();
        text.setSelectionRange(start, start + lines[line - 1].length);
        text.scrollTop = Math.max(0, (line - 3) * text.scrollHeight / lines.length);
    });
    // A picture over the upload limit is refused as soon as it is chosen, before its megabytes
    // go over the school's connection (the server refuses it too, with the same words).
    document.addEventListener('change', function (event) {
        var input = event.target, limit = parseInt(input.getAttribute('data-max-bytes'), 10);
        var notice = document.getElementById('picture-too-big');
        if (!limit || !notice || !input.files) { return; }
        var file = input.files[0];
        notice.hidden = !file || file.size <= limit;
        if (notice.hidden) { return; }
        var size = (file.size / 1048576).toLocaleString(document.documentElement.lang || undefined,
            {minimumFractionDigits: 1, maximumFractionDigits: 1});
        notice.textContent = notice.getAttribute('data-message').replace('{size}', size);
        input.value = '';
    });
    window.addEventListener('beforeunload', function (event) {
        if (box() && saved < typed) {
            event.preventDefault();
            event.returnValue = '';
        }
    });
    if (window.jQuery) {
        jQuery(document).on('pfAjaxSend', function () { sent = typed; });
        jQuery(document).on('pfAjaxSuccess', function () {
            var line = status();
            if (line && line.getAttribute('data-state') === 'saved') { saved = sent; }
        });
        jQuery(document).on('pfAjaxError', function () {
            var line = status();
            if (line) { line.textContent = line.getAttribute('data-offline'); }
        });
    }
})();
