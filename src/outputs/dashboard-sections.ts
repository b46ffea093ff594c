/**
 * The server-rendered sections of report.html: overview cards, fallback tables under the charts, filter controls,
 * tables by rule and by body, theme cards and failed files. Every piece of report text goes through `escapeHtml`;
 * the findings, coverage grid and review sections are filled by the page script.
 */
import type { Overview, ThemeExtras } from './dashboard-data.js';
import { escapeHtml, fmt, pct, sourceHref } from './html-text.js';
import { ERROR_REASON_NAMES, LAYOUT_NAMES, nameOf, RULE_DESCRIPTIONS, RULE_NAMES, SEVERITY_NAMES } from './lexicon.js';
import { OUTLIER_THEME_ID, type ThemeLike } from './types.js';

const MAX_BODIES = 100;
const MAX_THEME_CARDS = 60;

const TREND_NAMES: Record<string, string> = { rising: '上升', fading: '下降', steady: '平稳', 'single-year': '仅一年' };

function trendOf(t: ThemeLike & ThemeExtras, trends: Map<string, string>): string | null {
  const v = t.trend;
  const code = typeof v === 'string' ? v : v && typeof v === 'object' ? ((v as { trend?: unknown; direction?: unknown }).trend ?? (v as { direction?: unknown }).direction) : trends.get(t.id);
  return typeof code === 'string' ? (TREND_NAMES[code] ?? code) : null;
}

function table(headers: string[], rows: string[][], cls = ''): string {
  return `<div class="scroll"><table class="grid ${cls}"><thead><tr>${headers.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
    .join('')}</tbody></table></div>`;
}

/** A theme's example statement, long ones cut (the whole text stays in the tooltip), with who said it. */
function exampleItem(e: { text: string; agency: string | null; year: number | null }): string {
  const MAX = 90;
  const short = e.text.length > MAX ? `${e.text.slice(0, MAX)}…` : e.text;
  const who = [e.agency, e.year != null ? `${e.year}年` : null].filter(Boolean).join(' ');
  return `<li${short !== e.text ? ` title="${escapeHtml(e.text)}"` : ''}>${escapeHtml(short)}${who ? ` <span class="muted">— ${escapeHtml(who)}</span>` : ''}</li>`;
}

function themeCard(t: ThemeLike & ThemeExtras, total: number, trends: Map<string, string>): string {
  const examples = (t.examples ?? []).slice(0, 4);
  const readable = [t.title, t.name].find((x): x is string => typeof x === 'string' && x.trim() !== '');
  const label = t.id === OUTLIER_THEME_ID ? '未归入任何主题的问题' : (readable ?? t.label ?? t.id);
  const trend = trendOf(t, trends);
  return `<article class="theme${t.id === OUTLIER_THEME_ID ? ' outliers' : ''}"><header><span class="theme-label">${escapeHtml(label)}</span>
<span class="muted">${escapeHtml(t.id)} · ${fmt(t.size ?? 0)} 条 · ${t.share != null ? `${(t.share * 100).toFixed(1)}%` : pct(t.size ?? 0, total)}${t.agencies ? ` · ${t.agencies.length} 个机关` : ''}${trend ? ` · 趋势：<span class="trend">${escapeHtml(trend)}</span>` : ''}</span></header>
${readable && t.label && t.label !== readable ? `<p class="central">${escapeHtml(t.label)}</p>` : ''}
${typeof t.description === 'string' && t.description.trim() ? `<p class="theme-desc">${escapeHtml(t.description)}</p>` : ''}
${t.terms?.length ? `<p class="terms">${t.terms.slice(0, 10).map((x) => `<span class="term">${escapeHtml(x)}</span>`).join('')}</p>` : ''}
${examples.length ? `<ul class="examples">${examples.map(exampleItem).join('')}</ul>` : ''}
</article>`;
}


