// The review site's shared stylesheet and the index's script (page list: search, filters,
// sort, pagination over the per-chunk data files that call tikiReview.add). The chunks hold the
// rows in the default order (errors first), so the index loads only the first one to show the
// first page of the list; the rest are loaded when a search, filter, sort or later page needs
// every row. Page data is only ever put into the DOM as text (textContent), never as HTML.

export const REVIEW_CSS = `
body{font:14px/1.45 system-ui,sans-serif;margin:0;padding:0 1.2em 2em;color:#222;background:#fafafa}
h1{font-size:1.5em;margin:.4em 0}h2{font-size:1.1em;margin:.3em 0}
a{color:#0645ad}code{font-size:.95em}
.cards{display:flex;flex-wrap:wrap;gap:.8em;margin:.8em 0}
.card{background:#fff;border:1px solid #ddd;border-radius:6px;padding:.5em .9em;min-width:8em}
.card b{display:block;font-size:1.5em}
table{border-collapse:collapse;background:#fff}th,td{border:1px solid #ddd;padding:.2em .5em;text-align:left;vertical-align:top}
.sev-error{color:#b00020}.sev-warning{color:#8a5a00}.sev-info{color:#335}
.controls{display:flex;flex-wrap:wrap;gap:.6em;align-items:center;margin:.6em 0}
.controls input{min-width:18em}
.pager{margin:.5em 0}.pager button{margin:0 .3em}
.dash{display:grid;grid-template-columns:repeat(auto-fit,minmax(22em,1fr));gap:1.2em}
.bar{display:inline-block;height:.8em;background:#7a9cc6;vertical-align:middle}
.findings{background:#fff;border:1px solid #ddd;padding:.4em 1.6em;max-height:14em;overflow:auto}
.panes{display:grid;grid-template-columns:repeat(3,minmax(0,1fr));gap:.8em;margin-top:.8em}
.pane{background:#fff;border:1px solid #ddd;padding:.4em;overflow:auto;max-height:80vh}
pre.source,pre.md{margin:0;white-space:pre-wrap;word-break:break-word;font-size:12.5px}
.line{display:block}.ln{display:inline-block;width:3.5em;color:#999;user-select:none}
.line.hit{background:#fff3c4}.line.hit.sev-error{background:#ffd6dc}.line.hit.sev-info{background:#e6efff}
.line:target{outline:2px solid #0645ad}
.md-comment{background:#eee;color:#6a3d9a}
.preview table{margin:.5em 0}.preview dt{font-weight:bold}.preview dd{margin-left:1.5em}
.diff-add{color:#0a6b00}.diff-del{color:#b00020}.diff-hunk{color:#6a3d9a}
@media (max-width:900px){.panes{grid-template-columns:1fr}}
`;

