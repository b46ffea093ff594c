/**
 * The dashboard's shell: the page script of report.html, put together from its parts, and the script of the
 * per-report text views. The scripts read only their JSON data and build every piece of report text as text nodes
 * (textContent, setAttribute), never as markup. Kept small: the whole shell stays well under 400 KB.
 *
 * Page data (see dashboard-data.ts) comes as JSON, or gzip + base64 for a large batch, inflated with the browser's
 * DecompressionStream. The first page of findings is shown before the rest of the page is built.
 */
import { SCRIPT_CARDS } from './dashboard-script-cards.js';
import { SCRIPT_CHARTS } from './dashboard-script-charts.js';
import { SCRIPT_REVIEW } from './dashboard-script-review.js';
import { SCRIPT_STATE } from './dashboard-script-state.js';

export { DASHBOARD_STYLE, TEXT_VIEW_STYLE } from './dashboard-style.js';

const BOOT = `
(function(){
'use strict';
performance.mark('nianbao-script');
var block = document.getElementById('nianbao-data');
function inflate(b64){
  var bin = atob(b64), bytes = new Uint8Array(bin.length);
  for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text();
}
if (block.getAttribute('data-encoding') === 'gzip-base64') {
  inflate(block.textContent.trim()).then(function(text){ boot(JSON.parse(text)); }, function(e){
    document.getElementById('filter-count').textContent = '无法读取页面数据(需要支持 DecompressionStream 的浏览器)：' + e.message;
  });
} else boot(JSON.parse(block.textContent));
function boot(D){
performance.mark('nianbao-data');
`;

/**
 * After the parts: the first page of findings is found and shown first. For a large batch the count of all findings,
 * the indexes and controls come in a later task (so the browser paints the first page), the coverage grid, review and
 * charts in one after that; a small batch does all at once, so the page is complete when its load event fires.
 */
const START = `
var STAGED = NF > 5000;
function later(f){ if (STAGED) setTimeout(f, 0); else f(); }
function finish(){
  buildIndexes(); syncControls(); document.body.classList.toggle('hide-failed', state.hideFailed === '1'); renderFindings('keep');
  if (fromLink) $('findings').scrollIntoView();
  performance.mark('nianbao-filtered');
  later(function(){ renderCoverage(); renderReview(); startCharts(); performance.mark('nianbao-ready'); window.__nianbaoReady = true; });
}
var fromLink = readHash();
renderFindings('first'); performance.mark('nianbao-first'); later(finish);
}
})();
`;

/** The page script, its parts in order inside one closure. */
export const DASHBOARD_SCRIPT = [BOOT, SCRIPT_STATE, SCRIPT_CARDS, SCRIPT_REVIEW, SCRIPT_CHARTS, START].join('\n');

/** The page script with the path-encoding pattern the writer uses, so both build the same source links. */
export function dashboardScript(unsafeInPath: string): string {
  return DASHBOARD_SCRIPT.replace('UNSAFE_IN_PATH_SOURCE', JSON.stringify(unsafeInPath));
}

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
