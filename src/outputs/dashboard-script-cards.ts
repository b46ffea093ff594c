/**
 * Page script of report.html, second part: which findings pass the filters, one finding card with its review bar and
 * forms, the pager, and the list.
 */
export const SCRIPT_CARDS = `
// ── which reports and findings pass the filters ──
function reportPasses(){
  var dups = state.dups === '1';
  var ok = new Uint8Array(R.length), b = state.body.trim().toLowerCase(), y = state.year ? Number(state.year) : 0;
  for (var i = 0; i < R.length; i++) {
    var r = R[i];
    ok[i] = (!state.province || r[2] === state.province) && (!state.city || r[3] === state.city) && (!state.county || r[4] === state.county) &&
      (!y || r[5] === y) && (!b || r[1].toLowerCase().indexOf(b) >= 0) && !(state.hideFailed === '1' && r[6] === 'failed') && (dups || !r[9]) ? 1 : 0;
  }
  return ok;
}
var search = new Array(NF);
// The findings that pass the filters, in order; with a limit, only the first that many (the first page at load).
function filtered(limit){
  var rep = reportPasses(), out = [], q = state.q.trim().toLowerCase();
  var rule = -1; if (state.rule) { rule = -2; RULES.forEach(function(x, i){ if (x[0] === state.rule) rule = i; }); }
  var sev = state.severity ? SEV.indexOf(state.severity) : -1, st = state.status, dec = state.decision;
  // With no decision at all, 'open' and 'undecided' keep every finding: no lookup per finding.
  var any = false; for (var k in decisions) { any = true; break; }
  if (!any && (dec === 'open' || dec === 'undecided')) dec = 'all';
  var idl = dec !== 'all' ? idList() : null;
  for (var i = 0; i < NF; i++) {
    if (!rep[F_REP[i]] || (rule !== -1 && F_RULE[i] !== rule) || (sev >= 0 && F_SEV[i] !== sev)) continue;
    if ((st === 'fail' && F_NA[i]) || (st === 'na' && !F_NA[i])) continue;
    if (dec !== 'all') {
      var d = live(decisions[idl[i]]), ds = d && d.status;
      if ((dec === 'open' && ds === 'dismissed') || (dec === 'undecided' && ds) || (dec === 'confirmed' && ds !== 'confirmed') ||
          (dec === 'dismissed' && ds !== 'dismissed') || (dec === 'commented' && !(d && d.comment))) continue;
    }
    if (q) {
      var rr = R[F_REP[i]], ru = RULES[F_RULE[i]], s = search[i] || (search[i] = (MSG[F_MSG[i]] + ' ' + rr[0] + ' ' + rr[1] + ' ' + ru[0] + ' ' + ru[1]).toLowerCase());
      if (s.indexOf(q) < 0) continue;
    }
    out.push(i);
    if (limit && out.length >= limit) break;
  }
  return out;
}

// ── one finding card ──
function segments(parts){ var p = h('p'); parts.forEach(function(x, k){ add(p, k % 2 ? h('mark', null, x) : x); }); return p; }
function row(th, td, cls){ return h('tr', null, [h('th', null, th), h('td', cls, td)]); }
function card(i){
  var id = fid(i), sev = F_SEV[i], na = F_NA[i], ru = RULES[F_RULE[i]], r = R[F_REP[i]], d = live(decisions[id]), status = d && d.status;
  // The details (null while their chunk loads): [snippets, cells, metric + 1, expected, actual, spans, table value].
  var more = detail(i), x = more || [], quotes = x[0] || 0, cells = x[1] || 0, metric = (x[2] || 0) - 1, ex = x[3], ac = x[4], spans = x[5] || '', value = x[6] || '';
  var el = h('article', 'finding sev-' + SEV[sev] + (na ? ' na' : '') + (status ? ' d-' + status : ''));
  el.setAttribute('data-id', id); el.setAttribute('data-i', String(i)); el.setAttribute('data-rule', ru[0]);
  var head = h('header', null, [h('span', 'badge sev-' + SEV[sev], SEVN[sev]), h('span', 'rule', ru[1]), h('code', null, ru[0])]);
  if (na) add(head, h('span', 'badge na', '无法判断'));
  if (status) add(head, h('span', 'badge ' + status, DNAME[status]));
  el.appendChild(head);
  var where = h('div', 'where', [h('span', 'agency', r[1] || '(机关未识别)'), r[5] ? h('span', 'year', r[5] + '年') : null, h('span', 'file', r[0])]);
  if (r[7]) add(where, link(r[7] + (spans ? '#m=' + spans : ''), '原文', 'text-link'));
  add(where, link(sourceOf(r), '源文件', 'source-link'));
  el.appendChild(where);
  el.appendChild(h('p', 'message', MSG[F_MSG[i]]));
  var prose = quotes ? h('div', 'prose', [h('h4', null, '原文')].concat(quotes.map(segments))) : more ? null : h('div', 'prose loading', h('p', 'muted', '原文加载中…'));
  var rows = [];
  if (metric >= 0) { var m = METRICS[metric]; rows.push(row('指标', [m[1], m[1] !== m[0] ? h('div', 'key', m[0]) : null])); }
  if (value) rows.push(row('表格数值', value, 'num'));
  if (cells) rows.push(row('相关单元格', cells.map(function(c){ return h('span', 'mini' + (c[2] ? ' this' : ''), [c[0] + ' ', h('b', null, c[1])]); })));
  if (ex != null) rows.push(row('期望值', fmt(ex), 'num'));
  if (ac != null) rows.push(row('实际值', fmt(ac), 'num'));
  if (ex != null && ac != null) rows.push(row('差', fmt(ac - ex), 'num diff'));
  var cell = rows.length ? h('div', 'cell', [h('h4', null, '表格'), h('table', null, rows)]) : null;
  if (prose || cell) el.appendChild(h('div', 'evidence' + (prose && cell ? '' : ' single'), [prose, cell]));
  el.appendChild(reviewBar(i, d));
  return el;
}
function button(text, act, cls){ var b = h('button', cls, text); b.type = 'button'; b.setAttribute('data-act', act); return b; }
function reviewBar(i, d){
  var bar = h('div', 'review');
  if (!fid(i)) return bar;
  add(bar, [button('确认', 'confirm'), button('排除…', 'dismiss'), button('备注…', 'comment')]);
  if (d) add(bar, button('撤销', 'clear'));
  if (d) add(bar, h('span', 'said', [d.status ? DNAME[d.status] : '', d.reason ? '：' + d.reason : '', d.comment ? ' · 备注：' + d.comment : '']));
  return bar;
}
function openForm(el, i, kind){
  var bar = el.querySelector('.review'), old = bar.querySelector('form'); if (old) old.remove();
  var d = live(decisions[fid(i)]), form = h('form');
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

// At load of a large batch, 'first' looks only for the findings of the page asked for and shows them; 'keep' then
// counts them all and leaves the cards in place when they are the same ones.
var shownCards = null;
function renderFindings(mode){
  var first = mode === 'first';
  var list = filtered(first ? Math.max(1, Number(state.page) || 1) * PAGE : 0), pages = Math.max(1, Math.ceil(list.length / PAGE)), page = Math.min(Math.max(1, Number(state.page) || 1), pages);
  var slice = list.slice((page - 1) * PAGE, page * PAGE), key = slice.join(',');
  if (!(mode === 'keep' && key === shownCards)) {
    var box = $('finding-list'); box.textContent = '';
    var frag = document.createDocumentFragment();
    slice.forEach(function(i){ frag.appendChild(card(i)); });
    box.appendChild(frag);
    shownCards = key;
  }
  if (first) { $('filter-count').textContent = '共 ' + NF + ' 条，正在筛选…'; $('finding-pager').textContent = ''; return list.length; }
  $('filter-count').textContent = '显示 ' + list.length + ' / ' + NF + ' 条' + (pages > 1 ? '(每页 ' + PAGE + ' 条)' : '');
  pager($('finding-pager'), page, pages, 'page');
  return list.length;
}
`;
