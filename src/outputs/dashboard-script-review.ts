/**
 * Page script of report.html, third part: the coverage grid (bodies × years), the review section (counts, decisions
 * whose finding is gone, export and import), and the whole-page render.
 */
export const SCRIPT_REVIEW = `
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

function render(mode){ document.body.classList.toggle('hide-failed', state.hideFailed === '1'); renderFindings(mode); if (!indexed) return; renderCoverage(); renderReview(); }
window.__nianbao = {render: render, filtered: filtered, state: function(){ return state; }, parts: {findings: renderFindings, coverage: renderCoverage, review: renderReview, sync: syncControls}};

// Navigation links scroll without replacing the filter state in the URL.
Array.prototype.forEach.call(document.querySelectorAll('nav a'), function(a){
  a.addEventListener('click', function(ev){ var t = document.querySelector(a.getAttribute('href')); if (t) { ev.preventDefault(); t.scrollIntoView(); } });
});
window.addEventListener('hashchange', function(){
  if (ignoreHash) { ignoreHash = false; return; }
  if (readHash()) { syncControls(); render(); $('findings').scrollIntoView(); }
});
`;