/** The page body: header, navigation and every section. */
export function pageSections(o: Overview, meta: { title: string; generatedAt: string; expected: number; sourceBase: string | undefined }): string {
  const { title, generatedAt, expected, sourceBase } = meta;
  const card = (label: string, value: string, note = '', id = ''): string =>
    `<div class="card"${id ? ` data-count="${id}"` : ''}><div class="value">${value}</div><div class="label">${label}</div>${note ? `<div class="note">${note}</div>` : ''}</div>`;
  const stateLink = (params: Record<string, string>): string => `#${new URLSearchParams(params).toString()}`;
  const select = (id: string, label: string, options: string): string => `<label class="f"><span>${label}</span><select id="${id}">${options}</select></label>`;

  return `
<header class="top"><div class="inner"><h1>${escapeHtml(title)}</h1><p class="muted">生成于 ${escapeHtml(generatedAt)} · nianbao</p>
<nav><a href="#overview">总览</a><a href="#coverage">覆盖</a><a href="#rules">按规则</a><a href="#bodies">按机关</a><a href="#findings">问题详情</a><a href="#review">审核记录</a><a href="#themes">问题主题</a><a href="#failed">读取失败</a></nav></div></header>
<main>
<section id="overview"><h2>总览</h2>
<div class="cards">
${card('文件', fmt(o.records.length), o.skipped.length ? `${fmt(o.skipped.length)} 个非年报文件已跳过` : '', 'files')}
${card('成功读取', fmt(o.ok.length), `${pct(o.ok.length, o.records.length)}${o.duplicates ? ` · 其中 ${fmt(o.duplicates)} 份与其他文件重复，只计一次` : ''}`, 'ok')}
${card('读取失败', fmt(o.failed.length), '', 'failed')}
${card('问题发现', fmt(o.findings), `${fmt(o.reportsWithErrors)} 份报告有错误 · ${fmt(o.unassessable)} 条无法判断`, 'findings')}
${card('正文数字', fmt(o.claims), '', 'claims')}
${card('问题陈述', fmt(o.problems), `${fmt(o.realThemes)} 个主题`, 'problems')}
</div>
<div class="row">
<div class="panel"><h3>报告年度</h3><div class="chart" id="chart-years"></div><div class="fallback">${table(['年度', '报告数'], o.years.map(([y, n]) => [escapeHtml(y), fmt(n)]), 'compact')}</div></div>
<div class="panel"><h3>表格格式</h3><div class="chart" id="chart-layouts"></div><div class="fallback">${table(['格式', '报告数'], o.layouts.map(([k, n]) => [escapeHtml(nameOf(LAYOUT_NAMES, k)), fmt(n)]), 'compact')}</div></div>
<div class="panel"><h3>文件类型与读取失败</h3>${table(['文件类型', '文件数'], o.formats.map(([k, n]) => [escapeHtml(k), fmt(n)]), 'compact')}
${o.reasons.length ? table(['失败原因', '文件数'], o.reasons.map(([k, n]) => [escapeHtml(nameOf(ERROR_REASON_NAMES, k)), fmt(n)]), 'compact') : '<p class="muted">全部文件读取成功。</p>'}</div>
</div></section>

<section id="filters-box"><div class="filters" id="filters">
${select('f-province', '省', '<option value="">全部</option>')}${select('f-city', '市', '<option value="">全部</option>')}${select('f-county', '县区', '<option value="">全部</option>')}
${select('f-year', '年度', '<option value="">全部</option>')}
<label class="f grow"><span>机关</span><input id="f-body" type="search" list="f-bodies" placeholder="机关名称"><datalist id="f-bodies"></datalist></label>
${select('f-rule', '规则', `<option value="">全部规则</option>${o.rules.map(([k]) => `<option value="${escapeHtml(k)}">${escapeHtml(nameOf(RULE_NAMES, k))}</option>`).join('')}`)}
${select('f-severity', '级别', `<option value="">全部</option>${['error', 'warning', 'info'].map((s) => `<option value="${s}">${SEVERITY_NAMES[s]}</option>`).join('')}`)}
${select('f-status', '结论', '<option value="fail">不符</option><option value="na">无法判断</option><option value="all">全部</option>')}
${select('f-decision', '审核', '<option value="open">未排除</option><option value="undecided">待审</option><option value="confirmed">已确认</option><option value="dismissed">已排除</option><option value="commented">有备注</option><option value="all">全部</option>')}
<label class="f grow"><span>搜索</span><input id="f-q" type="search" placeholder="文件、说明…"></label>
<label class="f check"><input id="f-hide-failed" type="checkbox"> 隐藏读取失败</label>
<label class="f check"><input id="f-dups" type="checkbox"> 显示重复文件的问题</label>
<button type="button" id="f-reset">清除筛选</button>
</div></section>

<section id="coverage"><h2>覆盖情况</h2>
<p class="muted">每个机关每年一份报告：<span class="cv ok">✓</span> 已读取 <span class="cv errors">!</span> 有错误 <span class="cv duplicate">重</span> 重复 <span class="cv failed">✗</span> 读取失败 <span class="cv skipped">–</span> 非年报 <span class="cv missing">缺</span> 应有而未收到${expected ? `(名单 ${fmt(expected)} 个机关)` : ''}</p>
<div id="coverage-summary" class="muted"></div>
<div class="scroll"><table class="grid coverage" id="coverage-grid"></table></div>
<div class="pager" id="coverage-pager"></div>
</section>

<section id="rules"><h2>按规则</h2>
${o.rules.length ? `<div class="chart wide" id="chart-rules" style="height:${Math.max(160, 40 + o.rules.length * 28)}px"></div>
${table(['规则', '代码', '错误', '警告', '提示', '无法判断', '不符的报告'], o.rules.map(([k, s]) => [`<a href="${escapeHtml(stateLink({ rule: k, status: 'all' }))}" class="jump" data-rule="${escapeHtml(k)}">${escapeHtml(nameOf(RULE_NAMES, k))}</a>${RULE_DESCRIPTIONS[k] ? `<div class="desc">${escapeHtml(RULE_DESCRIPTIONS[k])}</div>` : ''}`, `<code>${escapeHtml(k)}</code>`, fmt(s.error), fmt(s.warning), fmt(s.info), fmt(s.na), fmt(s.reports.size)]), 'rules')}` : '<p class="muted">没有问题发现。</p>'}
</section>

<section id="bodies"><h2>按机关</h2>
${table(['机关', '年度', '报告数', '错误', '警告', '无法判断'], o.bodies.slice(0, MAX_BODIES).map(([k, s]) => [`<a href="${escapeHtml(stateLink({ body: k, status: 'all' }))}" class="jump" data-agency="${escapeHtml(k)}">${escapeHtml(k)}</a>`, escapeHtml([...s.years].sort().join('、')), fmt(s.reports), s.errors ? `<span class="err">${fmt(s.errors)}</span>` : '0', fmt(s.warnings), fmt(s.na)]), 'bodies')}
${o.bodies.length > MAX_BODIES ? `<p class="muted">另有 ${fmt(o.bodies.length - MAX_BODIES)} 个机关未列出，可在上方按机关筛选，或见 findings.xlsx。</p>` : ''}
</section>

<section id="findings"><h2>问题详情</h2>
<p class="muted" id="filter-count"></p>
<div id="finding-list"></div>
<div class="pager" id="finding-pager"></div>
</section>

<section id="review"><h2>审核记录</h2>
<p class="muted">确认、排除和备注保存在本浏览器中；导出为文件后，可交给同事导入，或在重新运行时用 <code>nianbao analyze … --decisions 文件</code> 带入结果。</p>
<div class="review-tools"><button type="button" id="export-decisions">导出审核记录</button>
<label class="button">导入审核记录<input type="file" id="import-decisions" accept=".json,application/json"></label>
<span id="decision-count" class="muted"></span></div>
<div id="orphans"></div>
</section>

<section id="themes"><h2>问题主题</h2>
${o.themes.length ? `${o.themeYears.length ? '<div class="chart-tools"><button type="button" id="themes-count" class="on">数量</button><button type="button" id="themes-share">占比</button></div><div class="chart wide" id="chart-themes" style="height:320px"></div>' : ''}
<p class="muted">各年度报告“存在的主要问题及改进情况”中归入各主题的问题陈述数；“占比”为占该年度归入主题的陈述的比例。</p>
<div class="themes">${o.themes.slice(0, MAX_THEME_CARDS).map((t) => themeCard(t, o.themedTotal, o.trends)).join('\n')}</div>
${o.themes.length > MAX_THEME_CARDS ? `<p class="muted">另有 ${fmt(o.themes.length - MAX_THEME_CARDS)} 个较小的主题未列出，见 themes.md / findings.xlsx。</p>` : ''}` : `<p class="muted">${o.problems ? `共 ${fmt(o.problems)} 条问题陈述，尚未聚类为主题。` : '没有提取到问题陈述。'}</p>`}
</section>

<section id="failed"><h2>读取失败</h2>
${o.failed.length ? table(['文件', '原因', '说明'], o.failed.map((r) => [`<a href="${escapeHtml(sourceHref(r.file, sourceBase))}">${escapeHtml(r.file)}</a>`, escapeHtml(nameOf(ERROR_REASON_NAMES, r.errorReason ?? 'internal')), escapeHtml(r.error ?? '')]), 'failed') : '<p class="muted">没有读取失败的文件。</p>'}
${o.skipped.length ? `<h3>不是报告，已跳过</h3>\n${table(['文件', '说明'], o.skipped.map((r) => [escapeHtml(r.file), escapeHtml(r.error ?? '')]), 'skipped')}` : ''}
</section>
</main>`;
}
