/**
 * Page script of report.html, last part: the charts, plain SVG with tooltips as <title> text (no chart library:
 * the smallest ECharts build alone is over the page's budget).
 */
export const SCRIPT_CHARTS = `
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
function startCharts(){
// Drawn with the chart boxes shown (their width is the charts' width); the tables under them stay if drawing fails.
document.body.classList.add('charts-on');
try { drawCharts(); } catch (e) { document.body.classList.remove('charts-on'); }
['themes-count', 'themes-share'].forEach(function(id, k){
  var b = $(id); if (!b) return;
  b.addEventListener('click', function(){ themeShare = k === 1; drawCharts(); $('themes-count').classList.toggle('on', k === 0); $('themes-share').classList.toggle('on', k === 1); });
});
var resizing = 0;
window.addEventListener('resize', function(){ clearTimeout(resizing); resizing = setTimeout(drawCharts, 150); });
}
`;
