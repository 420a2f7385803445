// The question editor (admin/question.xhtml): saves after each change of a field and after a
// pause in typing, and remembers which text of the form was last selected in, so that
// "Jadikan segmen" marks that selection. Selecting works with the mouse, by touch, and with
// Shift and the arrow keys; the button is an ordinary button, so the keyboard reaches it too.
(function () {
    var timer = null, last = null;
    function form() { return document.getElementById('question'); }
    function inForm(element) { var f = form(); return f && element && f.contains(element); }
    function save() {
        clearTimeout(timer);
        timer = null;
        if (typeof window.saveQuestion === 'function') { window.saveQuestion(); }
    }
    function hidden(name) { return document.getElementById('question:selection-' + name); }
    function remember(element) {
        if (!element || !element.getAttribute || !element.getAttribute('data-markable')) { return; }
        last = element;
        if (hidden('field')) {
            hidden('field').value = element.getAttribute('data-markable');
            hidden('start').value = element.selectionStart;
            hidden('end').value = element.selectionEnd;
        }
    }
    ['select', 'keyup', 'mouseup', 'touchend', 'focusin'].forEach(function (type) {
        document.addEventListener(type, function (event) { remember(event.target); }, true);
    });
    // The selection as it is when the button is pressed, whatever happened since.
    document.addEventListener('click', function (event) {
        var button = event.target.closest ? event.target.closest('[id$="mark"]') : null;
        if (button && last) { remember(last); }
    }, true);
    document.addEventListener('change', function (event) {
        if (inForm(event.target) && event.target.type !== 'hidden') { save(); }
    });
    document.addEventListener('input', function (event) {
        if (!inForm(event.target)) { return; }
        clearTimeout(timer);
        timer = setTimeout(save, 1500);
    });
    window.addEventListener('beforeunload', function (event) {
        if (timer !== null) {
            event.preventDefault();
            event.returnValue = '';
        }
    });
    if (window.jQuery) {
        jQuery(document).on('pfAjaxError', function () {
            var line = document.getElementById('question:status');
            if (line) { line.textContent = line.getAttribute('data-offline'); }
        });
    }
})();
