/**
 * The dashboard's shell: styles and the page script of report.html, and of the per-report text views.
 * The scripts read only their JSON data block and build every piece of report text as text nodes (textContent,
 * setAttribute), never as markup. Kept small: the whole shell stays well under 400 KB.
 */

export const DASHBOARD_STYLE = `
:root{--fg:#1f2933;--muted:#6b7785;--line:#e3e8ee;--bg:#f6f8fa;--accent:#2f6fb3;--err:#c0392b;--warn:#c77c0e;--info:#5b7083;--ok:#3a9d5d}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:14px/1.6 -apple-system,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif;color:var(--fg);background:var(--bg);overflow-wrap:anywhere}
header.top{background:#fff;border-bottom:1px solid var(--line);padding:16px 32px 0}
header.top .inner{max-width:1136px;margin:0 auto}
header.top h1{margin:0;font-size:20px}
header.top p{margin:2px 0 8px}
nav a{display:inline-block;margin-right:18px;padding:6px 0;color:var(--accent);text-decoration:none;border-bottom:2px solid transparent}
nav a:hover{border-color:var(--accent)}
main{max-width:1200px;margin:0 auto;padding:8px 32px 48px}
section{margin-top:28px;scroll-margin-top:120px}
h2{font-size:18px;border-left:4px solid var(--accent);padding-left:10px}
h3{font-size:15px;margin:0 0 8px}
h4{margin:0 0 6px;font-size:12px;color:var(--muted);font-weight:600;letter-spacing:.05em}
.muted{color:var(--muted)}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:12px}
.card{background:#fff;border:1px solid var(--line);border-radius:8px;padding:14px 16px}
.card .value{font-size:26px;font-weight:600}
.card .label{color:var(--muted)}
.card .note{font-size:12px;color:var(--muted)}
.row{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(300px,100%),1fr));gap:12px;margin-top:12px}
.panel{background:#fff;border:1px solid var(--line);border-radius:8px;padding:14px 16px;min-width:0}
.chart{height:220px;width:100%;overflow:hidden}
.chart.wide{background:#fff;border:1px solid var(--line);border-radius:8px;padding:8px;margin-bottom:12px}
.chart svg{display:block;width:100%}
.chart .legend{font-size:12px;color:var(--muted);display:flex;flex-wrap:wrap;gap:2px 12px;margin-bottom:4px}
.chart .legend i{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:4px;vertical-align:-1px}
.chart text{font-size:11px;fill:var(--muted)}
.chart rect:hover{opacity:.8}
.scroll{overflow-x:auto;max-width:100%}
table.grid{border-collapse:collapse;width:100%;background:#fff;margin:8px 0}
table.grid th,table.grid td{border-bottom:1px solid var(--line);padding:5px 8px;text-align:left;vertical-align:top}
table.grid th{background:#f0f3f7;font-weight:600}
table.grid td:not(:first-child){white-space:nowrap}
table.compact{font-size:13px}
code{font:12px ui-monospace,Menlo,Consolas,monospace;background:#eef1f5;padding:1px 5px;border-radius:4px;margin:0 6px;overflow-wrap:anywhere}
.err{color:var(--err);font-weight:600}
a.jump{color:inherit;text-decoration:none;border-bottom:1px dotted var(--muted)}
a.jump:hover{color:var(--accent);border-bottom-color:var(--accent)}
#filters-box{position:sticky;top:0;z-index:5;background:var(--bg);padding:6px 0;margin-top:16px}
.filters{display:flex;gap:6px 10px;align-items:flex-end;flex-wrap:wrap}
.filters .f{display:flex;flex-direction:column;font-size:12px;color:var(--muted);min-width:0}
.filters .f.grow{flex:1 1 160px}
.filters .f.check{flex-direction:row;align-items:center;gap:4px;padding-bottom:6px}
.filters input[type=search],.filters select{padding:5px 6px;border:1px solid var(--line);border-radius:6px;font:inherit;font-size:14px;background:#fff;color:var(--fg);max-width:100%}
.filters select{max-width:11em}
button,.button{font:inherit;font-size:13px;padding:4px 12px;border:1px solid var(--line);border-radius:6px;background:#fff;color:var(--fg);cursor:pointer}
button:hover,.button:hover{border-color:var(--accent);color:var(--accent)}
.button input{display:none}
.pager{display:flex;gap:8px;align-items:center;flex-wrap:wrap;margin:8px 0}
.finding{background:#fff;border:1px solid var(--line);border-left:4px solid var(--info);border-radius:8px;padding:10px 16px;margin-bottom:8px}
.finding.na{border-left-color:#c3cad3}
.finding.sev-error{border-left-color:var(--err)}
.finding.sev-warning{border-left-color:var(--warn)}
.finding.d-dismissed{opacity:.65}
.finding.d-confirmed{box-shadow:inset 0 0 0 1px var(--ok)}
.finding header{display:flex;align-items:center;flex-wrap:wrap;gap:4px}
.finding .rule{font-weight:600;margin-left:6px}
.finding .where{display:flex;flex-wrap:wrap;gap:2px 10px;font-size:13px;color:var(--muted);margin-top:2px}
.finding .where .agency{color:var(--fg);font-weight:600}
.finding .where .year{color:var(--accent)}
.finding .where .file{word-break:break-all}
.finding .where a{color:var(--accent)}
.finding .message{margin:6px 0 8px;font-size:15px}
.badge{display:inline-block;font-size:12px;padding:0 8px;border-radius:10px;color:#fff;background:var(--info)}
.badge.sev-error{background:var(--err)}.badge.sev-warning{background:var(--warn)}.badge.na{background:#8a94a0;margin-left:4px}
.badge.confirmed{background:var(--ok);margin-left:4px}.badge.dismissed{background:#8a94a0;margin-left:4px}
.evidence{display:grid;grid-template-columns:minmax(0,2fr) minmax(220px,1fr);gap:12px;align-items:start}
.evidence.single{grid-template-columns:minmax(0,1fr);max-width:820px}
.evidence .prose{background:#fbfbf7;border:1px solid #eee9d8;border-radius:6px;padding:8px 12px}
.evidence .prose p{margin:0 0 6px}
.evidence .cell{background:#f7f9fc;border:1px solid var(--line);border-radius:6px;padding:8px 12px}
.evidence .cell table{border-collapse:collapse;width:100%}
.evidence .cell th{text-align:left;font-weight:normal;color:var(--muted);padding:2px 8px 2px 0;white-space:nowrap;vertical-align:top}
.evidence .cell td.num{font-variant-numeric:tabular-nums;font-weight:600}
.evidence .cell td.diff{color:var(--err)}
.mini{display:inline-block;margin:0 8px 2px 0;font-size:12px;color:var(--muted)}
.mini b{color:var(--fg);font-variant-numeric:tabular-nums}
.mini.this b{color:var(--err)}
.review{display:flex;flex-wrap:wrap;gap:6px;align-items:center;margin-top:8px;font-size:13px}
.review .said{color:var(--muted)}
.review form{display:flex;flex-wrap:wrap;gap:6px;flex-basis:100%}
.review form select,.review form input,.review form textarea{font:inherit;font-size:13px;padding:4px 6px;border:1px solid var(--line);border-radius:6px;max-width:100%}
.review form textarea{flex:1 1 100%;min-height:3em}
.desc{font-size:12px;color:var(--muted);white-space:normal;max-width:640px}
.key{font:11px ui-monospace,Menlo,Consolas,monospace;color:var(--muted)}
mark{background:#ffe27a;padding:0 2px;border-radius:3px}
table.coverage td,table.coverage th{text-align:center;padding:3px 6px}
table.coverage td:first-child,table.coverage th:first-child{text-align:left;white-space:normal;min-width:10em}
table.coverage .region{font-size:12px;color:var(--muted)}
.cv{display:inline-block;min-width:1.6em;text-align:center;border-radius:4px;font-weight:600;text-decoration:none}
.cv.ok{color:var(--ok)}.cv.errors{color:#fff;background:var(--err)}.cv.duplicate{color:#8e6bbf}.cv.failed{color:#fff;background:#5b6570}
.cv.skipped{color:var(--muted)}.cv.missing{color:var(--err);border:1px dashed var(--err);font-weight:normal;font-size:12px}
.review-tools{display:flex;gap:8px;flex-wrap:wrap;align-items:center}
#orphans ul{padding-left:18px}
.themes{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(340px,100%),1fr));gap:12px}
.theme{background:#fff;border:1px solid var(--line);border-radius:8px;padding:12px 16px}
.theme header{display:flex;flex-direction:column}
.theme-label{font-weight:600;font-size:15px}
.theme .central,.theme .theme-desc{margin:4px 0;font-size:13px}
.theme .central{color:var(--muted)}
.theme .trend{color:var(--accent)}
.theme.outliers{background:#fafbfc;border-style:dashed}
.terms{margin:6px 0}
.term{display:inline-block;background:#eaf2fb;color:var(--accent);border-radius:10px;padding:0 8px;margin:0 4px 4px 0;font-size:12px}
.examples{margin:4px 0 0;padding-left:18px}
.chart-tools{display:flex;justify-content:flex-end;gap:0;margin-bottom:-1px}
.chart-tools button{font-size:12px;padding:2px 12px;border-radius:0;color:var(--muted)}
.chart-tools button:first-child{border-radius:6px 0 0 6px}.chart-tools button:last-child{border-radius:0 6px 6px 0;border-left:0}
.chart-tools button.on{background:var(--accent);border-color:var(--accent);color:#fff}
body:not(.charts-on) .chart-tools{display:none}
.hidden{display:none}
.hide-failed #failed{display:none}
.charts-on .fallback{display:none}
body:not(.charts-on) .chart{display:none}
@media (max-width:760px){.evidence{grid-template-columns:1fr}main{padding:8px 12px}header.top{padding:12px 12px 0}#filters-box{position:static}section{scroll-margin-top:0}}
`;

