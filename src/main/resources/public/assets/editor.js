// The publication editor: refreshes the preview while the author types, keeps a copy of unsaved
// text in this browser (offered back if it was not saved, say after a session ran out), and
// asks before leaving the page with unsaved changes. Without script, the Preview button and
// the server's own re-display of a refused form do the same work.
(function () {
  var form = document.querySelector('form.editor-form');
  var pane = document.querySelector('[data-preview-pane]');
  if (!form || !pane || !window.fetch || !window.FormData) return;
  var token = document.querySelector('meta[name="csrf-token"]');
  var storeKey = 'chancery.editor.' + form.getAttribute('data-backup-key');
  var skipped = { _csrf: true, version: true, id: true };
  var timer = null;
  var asked = 0;
  // A form shown again after a refused save or a preview holds what was typed, not what is saved.
  var dirty = form.hasAttribute('data-unsaved');

  function fields() {
    var values = {};
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || skipped[el.name] || el.type === 'submit') return;
      values[el.name] = el.type === 'checkbox' ? el.checked : el.value;
    });
    return values;
  }

  function fill(values) {
    Object.keys(values).forEach(function (name) {
      var el = form.elements.namedItem(name);
      if (!el) return;
      if (el.type === 'checkbox') el.checked = values[name] === true; else el.value = values[name];
    });
  }

  function refresh() {
    var mine = ++asked;
    fetch(form.getAttribute('data-preview-url'), {
      method: 'POST',
      body: new FormData(form),
      credentials: 'same-origin',
      headers: { 'X-CSRF-Token': token ? token.content : '', 'X-Preview': 'fragment' }
    }).then(function (response) {
      // Redirected means the session ran out: the answer is the sign-in page, not a preview.
      if (!response.ok || response.redirected) throw new Error('no preview: ' + response.status);
      return response.text();
    }).then(function (html) {
      // The server renders the article through the public page's sanitizing renderer.
      if (mine === asked) { pane.innerHTML = html; pane.removeAttribute('data-stale'); }
    }).catch(function () {
      if (mine === asked) pane.setAttribute('data-stale', 'true');
    });
  }

  function store() {
    try { localStorage.setItem(storeKey, JSON.stringify(fields())); } catch (e) { /* storage full or off */ }
  }

  function changed() {
    dirty = true;
    clearTimeout(timer);
    timer = setTimeout(function () { store(); refresh(); }, 400);
  }

  // A save that went through leaves nothing unsaved behind: the copy kept on submitting goes.
  function forgetSaved() {
    var done = /[?&]done=([a-z-]+)/.exec(location.search);
    if (done && done[1] === 'create') localStorage.removeItem('chancery.editor.new');
    if (done && done[1] === 'save') localStorage.removeItem(storeKey);
  }

  function offerBackup() {
    var kept = null;
    try { kept = JSON.parse(localStorage.getItem(storeKey)); } catch (e) { kept = null; }
    if (!kept) return;
    if (JSON.stringify(kept) === JSON.stringify(fields())) {
      if (!dirty) localStorage.removeItem(storeKey);
      return;
    }
    var notice = document.querySelector('[data-backup-notice]');
    if (!notice) return;
    notice.hidden = false;
    notice.querySelector('[data-backup-restore]').addEventListener('click', function () {
      fill(kept); notice.hidden = true; dirty = true; refresh();
    });
    notice.querySelector('[data-backup-discard]').addEventListener('click', function () {
      localStorage.removeItem(storeKey); notice.hidden = true;
    });
  }

  form.addEventListener('input', changed);
  form.addEventListener('change', changed);
  form.addEventListener('submit', function () { dirty = false; store(); });
  window.addEventListener('beforeunload', function (event) {
    if (!dirty) return;
    event.preventDefault();
    event.returnValue = '';
  });
  try { forgetSaved(); } catch (e) { /* storage off */ }
  offerBackup();
  if (dirty) store();
  if (!pane.querySelector('article') && (form.elements.title.value || form.elements.body.value)) refresh();
})();