export const REVIEW_JS = `'use strict';
(function () {
  // rows[i] is [id, name, slug, errors, warnings, info, fidelity‰ (-1: none), rules, file]; hay[i] its search text.
  var rows = [], hay = [];
  window.tikiReview = { add: function (chunk) {
    for (var i = 0; i < chunk.length; i++) { rows.push(chunk[i]); hay.push((chunk[i][1] + ' ' + chunk[i][2] + ' ' + chunk[i][0]).toLowerCase()); }
  } };
  var PER_PAGE = 100, at = 0, complete = false, loading = false, failed = 0;
  function $(id) { return document.getElementById(id); }
  function cell(tr, text, cls) { var td = document.createElement('td'); td.textContent = text; if (cls) td.className = cls; tr.appendChild(td); return td; }
  function state() {
    var q = new URLSearchParams(location.hash.slice(1));
    return { q: q.get('q') || '', sev: q.get('sev') || '', rule: q.get('rule') || '', sort: q.get('sort') || 'problems' };
  }
  function setState(s) {
    var q = new URLSearchParams();
    if (s.q) q.set('q', s.q); if (s.sev) q.set('sev', s.sev); if (s.rule) q.set('rule', s.rule); if (s.sort !== 'problems') q.set('sort', s.sort);
    history.replaceState(null, '', '#' + q.toString()); at = 0; render();
  }
  function matches(r, i, s) {
    if (s.q && hay[i].indexOf(s.q.toLowerCase()) < 0) return false;
    if (s.sev === 'error' && !r[3]) return false;
    if (s.sev === 'warning' && !r[4]) return false;
    if (s.sev === 'info' && !r[5]) return false;
    if (s.sev === 'any' && !(r[3] + r[4] + r[5])) return false;
    if (s.sev === 'none' && (r[3] + r[4] + r[5])) return false;
    if (s.rule && (' ' + r[7] + ' ').indexOf(' ' + s.rule + ' ') < 0) return false;
    return true;
  }
  var sorts = {
    problems: function (a, b) { return b[3] - a[3] || b[4] - a[4] || a[6] - b[6] || b[5] - a[5] || a[0] - b[0]; },
    name: function (a, b) { return a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : a[0] - b[0]; },
    id: function (a, b) { return a[0] - b[0]; },
    fidelity: function (a, b) { return a[6] - b[6] || a[0] - b[0]; }
  };
  // Only the first chunk is loaded: enough for the unfiltered, default-sorted list up to its end.
  function needsAll(s) { return !!(s.q || s.sev || s.rule || s.sort !== 'problems' || (at + 1) * PER_PAGE > rows.length); }
  function loadRest() {
    if (loading) return;
    loading = true;
    var chunks = Number(document.body.dataset.chunks), left = chunks - 1;
    function done() { if (--left === 0) { complete = true; render(); } }
    function fail() { failed++; done(); }
    for (var i = 1; i < chunks; i++) {
      var script = document.createElement('script');
      script.src = 'data/pages-' + ('000' + i).slice(-4) + '.js';
      script.async = false; // run in order: rows stay in the default order
      script.onload = done; script.onerror = fail;
      document.head.appendChild(script);
    }
  }
  function render() {
    var s = state();
    $('q').value = s.q; $('sev').value = s.sev; $('rule').value = s.rule; $('sort').value = s.sort;
    if (!complete && needsAll(s)) { $('count').textContent = 'loading ' + document.body.dataset.total + ' pages…'; loadRest(); return; }
    var list = rows.filter(function (r, i) { return matches(r, i, s); }).sort(sorts[s.sort] || sorts.problems);
    var total = complete ? rows.length : Number(document.body.dataset.total);
    var shown = complete ? list.length : total;
    var pages = Math.max(1, Math.ceil(shown / PER_PAGE));
    if (at >= pages) at = pages - 1;
    var body = $('rows'); body.textContent = '';
    list.slice(at * PER_PAGE, at * PER_PAGE + PER_PAGE).forEach(function (r) {
      var tr = document.createElement('tr'); tr.dataset.pageId = String(r[0]);
      var a = document.createElement('a'); a.href = 'pages/' + r[8] + '.html'; a.textContent = r[1];
      var td = document.createElement('td'); td.appendChild(a); tr.appendChild(td);
      cell(tr, String(r[0])); cell(tr, r[2]);
      cell(tr, String(r[3]), r[3] ? 'sev-error' : ''); cell(tr, String(r[4]), r[4] ? 'sev-warning' : ''); cell(tr, String(r[5]));
      cell(tr, r[6] < 0 ? '—' : (Math.floor(r[6]) / 10).toFixed(1) + '%');
      body.appendChild(tr);
    });
    $('count').textContent = shown + ' of ' + total + ' pages' + (failed ? ' (' + failed + ' data files could not be read)' : '');
    $('page').textContent = 'page ' + (at + 1) + ' of ' + pages;
    $('prev').disabled = at === 0; $('next').disabled = at >= pages - 1;
    document.body.dataset.ready = 'true';
  }
  document.addEventListener('DOMContentLoaded', function () {
    function read() { return { q: $('q').value, sev: $('sev').value, rule: $('rule').value, sort: $('sort').value }; }
    $('q').addEventListener('input', function () { setState(read()); });
    ['sev', 'rule', 'sort'].forEach(function (id) { $(id).addEventListener('change', function () { setState(read()); }); });
    $('prev').addEventListener('click', function () { at--; render(); });
    $('next').addEventListener('click', function () { at++; render(); });
    window.addEventListener('hashchange', function () { at = 0; render(); });
    if (window.tikiDiff) { var d = $('diff'); d.hidden = false; d.querySelector('span').textContent = window.tikiDiff.summary; }
    complete = Number(document.body.dataset.chunks) <= 1;
    render();
  });
})();
`;