/**
 * The page script. Data layout (see renderHtml): report = [file, body, province, city, county, year, state, textHref,
 * sourceHref, duplicateOf]; finding = [report, rule, severity 0–2, unassessable 0/1, metric, message, expected,
 * actual, id, snippets, spans, related cells, table value, decision from the decisions file].
 */
export const DASHBOARD_SCRIPT = `
(function(){
'use strict';
performance.mark('nianbao-script');
var D = JSON.parse(document.getElementById('nianbao-data').textContent);
performance.mark('nianbao-data');
var R = D.reports, F = D.findings, RULES = D.rules, METRICS = D.metrics, NAMES = D.names;
// Reports expanded: [file, body, province, city, county, year, state, text view, source link, duplicate of].
var UNSAFE = new RegExp(UNSAFE_IN_PATH_SOURCE, 'g');
function encodePath(p){ return p.split(/[\\\\/]/).map(function(s){ return s.replace(UNSAFE, encodeURIComponent); }).join('/'); }
R.forEach(function(r){
  r[1] = NAMES[r[1]]; r[2] = NAMES[r[2]]; r[3] = NAMES[r[3]]; r[4] = NAMES[r[4]];
  r[7] = r[7] ? 'texts/' + r[7] + '.html' : '';
  if (r[8] === 0) r[8] = D.linkPrefix + encodePath(r[0]);
  r[9] = r[9] || '';
});
// Snippets and related cells: one JSON line per finding, parsed only for the cards shown.
var DETAIL_AT = new Array(F.length + 1), DETAILS = null;
DETAIL_AT[0] = 0; for (var di = 0; di < F.length; di++) DETAIL_AT[di + 1] = DETAIL_AT[di] + (D.detailLengths[di] || 0) + 1;
// A large batch keeps them in chunk scripts beside the page (details/<k>.js), loaded when a card needs one.
var CH = D.detailChunks, CHUNKS = {}, PENDING = {};
window.__nianbaoDetails = function(k, text){ CHUNKS[k] = text; delete PENDING[k]; if (typeof renderFindings === 'function') renderFindings(); };
function detail(i){
  if (CH) {
    var k = Math.floor(i / CH.size), text = CHUNKS[k];
    if (text === undefined) {
      if (!PENDING[k]) { PENDING[k] = 1; var sc = document.createElement('script'); sc.src = CH.dir + '/' + k + '.js'; document.body.appendChild(sc); }
      return null;
    }
    var base = DETAIL_AT[k * CH.size], from = DETAIL_AT[i] - base, to = DETAIL_AT[i + 1] - 1 - base;
    return to > from ? JSON.parse(text.slice(from, to)) : [0, 0];
  }
  if (DETAILS === null) DETAILS = document.getElementById('nianbao-details').textContent;
  var a = DETAIL_AT[i], b = DETAIL_AT[i + 1] - 1;
  return b > a ? JSON.parse(DETAILS.slice(a, b)) : [0, 0];
}
var SEV = ['error','warning','info'], SEVN = ['错误','警告','提示'];
var DNAME = {confirmed:'已确认', dismissed:'已排除'};
var REASONS = ['数字读取有误','口径不同，并非矛盾','表格解析有误','原文如此，已知晓','其他'];
var PAGE = 50, CPAGE = 100;
function $(id){ return document.getElementById(id); }
function add(e, kids){
  if (!Array.isArray(kids)) kids = [kids];
  for (var i = 0; i < kids.length; i++) { var k = kids[i]; if (k == null || k === false) continue;
    e.appendChild(typeof k === 'object' ? k : document.createTextNode(String(k))); }
  return e;
}
function h(tag, cls, kids){ var e = document.createElement(tag); if (cls) e.className = cls; if (kids != null) add(e, kids); return e; }
function link(href, text, cls){
  var a = h('a', cls, text);
  // Only our own relative links and web addresses: no other scheme from the data becomes a link.
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) && !/^https?:/i.test(href)) return h('span', cls, text);
  a.setAttribute('href', href); return a;
}
function fmt(n){ return n == null ? '—' : (Math.round(n) === n ? n.toLocaleString('en-US') : String(Math.round(n * 100) / 100)); }

// ── decisions: the decisions file given to this run, then this browser's, the newer winning ──
var KEY = 'nianbao.decisions.v1';
var ids = new Set(); for (var fi = 0; fi < F.length; fi++) if (F[fi][8]) ids.add(F[fi][8]);
var files = new Set(); for (var ri = 0; ri < R.length; ri++) files.add(R[ri][0]);
var decisions = {};
function newer(a, b){ return !b || (a.at || '') >= (b.at || ''); }
function clean(d){
  if (!d || typeof d !== 'object' || typeof d.id !== 'string') return null;
  var st = d.status === 'confirmed' || d.status === 'dismissed' ? d.status : null;
  var c = typeof d.comment === 'string' && d.comment.trim() ? d.comment : undefined;
  if (!st && !c && !d.cleared) return null;
  var out = {id: d.id, status: st};
  ['reason','comment','at','file','agency','rule','message'].forEach(function(k){ if (typeof d[k] === 'string' && d[k]) out[k] = d[k]; });
  if (typeof d.year === 'number') out.year = d.year;
  if (d.cleared) out.cleared = true;
  return out;
}
function merge(list){
  var n = 0;
  list.forEach(function(raw){ var d = clean(raw); if (d && newer(d, decisions[d.id])) { decisions[d.id] = d; n++; } });
  return n;
}
function listOf(x){
  if (Array.isArray(x)) return x;
  if (x && Array.isArray(x.decisions)) return x.decisions;
  if (x && typeof x === 'object') return Object.keys(x).map(function(k){ var v = x[k]; return v && typeof v === 'object' ? Object.assign({id: k}, v) : null; });
  return [];
}
merge(D.decisions || []);
F.forEach(function(f){ if (f[13] && !decisions[f[8]]) decisions[f[8]] = {id: f[8], status: f[13]}; });
var stored = {};
try { stored = JSON.parse(localStorage.getItem(KEY) || '{}') || {}; } catch (e) { stored = {}; }
merge(listOf(stored));
function live(d){ return d && !d.cleared ? d : null; }
function save(){
  try {
    var all = {}; try { all = JSON.parse(localStorage.getItem(KEY) || '{}') || {}; } catch (e) {}
    Object.keys(decisions).forEach(function(id){ all[id] = decisions[id]; });
    localStorage.setItem(KEY, JSON.stringify(all));
  } catch (e) {}
}
function decide(i, status, reason, comment){
  var f = F[i], r = R[f[0]], prev = live(decisions[f[8]]);
  var d = {id: f[8], status: status, at: new Date().toISOString(), file: r[0], agency: r[1], rule: RULES[f[1]][0], message: f[5]};
  if (r[5]) d.year = r[5];
  if (reason) d.reason = reason;
  var c = comment != null ? comment : prev && prev.comment;
  if (c) d.comment = c;
  if (!d.status && !d.comment) d.cleared = true;
  decisions[f[8]] = d; save(); render();
}

// ── filter state, kept in the URL hash so a link reopens the same view ──
var DEFAULTS = {province:'', city:'', county:'', year:'', body:'', rule:'', severity:'', status:'fail', decision:'open', q:'', hideFailed:'', page:'1', cpage:'1'};
var state = Object.assign({}, DEFAULTS);
var CONTROLS = {province:'f-province', city:'f-city', county:'f-county', year:'f-year', body:'f-body', rule:'f-rule', severity:'f-severity', status:'f-status', decision:'f-decision', q:'f-q', hideFailed:'f-hide-failed'};
function readHash(){
  var s = location.hash.slice(1);
  if (s.indexOf('=') < 0) return false;
  var p = new URLSearchParams(s); state = Object.assign({}, DEFAULTS);
  Object.keys(DEFAULTS).forEach(function(k){ if (p.has(k)) state[k] = p.get(k); });
  return true;
}
function writeHash(){
  var p = new URLSearchParams();
  Object.keys(DEFAULTS).forEach(function(k){ if (state[k] !== DEFAULTS[k]) p.set(k, state[k]); });
  var s = p.toString();
  try { history.replaceState(null, '', s ? '#' + s : location.pathname + location.search); } catch (e) { ignoreHash = true; location.hash = s; }
}
var ignoreHash = false;

function uniq(a){ var m = {}, out = []; a.forEach(function(x){ if (x && !m[x]) { m[x] = 1; out.push(x); } }); return out.sort(function(x, y){ return x < y ? -1 : x > y ? 1 : 0; }); }
var EXP = D.expected || [];
// Distinct places (province, city, county) of the reports and the expected bodies, for the region selects.
var PLACES = (function(){
  var seen = {}, out = [];
  R.map(function(r){ return [r[2], r[3], r[4]]; }).concat(EXP.map(function(e){ return [e[1], e[2], e[3]]; })).forEach(function(p){
    var k = p.join('\\u0000'); if (!seen[k]) { seen[k] = 1; out.push(p); } });
  return out;
})();
function places(){ return PLACES; }
function fillSelect(el, values, current, allLabel){
  el.textContent = '';
  add(el, h('option', null, allLabel)).lastChild.value = '';
  values.forEach(function(v){ var o = h('option', null, String(v)); o.value = String(v); el.appendChild(o); });
  if (current && values.map(String).indexOf(current) < 0) { var o = h('option', null, current); o.value = current; el.appendChild(o); }
  el.value = current;
}
var allYears = uniq(R.map(function(r){ return r[5] || 0; }).concat([].concat.apply([], EXP.map(function(e){ return e[4]; })))).map(Number).sort();
function syncControls(){
  var pl = places();
  fillSelect($('f-province'), uniq(pl.map(function(p){ return p[0]; })), state.province, '全部');
  fillSelect($('f-city'), uniq(pl.filter(function(p){ return !state.province || p[0] === state.province; }).map(function(p){ return p[1]; })), state.city, '全部');
  fillSelect($('f-county'), uniq(pl.filter(function(p){ return (!state.province || p[0] === state.province) && (!state.city || p[1] === state.city); }).map(function(p){ return p[2]; })), state.county, '全部');
  fillSelect($('f-year'), allYears, state.year, '全部');
  Object.keys(CONTROLS).forEach(function(k){
    if (k === 'province' || k === 'city' || k === 'county' || k === 'year') return;
    var el = $(CONTROLS[k]); if (!el) return;
    if (el.type === 'checkbox') el.checked = state[k] === '1'; else el.value = state[k];
  });
}
(function(){
  var dl = $('f-bodies'), names = uniq(R.map(function(r){ return r[1]; }).concat(EXP.map(function(e){ return e[0]; }))).slice(0, 5000);
  names.forEach(function(n){ var o = document.createElement('option'); o.value = n; dl.appendChild(o); });
})();
Object.keys(CONTROLS).forEach(function(k){
  var el = $(CONTROLS[k]); if (!el) return;
  var on = function(){
    state[k] = el.type === 'checkbox' ? (el.checked ? '1' : '') : el.value;
    if (k === 'province') { state.city = ''; state.county = ''; }
    if (k === 'city') state.county = '';
    state.page = '1'; state.cpage = '1';
    writeHash(); syncControls(); render();
  };
  el.addEventListener(el.tagName === 'INPUT' && el.type !== 'checkbox' ? 'input' : 'change', on);
});
$('f-reset').addEventListener('click', function(){ state = Object.assign({}, DEFAULTS); writeHash(); syncControls(); render(); });

// ── which reports and findings pass the filters ──
function reportPasses(){
  var ok = new Uint8Array(R.length), b = state.body.trim().toLowerCase(), y = state.year ? Number(state.year) : 0;
  for (var i = 0; i < R.length; i++) {
    var r = R[i];
    ok[i] = (!state.province || r[2] === state.province) && (!state.city || r[3] === state.city) && (!state.county || r[4] === state.county) &&
      (!y || r[5] === y) && (!b || r[1].toLowerCase().indexOf(b) >= 0) && !(state.hideFailed === '1' && r[6] === 'failed') ? 1 : 0;
  }
  return ok;
}
var search = new Array(F.length);
function filtered(){
  var rep = reportPasses(), out = [], q = state.q.trim().toLowerCase();
  var rule = -1; if (state.rule) { rule = -2; RULES.forEach(function(x, i){ if (x[0] === state.rule) rule = i; }); }
  var sev = state.severity ? SEV.indexOf(state.severity) : -1, st = state.status, dec = state.decision;
  for (var i = 0; i < F.length; i++) {
    var f = F[i];
    if (!rep[f[0]] || (rule !== -1 && f[1] !== rule) || (sev >= 0 && f[2] !== sev)) continue;
    if ((st === 'fail' && f[3]) || (st === 'na' && !f[3])) continue;
    if (dec !== 'all') {
      var d = live(decisions[f[8]]), ds = d && d.status;
      if ((dec === 'open' && ds === 'dismissed') || (dec === 'undecided' && ds) || (dec === 'confirmed' && ds !== 'confirmed') ||
          (dec === 'dismissed' && ds !== 'dismissed') || (dec === 'commented' && !(d && d.comment))) continue;
    }
    if (q) {
      var s = search[i] || (search[i] = (f[5] + ' ' + R[f[0]][0] + ' ' + R[f[0]][1] + ' ' + RULES[f[1]][0] + ' ' + RULES[f[1]][1]).toLowerCase());
      if (s.indexOf(q) < 0) continue;
    }
    out.push(i);
  }
  return out;
}

// ── one finding card ──
function segments(parts){ var p = h('p'); parts.forEach(function(x, k){ add(p, k % 2 ? h('mark', null, x) : x); }); return p; }
function row(th, td, cls){ return h('tr', null, [h('th', null, th), h('td', cls, td)]); }
function card(i){
  var f = F[i], r = R[f[0]], d = live(decisions[f[8]]), status = d && d.status;
  var el = h('article', 'finding sev-' + SEV[f[2]] + (f[3] ? ' na' : '') + (status ? ' d-' + status : ''));
  el.setAttribute('data-id', f[8]); el.setAttribute('data-i', String(i)); el.setAttribute('data-rule', RULES[f[1]][0]);
  var head = h('header', null, [h('span', 'badge sev-' + SEV[f[2]], SEVN[f[2]]), h('span', 'rule', RULES[f[1]][1]), h('code', null, RULES[f[1]][0])]);
  if (f[3]) add(head, h('span', 'badge na', '无法判断'));
  if (status) add(head, h('span', 'badge ' + status, DNAME[status]));
  el.appendChild(head);
  var where = h('div', 'where', [h('span', 'agency', r[1] || '(机关未识别)'), r[5] ? h('span', 'year', r[5] + '年') : null, h('span', 'file', r[0])]);
  if (r[7]) add(where, link(r[7] + (f[10] ? '#m=' + f[10] : ''), '原文', 'text-link'));
  add(where, link(r[8], '源文件', 'source-link'));
  el.appendChild(where);
  el.appendChild(h('p', 'message', f[5]));
  var more = detail(i), quotes = more ? more[0] : 0, cells = more ? more[1] : 0;
  var prose = quotes ? h('div', 'prose', [h('h4', null, '原文')].concat(quotes.map(segments))) : more ? null : h('div', 'prose loading', h('p', 'muted', '原文加载中…'));
  var rows = [];
  if (f[4] >= 0) { var m = METRICS[f[4]]; rows.push(row('指标', [m[1], m[1] !== m[0] ? h('div', 'key', m[0]) : null])); }
  if (f[12]) rows.push(row('表格数值', f[12], 'num'));
  if (cells) rows.push(row('相关单元格', cells.map(function(c){ return h('span', 'mini' + (c[2] ? ' this' : ''), [c[0] + ' ', h('b', null, c[1])]); })));
  if (f[6] != null) rows.push(row('期望值', fmt(f[6]), 'num'));
  if (f[7] != null) rows.push(row('实际值', fmt(f[7]), 'num'));
  if (f[6] != null && f[7] != null) rows.push(row('差', fmt(f[7] - f[6]), 'num diff'));
  var cell = rows.length ? h('div', 'cell', [h('h4', null, '表格'), h('table', null, rows)]) : null;
  if (prose || cell) el.appendChild(h('div', 'evidence' + (prose && cell ? '' : ' single'), [prose, cell]));
  el.appendChild(reviewBar(i, d));
  return el;
}
function button(text, act, cls){ var b = h('button', cls, text); b.type = 'button'; b.setAttribute('data-act', act); return b; }
function reviewBar(i, d){
  var bar = h('div', 'review');
  if (!F[i][8]) return bar;
  add(bar, [button('确认', 'confirm'), button('排除…', 'dismiss'), button('备注…', 'comment')]);
  if (d) add(bar, button('撤销', 'clear'));
  if (d) add(bar, h('span', 'said', [d.status ? DNAME[d.status] : '', d.reason ? '：' + d.reason : '', d.comment ? ' · 备注：' + d.comment : '']));
  return bar;
}
function openForm(el, i, kind){
  var bar = el.querySelector('.review'), old = bar.querySelector('form'); if (old) old.remove();
  var d = live(decisions[F[i][8]]), form = h('form');
  if (kind === 'dismiss') {
    var sel = h('select', 'reason'); REASONS.forEach(function(x){ var o = h('option', null, x); o.value = x; sel.appendChild(o); });
    var detail = h('input', 'detail'); detail.placeholder = '说明(可选)';
    add(form, [sel, detail]);
  }
  var ta = h('textarea', 'note'); ta.placeholder = '备注'; ta.value = d && d.comment || ''; form.appendChild(ta);
  var ok = button('保存', 'save'); ok.type = 'submit';
  add(form, [ok, button('取消', 'cancel')]);
  form.addEventListener('submit', function(ev){
    ev.preventDefault();
    if (kind === 'dismiss') {
      var why = sel.value + (detail.value.trim() ? '：' + detail.value.trim() : '');
      decide(i, 'dismissed', why, ta.value.trim());
    } else decide(i, d ? d.status : null, d && d.reason, ta.value.trim());
  });
  bar.appendChild(form);
  (kind === 'dismiss' ? sel : ta).focus();
}
$('finding-list').addEventListener('click', function(ev){
  var b = ev.target.closest && ev.target.closest('button[data-act]'); if (!b) return;
  var el = b.closest('.finding'), i = Number(el.getAttribute('data-i')), act = b.getAttribute('data-act');
  if (act === 'confirm') decide(i, 'confirmed');
  else if (act === 'clear') decide(i, null, null, '');
  else if (act === 'dismiss' || act === 'comment') openForm(el, i, act);
  else if (act === 'cancel') { var form = el.querySelector('.review form'); if (form) form.remove(); }
});

function pager(el, page, pages, key){
  el.textContent = '';
  if (pages <= 1) return;
  var go = function(p){ state[key] = String(p); writeHash(); render(); };
  var prev = button('上一页', 'prev'), next = button('下一页', 'next');
  prev.disabled = page <= 1; next.disabled = page >= pages;
  prev.onclick = function(){ go(page - 1); }; next.onclick = function(){ go(page + 1); };
  var first = button('首页', 'first'); first.disabled = page <= 1; first.onclick = function(){ go(1); };
  add(el, [first, prev, h('span', 'muted', '第 ' + page + ' / ' + pages + ' 页'), next]);
}

function renderFindings(){
  var list = filtered(), pages = Math.max(1, Math.ceil(list.length / PAGE)), page = Math.min(Math.max(1, Number(state.page) || 1), pages);
  var box = $('finding-list'); box.textContent = '';
  var frag = document.createDocumentFragment();
  list.slice((page - 1) * PAGE, page * PAGE).forEach(function(i){ frag.appendChild(card(i)); });
  box.appendChild(frag);
  $('filter-count').textContent = '显示 ' + list.length + ' / ' + F.length + ' 条' + (pages > 1 ? '(每页 ' + PAGE + ' 条)' : '');
  pager($('finding-pager'), page, pages, 'page');
  return list.length;
}

// ── coverage: bodies × years ──
var RANK = {errors:0, ok:1, duplicate:2, failed:3, skipped:4};
var SYMBOL = {ok:'✓', errors:'!', duplicate:'重', failed:'✗', skipped:'–', missing:'缺'};
var STATE_NAME = {ok:'已读取', errors:'有错误', duplicate:'重复', failed:'读取失败', skipped:'非年报', missing:'应有而未收到'};
// All rows of the grid, built and sorted once for each setting of hideFailed; filters only pick from them.
var coverageAll = {};
function coverageRows(){
  var hide = state.hideFailed === '1' ? '1' : '';
  if (!coverageAll[hide]) {
    var rows = {}, list = [];
    var get = function(name, pr, ci, co){
      var r = rows[name];
      if (!r) { r = rows[name] = {name: name, province: pr, city: ci, county: co, expected: null, cells: {}}; list.push(r); }
      if (!r.province && pr) { r.province = pr; r.city = ci; r.county = co; }
      return r;
    };
    R.forEach(function(x, i){
      if (hide && x[6] === 'failed') return;
      // Files whose body is unknown (failed reads, most of all) share one row, so none drops out of the grid.
      var r = get(x[1] || '(机关未识别)', x[2], x[3], x[4]), y = x[5] || 0;
      (r.cells[y] = r.cells[y] || []).push(i);
    });
    EXP.forEach(function(e){ var r = get(e[0], e[1], e[2], e[3]); r.expected = e[4] && e[4].length ? e[4] : allYears.filter(Boolean); });
    list.forEach(function(r){ r.key = r.province + '\u0000' + r.city + '\u0000' + r.county + '\u0000' + r.name; r.lower = r.name.toLowerCase(); });
    coverageAll[hide] = list.sort(function(a, b){ return COLLATOR.compare(a.key, b.key); });
  }
  var b = state.body.trim().toLowerCase();
  return coverageAll[hide].filter(function(r){
    return (!state.province || r.province === state.province) && (!state.city || r.city === state.city) && (!state.county || r.county === state.county) &&
      (!b || r.lower.indexOf(b) >= 0);
  });
}
var COLLATOR = new Intl.Collator('zh'), coverageKey = null;
function renderCoverage(){
  // The grid depends only on these filters: redrawn when one of them changes, not on every decision.
  var key = [state.province, state.city, state.county, state.year, state.body, state.hideFailed, state.cpage].join('\u0000');
  if (key === coverageKey) return;
  coverageKey = key;
  var rows = coverageRows(), years = state.year ? [Number(state.year)] : allYears.filter(Boolean);
  var hasUnknown = rows.some(function(r){ return r.cells[0]; });
  if (hasUnknown && !state.year) years = years.concat([0]);
  var counts = {missing:0, failed:0, duplicate:0, errors:0, ok:0};
  function cellState(r, y){
    var list = r.cells[y];
    if (list) { var best = null; list.forEach(function(i){ var s = R[i][6]; if (!best || RANK[s] < RANK[best]) best = s; }); return best; }
    return r.expected && r.expected.indexOf(y) >= 0 ? 'missing' : '';
  }
  rows.forEach(function(r){ years.forEach(function(y){ var s = cellState(r, y); if (s in counts) counts[s]++; }); });
  var pages = Math.max(1, Math.ceil(rows.length / CPAGE)), page = Math.min(Math.max(1, Number(state.cpage) || 1), pages);
  var t = $('coverage-grid'); t.textContent = '';
  var head = h('tr', null, [h('th', null, '机关')].concat(years.map(function(y){ return h('th', null, y ? String(y) : '年度不明'); })));
  t.appendChild(h('thead', null, head));
  var body = h('tbody');
  rows.slice((page - 1) * CPAGE, page * CPAGE).forEach(function(r){
    var name = h('td', null, [r.name, r.province || r.city || r.county ? h('div', 'region', [r.province, r.city, r.county].filter(Boolean).join(' ')) : null]);
    var tr = h('tr', null, [name]);
    years.forEach(function(y){
      var s = cellState(r, y), td = h('td');
      if (s) {
        var files = (r.cells[y] || []).map(function(i){ return R[i][0] + (R[i][9] ? ' (与 ' + R[i][9] + ' 重复)' : ''); });
        var mark = s === 'missing' ? h('span', 'cv missing', SYMBOL[s]) : link('#' + new URLSearchParams({body: r.name, year: String(y || ''), status: 'all', decision: 'all'}).toString(), SYMBOL[s], 'cv ' + s);
        mark.setAttribute('title', STATE_NAME[s] + (files.length ? '：' + files.join('；') : ''));
        td.setAttribute('data-state', s);
        td.appendChild(mark);
      }
      tr.appendChild(td);
    });
    body.appendChild(tr);
  });
  t.appendChild(body);
  $('coverage-summary').textContent = rows.length + ' 个机关 × ' + years.length + ' 个年度：已读取 ' + (counts.ok + counts.errors) + ' 份(其中有错误 ' + counts.errors + ')，重复 ' + counts.duplicate + '，读取失败 ' + counts.failed + (EXP.length ? '，应有而未收到 ' + counts.missing : '');
  pager($('coverage-pager'), page, pages, 'cpage');
}

// ── decisions: counts, orphans, export and import ──
function orphanList(){
  var seen = {}, out = [];
  (D.orphans || []).forEach(function(d){ if (!seen[d.id] && !ids.has(d.id)) { seen[d.id] = 1; out.push(decisions[d.id] && !decisions[d.id].cleared ? decisions[d.id] : d); } });
  Object.keys(decisions).forEach(function(id){ var d = live(decisions[id]); if (d && !seen[id] && !ids.has(id) && d.file && files.has(d.file)) { seen[id] = 1; out.push(d); } });
  return out;
}
function renderReview(){
  var c = {confirmed:0, dismissed:0, comment:0};
  Object.keys(decisions).forEach(function(id){ var d = live(decisions[id]); if (!d || !ids.has(id)) return; if (d.status) c[d.status]++; if (d.comment) c.comment++; });
  $('decision-count').textContent = '本批问题中：已确认 ' + c.confirmed + ' · 已排除 ' + c.dismissed + ' · 有备注 ' + c.comment;
  var o = orphanList(), box = $('orphans'); box.textContent = '';
  if (!o.length) return;
  add(box, h('h3', null, o.length + ' 条审核记录对应的问题已不存在'));
  add(box, h('p', 'muted', '报告内容变了、文件不在本批中，或规则不再报出这一问题。'));
  var ul = h('ul');
  o.forEach(function(d){ ul.appendChild(h('li', 'orphan', [h('code', null, d.id), (d.status ? DNAME[d.status] : '备注') + (d.reason ? '(' + d.reason + ')' : ''), ' · ', [d.agency, d.year, d.file].filter(Boolean).join(' '), d.message ? ' · ' + d.message : '', d.comment ? ' · 备注：' + d.comment : ''])); });
  box.appendChild(ul);
}
$('export-decisions').addEventListener('click', function(){
  var list = [];
  Object.keys(decisions).forEach(function(id){ var d = live(decisions[id]); if (d && (ids.has(id) || (d.file && files.has(d.file)))) list.push(d); });
  (D.orphans || []).forEach(function(d){ if (!list.some(function(x){ return x.id === d.id; }) && !(decisions[d.id] && decisions[d.id].cleared)) list.push(d); });
  var blob = new Blob([JSON.stringify({format:'nianbao-decisions', version:1, exportedAt:new Date().toISOString(), decisions:list}, null, 2)], {type:'application/json'});
  var a = document.createElement('a'); a.href = URL.createObjectURL(blob); a.download = 'nianbao-decisions.json';
  document.body.appendChild(a); a.click(); setTimeout(function(){ URL.revokeObjectURL(a.href); a.remove(); }, 1000);
});
$('import-decisions').addEventListener('change', function(ev){
  var file = ev.target.files && ev.target.files[0]; if (!file) return;
  var reader = new FileReader();
  reader.onload = function(){
    var n = 0; try { n = merge(listOf(JSON.parse(String(reader.result)))); } catch (e) { $('decision-count').textContent = '无法读取该文件：' + e.message; return; }
    save(); render(); $('decision-count').textContent += ' · 已导入 ' + n + ' 条';
  };
  reader.readAsText(file); ev.target.value = '';
});

function render(){ document.body.classList.toggle('hide-failed', state.hideFailed === '1'); renderFindings(); renderCoverage(); renderReview(); }
window.__nianbao = {render: render, filtered: filtered, state: function(){ return state; }, parts: {findings: renderFindings, coverage: renderCoverage, review: renderReview, sync: syncControls}};

// Navigation links scroll without replacing the filter state in the URL.
Array.prototype.forEach.call(document.querySelectorAll('nav a'), function(a){
  a.addEventListener('click', function(ev){ var t = document.querySelector(a.getAttribute('href')); if (t) { ev.preventDefault(); t.scrollIntoView(); } });
});
window.addEventListener('hashchange', function(){
  if (ignoreHash) { ignoreHash = false; return; }
  if (readHash()) { syncControls(); render(); $('findings').scrollIntoView(); }
});
var fromLink = readHash();
syncControls(); render();
if (fromLink) $('findings').scrollIntoView();
performance.mark('nianbao-ready');

// ── charts: plain SVG, tooltips as <title> text ──
var NS = 'http://www.w3.org/2000/svg';
function svg(tag, attrs, title){ var e = document.createElementNS(NS, tag); for (var k in attrs) e.setAttribute(k, attrs[k]); if (title != null) { var t = document.createElementNS(NS, 'title'); t.textContent = title; e.appendChild(t); } return e; }
var palette = ['#2f6fb3','#e07b39','#3a9d5d','#c0392b','#8e6bbf','#c9a227','#4aa3b5','#d35f9b','#7f8c8d'];
function niceStep(v){ if (v <= 0) return 1; var p = Math.pow(10, Math.floor(Math.log10(v))), n = v / p; return Math.max(1, (n <= 1 ? 1 : n <= 2 ? 2 : n <= 5 ? 5 : 10) * p); }
function bars(id, labels, series, horizontal, unit){
  var el = $(id); if (!el) return;
  el.textContent = '';
  if (series.length > 1) el.appendChild(h('div', 'legend', series.map(function(s, k){ var i = h('i'); i.style.background = s.color || palette[k % palette.length]; return h('span', null, [i, s.name]); })));
  var W = Math.max(200, el.clientWidth - 16 || 600), H = Math.max(100, el.clientHeight - (series.length > 1 ? 40 : 16));
  var totals = labels.map(function(_, i){ return series.reduce(function(a, s){ return a + (s.data[i] || 0); }, 0); });
  var top = Math.max.apply(null, totals.concat([0])), step = niceStep(top / 4), ticks = Math.max(1, Math.ceil(top / step)), max = step * ticks;
  var root = svg('svg', {viewBox: '0 0 ' + W + ' ' + H, height: H, role: 'img'});
  var n = labels.length || 1;
  if (!horizontal) {
    var L = 40, B = 20, T = 6, band = (W - L - 4) / n, bw = Math.min(40, band * 0.6);
    for (var g = 0; g <= ticks; g++) { var gy = T + (H - T - B) * (1 - g / ticks); root.appendChild(svg('line', {x1: L, x2: W, y1: gy, y2: gy, stroke: '#e3e8ee'})); var tl = svg('text', {x: L - 4, y: gy + 4, 'text-anchor': 'end'}); tl.textContent = fmt(step * g) + (unit || ''); root.appendChild(tl); }
    labels.forEach(function(lab, i){
      var x = L + band * i + (band - bw) / 2, y = H - B;
      series.forEach(function(s, k){ var v = s.data[i] || 0; if (!v) return; var hgt = (H - T - B) * v / max; y -= hgt;
        root.appendChild(svg('rect', {x: x, y: y, width: bw, height: hgt, fill: s.color || palette[k % palette.length]}, lab + ' · ' + (series.length > 1 ? s.name + '：' : '') + fmt(v) + (unit || ''))); });
      var t = svg('text', {x: L + band * i + band / 2, y: H - 6, 'text-anchor': 'middle'}); t.textContent = String(lab).length > band / 7 ? String(lab).slice(0, Math.max(1, Math.floor(band / 7))) + '…' : lab; root.appendChild(t);
    });
  } else {
    var LW = Math.min(W * 0.42, 12 * Math.max.apply(null, labels.map(function(x){ return String(x).length; }).concat([2])) + 8), row = (H - 4) / n, bh = Math.min(20, row * 0.7);
    labels.forEach(function(lab, i){
      var y = 2 + row * i + (row - bh) / 2, x = LW, chars = Math.max(2, Math.floor((LW - 8) / 12));
      var t = svg('text', {x: LW - 6, y: y + bh / 2 + 4, 'text-anchor': 'end'}, lab); t.appendChild(document.createTextNode(String(lab).length > chars ? String(lab).slice(0, chars - 1) + '…' : lab)); root.appendChild(t);
      series.forEach(function(s, k){ var v = s.data[i] || 0; if (!v) return; var w = (W - LW - 40) * v / max;
        root.appendChild(svg('rect', {x: x, y: y, width: w, height: bh, fill: s.color || palette[k % palette.length]}, lab + ' · ' + (series.length > 1 ? s.name + '：' : '') + fmt(v))); x += w; });
      var tv = svg('text', {x: x + 4, y: y + bh / 2 + 4}); tv.textContent = fmt(totals[i]); root.appendChild(tv);
    });
  }
  el.appendChild(root);
}
var C = D.charts, themeShare = false;
function drawCharts(){
  bars('chart-years', C.years.labels, [{name: '报告数', data: C.years.values}]);
  bars('chart-layouts', C.layouts.labels, [{name: '报告数', data: C.layouts.values}], true);
  bars('chart-rules', C.rules.labels, [['error','错误','#c0392b'],['warning','警告','#c77c0e'],['info','提示','#5b7083'],['na','无法判断','#c3cad3']].map(function(s){ return {name: s[1], color: s[2], data: C.rules[s[0]]}; }), true);
  var ts = C.themes.series;
  if (themeShare) {
    var tot = C.themes.years.map(function(_, i){ return ts.reduce(function(a, s){ return a + s.data[i]; }, 0); });
    ts = ts.map(function(s){ return {name: s.name, data: s.data.map(function(v, i){ return tot[i] ? Math.round(1000 * v / tot[i]) / 10 : 0; })}; });
  }
  bars('chart-themes', C.themes.years, ts, false, themeShare ? '%' : '');
}
try { drawCharts(); document.body.classList.add('charts-on'); drawCharts(); } catch (e) { document.body.classList.remove('charts-on'); }
['themes-count', 'themes-share'].forEach(function(id, k){
  var b = $(id); if (!b) return;
  b.addEventListener('click', function(){ themeShare = k === 1; drawCharts(); $('themes-count').classList.toggle('on', k === 0); $('themes-share').classList.toggle('on', k === 1); });
});
var resizing = 0;
window.addEventListener('resize', function(){ clearTimeout(resizing); resizing = setTimeout(drawCharts, 150); });
})();
`;

