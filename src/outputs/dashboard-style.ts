/** Styles of report.html and of the per-report text views. */

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
