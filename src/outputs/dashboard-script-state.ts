/**
 * Page script of report.html, first part: the page data expanded (reports as rows, findings kept column by column),
 * DOM helpers, the findings' details, decisions (the run's file, then this browser's), the filter state in the URL,
 * the filter controls, and the indexes built after the first page is shown. Runs inside `boot(D)`.
 */
export const SCRIPT_STATE = `
var RULES = D.rules, METRICS = D.metrics, NAMES = D.names, MSG = D.messages;
// Reports expanded: [file, body, province, city, county, year, state, text view, source link, duplicate of].
var UNSAFE = new RegExp(UNSAFE_IN_PATH_SOURCE, 'g');
function encodePath(p){ return p.split(/[\\\\/]/).map(function(s){ return s.replace(UNSAFE, encodeURIComponent); }).join('/'); }
var RC = D.reports, R = new Array(RC.file.length);
for (var ri = 0; ri < R.length; ri++) {
  R[ri] = [NAMES[RC.dir[ri]] + RC.file[ri], NAMES[RC.body[ri]], NAMES[RC.province[ri]], NAMES[RC.city[ri]], NAMES[RC.county[ri]], RC.year[ri], D.states[RC.state[ri]],
    RC.text[ri] ? 'texts/' + RC.text[ri] + '.html' : '', RC.href[ri] === 0 ? null : RC.href[ri], RC.dup[ri] || ''];
}
// A report's source link: the common prefix + its encoded path unless the data gives another (built when shown).
function sourceOf(r){ if (r[8] === null) r[8] = D.linkPrefix + encodePath(r[0]); return r[8]; }
// Findings stay column by column (one array per field), what the filters read; the report of each from its runs.
var FC = D.findings, F_RULE = FC.rule, F_SEV = FC.severity, F_NA = FC.na, F_MSG = FC.message, NF = F_RULE.length;
// Finding ids: one string of fixed-width ids (shorter ones padded with spaces); as a list only when decisions need it.
var IDS = FC.ids, IDW = FC.idWidth, ID_LIST = null;
function fid(i){ return IDW ? IDS.substr(i * IDW, IDW).replace(/ +$/, '') : ''; }
function idList(){ if (!ID_LIST) { ID_LIST = new Array(NF); for (var j = 0; j < NF; j++) ID_LIST[j] = fid(j); } return ID_LIST; }
var F_REP = new Int32Array(NF);
for (var ru = 0, fo = 0; ru < FC.reports.length; ru += 2) for (var rn = 0; rn < FC.reports[ru + 1]; rn++) F_REP[fo++] = FC.reports[ru];
// What only a card shows, one JSON line per finding parsed for the cards shown:
// [snippets, related cells, metric index + 1, expected, actual, spans, table value], trailing defaults left out.
var DETAILS = null;
// A large batch keeps them in chunk scripts beside the page (details/<k>.js), loaded when a card needs one.
var CH = D.detailChunks, CHUNKS = {}, PENDING = {};
window.__nianbaoDetails = function(k, text){ CHUNKS[k] = text.split('\\n'); delete PENDING[k]; if (typeof renderFindings === 'function') renderFindings(); };
function detail(i){
  var line;
  if (CH) {
    var k = Math.floor(i / CH.size), lines = CHUNKS[k];
    if (lines === undefined) {
      if (!PENDING[k]) { PENDING[k] = 1; var sc = document.createElement('script'); sc.src = CH.dir + '/' + k + '.js'; document.body.appendChild(sc); }
      return null;
    }
    line = lines[i - k * CH.size];
  } else {
    if (DETAILS === null) DETAILS = document.getElementById('nianbao-details').textContent.split('\\n');
    line = DETAILS[i];
  }
  return line ? JSON.parse(line) : [];
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
// Thousands separated as en-US writes them (toLocaleString is slow for thousands of chart labels and cards).
function fmt(n){ return n == null ? '—' : (Math.round(n) === n ? String(n).replace(/\\B(?=(\\d{3})+(?!\\d))/g, ',') : String(Math.round(n * 100) / 100)); }

// ── decisions: the decisions file given to this run, then this browser's, the newer winning ──
var KEY = 'nianbao.decisions.v1';
// Ids of this batch's findings and its files, as sets built when first asked (only decisions need them).
function lazySet(list){ var set = null; return {has: function(x){ if (!set) set = new Set(list()); return set.has(x); }}; }
var ids = lazySet(idList), files = lazySet(function(){ return R.map(function(r){ return r[0]; }); });
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
for (var fi = 0; fi < FC.decided.length; fi += 2) { var fid0 = fid(FC.decided[fi]); if (!decisions[fid0]) decisions[fid0] = {id: fid0, status: FC.decided[fi + 1]}; }
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
  var id = fid(i), r = R[F_REP[i]], prev = live(decisions[id]);
  var d = {id: id, status: status, at: new Date().toISOString(), file: r[0], agency: r[1], rule: RULES[F_RULE[i]][0], message: MSG[F_MSG[i]]};
  if (r[5]) d.year = r[5];
  if (reason) d.reason = reason;
  var c = comment != null ? comment : prev && prev.comment;
  if (c) d.comment = c;
  if (!d.status && !d.comment) d.cleared = true;
  decisions[id] = d; save(); render();
}

// ── filter state, kept in the URL hash so a link reopens the same view ──
var DEFAULTS = {province:'', city:'', county:'', year:'', body:'', rule:'', severity:'', status:'fail', decision:'open', q:'', hideFailed:'', dups:'', page:'1', cpage:'1'};
var state = Object.assign({}, DEFAULTS);
var CONTROLS = {province:'f-province', city:'f-city', county:'f-county', year:'f-year', body:'f-body', rule:'f-rule', severity:'f-severity', status:'f-status', decision:'f-decision', q:'f-q', hideFailed:'f-hide-failed', dups:'f-dups'};
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
var PLACES = [], allYears = [];
function places(){ return PLACES; }
function fillSelect(el, values, current, allLabel){
  el.textContent = '';
  add(el, h('option', null, allLabel)).lastChild.value = '';
  values.forEach(function(v){ var o = h('option', null, String(v)); o.value = String(v); el.appendChild(o); });
  if (current && values.map(String).indexOf(current) < 0) { var o = h('option', null, current); o.value = current; el.appendChild(o); }
  el.value = current;
  // Nothing to choose (a batch whose bodies have no known region, say): the select says so by being disabled.
  el.disabled = !values.length && !current;
}
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

// The indexes the first page does not need, built after it is shown.
var indexed = false;
function buildIndexes(){
  if (indexed) return;
  // Distinct places (province, city, county) of the reports and the expected bodies, for the region selects.
  var seen = new Map(), K = NAMES.length + 1, fromReports = [], named = {};
  for (var i = 0; i < R.length; i++) {
    var key = (RC.province[i] * K + RC.city[i]) * K + RC.county[i];
    if (!seen.has(key)) { seen.set(key, 1); fromReports.push([R[i][2], R[i][3], R[i][4]]); }
  }
  PLACES = [];
  fromReports.concat(EXP.map(function(e){ return [e[1], e[2], e[3]]; })).forEach(function(p){
    var k = p.join('\u0000'); if (!named[k]) { named[k] = 1; PLACES.push(p); } });
  allYears = uniq(R.map(function(r){ return r[5] || 0; }).concat([].concat.apply([], EXP.map(function(e){ return e[4]; })))).map(Number).sort();
  indexed = true;
}
// The body suggestions, filled when the body field is first used (thousands of options are not worth the load).
$('f-body').addEventListener('focus', function(){
  var dl = $('f-bodies'); if (dl.firstChild || !indexed) return;
  uniq(R.map(function(r){ return r[1]; }).concat(EXP.map(function(e){ return e[0]; }))).slice(0, 5000)
    .forEach(function(n){ var o = document.createElement('option'); o.value = n; dl.appendChild(o); });
});
`;