/** The page script with the path-encoding pattern the writer uses, so both build the same source links. */
export function dashboardScript(unsafeInPath: string): string {
  return DASHBOARD_SCRIPT.replace('UNSAFE_IN_PATH_SOURCE', JSON.stringify(unsafeInPath));
}

export const TEXT_VIEW_STYLE = `
*{box-sizing:border-box}
body{margin:0;font:15px/1.8 -apple-system,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif;color:#1f2933;background:#f6f8fa}
header{position:sticky;top:0;background:#fff;border-bottom:1px solid #e3e8ee;padding:10px 16px}
h1{font-size:18px;margin:0}
.file{font-size:12px;color:#6b7785;word-break:break-all}
nav{font-size:13px}
a{color:#2f6fb3}
button{font:inherit;font-size:12px;padding:1px 10px;border:1px solid #e3e8ee;border-radius:6px;background:#fff;cursor:pointer}
pre{white-space:pre-wrap;overflow-wrap:anywhere;font:inherit;max-width:960px;margin:16px auto;padding:16px;background:#fff;border:1px solid #e3e8ee;border-radius:8px}
mark{background:#ffe27a;padding:0 2px;border-radius:3px}
mark.current{background:#ffb74d}
`;

/** Marks the spans named in the URL (`#m=start-end,…`, UTF-16 offsets into the original text) and scrolls to the first. */
export const TEXT_VIEW_SCRIPT = `
(function(){
'use strict';
var text = JSON.parse(document.getElementById('text-data').textContent).text;
var pre = document.getElementById('text'), marks = [], at = -1;
function draw(){
  var m = /(?:^|&)m=([0-9,\\-]+)/.exec(location.hash.slice(1)), spans = [];
  if (m) m[1].split(',').forEach(function(p){ var x = p.split('-').map(Number); if (x.length === 2 && x[0] >= 0 && x[1] <= text.length && x[0] <= x[1]) spans.push(x); });
  spans.sort(function(a, b){ return a[0] - b[0]; });
  pre.textContent = ''; marks = []; at = -1;
  var pos = 0;
  spans.forEach(function(s){
    if (s[0] < pos) return;
    pre.appendChild(document.createTextNode(text.slice(pos, s[0])));
    var mk = document.createElement('mark'); mk.textContent = text.slice(s[0], s[1]); pre.appendChild(mk); marks.push(mk);
    pos = s[1];
  });
  pre.appendChild(document.createTextNode(text.slice(pos)));
  next();
}
function next(){
  if (!marks.length) return;
  if (at >= 0) marks[at].classList.remove('current');
  at = (at + 1) % marks.length; marks[at].classList.add('current');
  marks[at].scrollIntoView({block: 'center'});
}
document.getElementById('next').addEventListener('click', next);
window.addEventListener('hashchange', draw);
draw();
})();
`;
