/**
 * Theme files of an output folder: themes.json (the whole ThemeReport plus each statement with its theme),
 * themes.csv (one row per statement, UTF-8 with BOM for Excel/WPS) and themes.md (a Chinese summary).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ProblemPeriod, Theme } from '../model/types.js';
import { OUTLIER_THEME } from '../themes/build.js';
import { knownBody, UNKNOWN_BODY, UNKNOWN_REGION } from '../themes/summarise.js';
import type { ProblemItem, ThemeReport } from '../themes/types.js';
import { BOM, csvLine } from './csv.js';
import { JsonArrayOf, jsonChunks, writeChunks } from './chunks.js';

export const THEME_FILES = ['themes.json', 'themes.csv', 'themes.md'] as const;

const PERIOD_NAMES: Record<ProblemPeriod, string> = { current: '本年问题', previous: '上年问题', measure: '改进措施' };
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
/** A body's name for people: never a file path. */
const bodyName = (it: ProblemItem): string => knownBody(it) ?? UNKNOWN_BODY;

/** One statement with its theme; offsets are the ones the item carries. */
function statementRow(it: ProblemItem, a: ThemeReport['assignments'][number] | undefined) {
  return {
    file: it.file,
    agency: it.agency,
    body: it.body?.name ?? null,
    year: it.year,
    period: it.statement.period,
    text: it.statement.text,
    start: it.statement.start,
    end: it.statement.end,
    theme: a?.theme ?? null,
    similarity: a ? Number(a.similarity.toFixed(4)) : 0,
    ...(a?.relatesTo ? { relatesTo: a.relatesTo } : {}),
    ...(it.duplicateOf ? { duplicateOf: it.duplicateOf } : {}),
  };
}

/** themes.json in pieces: the report, then `items`, each statement with its theme, made as it is written. */
function* themesJsonChunks(report: ThemeReport, items: readonly ProblemItem[]): Generator<string> {
  function* rows(): Generator<unknown> {
    for (let i = 0; i < items.length; i++) {
      const it = items[i];
      yield it ? statementRow(it, report.assignments[i]) : undefined;
    }
  }
  // the members of { ...report, items }, in its order
  const doc: Record<string, unknown> = { ...report, items: new JsonArrayOf(rows()) };
  yield* jsonChunks(doc);
  yield '\n';
}

export function themesJson(report: ThemeReport, items: readonly ProblemItem[] = []): string {
  return [...themesJsonChunks(report, items)].join('');
}

export const THEMES_CSV_COLUMNS = ['主题编号', '主题名称', '主题关键词', '文件', '机关', '年度', '类型', '问题表述', '与主题中心相似度', '措施对应主题'] as const;

/** themes.csv in pieces: BOM and header, then one line per statement. */
function* themesCsvChunks(report: ThemeReport, items: readonly ProblemItem[]): Generator<string> {
  const byId = new Map(report.themes.map((t) => [t.id, t] as const));
  yield BOM + csvLine([...THEMES_CSV_COLUMNS]) + '\r\n';
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    if (!it) continue;
    const a = report.assignments[i];
    const t = a?.theme ? byId.get(a.theme) : undefined;
    const answers = a?.relatesTo ? byId.get(a.relatesTo) : undefined;
    yield csvLine([
      a?.theme ?? '',
      t?.label ?? '',
      t ? t.terms.join(' ') : '',
      it.file,
      knownBody(it) ?? '',
      it.year ?? null,
      PERIOD_NAMES[it.statement.period],
      it.statement.text,
      a && a.theme ? Number(a.similarity.toFixed(4)) : null,
      answers?.label ?? '',
    ]) + '\r\n';
  }
}

export function themesCsv(report: ThemeReport, items: readonly ProblemItem[]): string {
  return [...themesCsvChunks(report, items)].join('');
}

/** Markdown table cell: no pipes or line breaks. */
const cell = (s: string): string => s.replace(/\|/g, '｜').replace(/\s*\n\s*/g, ' ');
/** One line of a quotation block. */
const quoted = (s: string): string => s.replace(/\s*\n\s*/g, ' ');

/** Longest quotation shown in themes.md (themes.json and themes.csv keep the whole statement). */
export const MAX_QUOTE = 160;

/** A long statement's opening, cut after a sentence or clause where one ends late enough, marked with “……”. */
export function excerpt(text: string, max = MAX_QUOTE): string {
  const t = quoted(text);
  if (t.length <= max) return t;
  const head = t.slice(0, max);
  const cut = Math.max(head.lastIndexOf('。'), head.lastIndexOf('；'), head.lastIndexOf(';'));
  return `${cut >= max / 2 ? head.slice(0, cut + 1) : head}……`;
}

/** Years as people write them: 2024 年; 2021—2023 年; 2019、2021—2023 年. */
export function yearSpan(years: readonly number[]): string {
  if (years.length === 0) return '年份未知';
  const ys = [...new Set(years)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < ys.length; ) {
    let j = i;
    while (j + 1 < ys.length && ys[j + 1] === (ys[j] ?? NaN) + 1) j++;
    runs.push(j === i ? String(ys[i]) : j === i + 1 ? `${ys[i]}、${ys[j]}` : `${ys[i]}—${ys[j]}`);
    i = j + 1;
  }
  return `${runs.join('、')} 年`;
}

const listBodies = (names: readonly string[], max = 8): string =>
  `${names.slice(0, max).join('、')}${names.length > max ? ` 等 ${names.length} 个` : ''}`;

/** Names of the bodies of a theme for people: known names, unknown ones counted. */
function bodiesLine(t: Theme): string {
  const names = (t.regions ?? []).flatMap((r) => r.bodies);
  const known = [...new Set(names.filter((n) => n !== UNKNOWN_BODY))].sort();
  const unknown = t.agencies.length - known.length;
  return [known.length > 0 ? listBodies(known, 12) : '', unknown > 0 ? `${UNKNOWN_BODY} ${unknown} 个` : ''].filter(Boolean).join('；');
}

function themeSection(t: Theme, n: number, allBodies: number): string[] {
  const out: string[] = [];
  const tag = t.origin === 'discovered' ? '（新发现的主题，建议列入主题目录）' : '';
  out.push(`### ${n}. ${t.label}${tag}`, '');
  if (t.covers) out.push(`涵盖：${t.covers}`, '');
  out.push(
    `- 提及机关：${t.agencies.length} 个（占全部机关的 ${pct(allBodies === 0 ? 0 : t.agencies.length / allBodies)}），${t.size} 条表述` +
      (t.mentions !== undefined && t.mentions !== t.size ? `，按“机关×年度”计 ${t.mentions} 次` : ''),
    `- 年份：${yearSpan(t.years)}` +
      ((t.yearly ?? []).length > 1 ? `（${t.yearly!.map((y) => `${y.year} 年 ${y.bodies} 个机关`).join('，')}）` : ''),
  );
  const regions = t.regions ?? [];
  if (regions.length > 0 && !(regions.length === 1 && regions[0]?.region === UNKNOWN_REGION)) {
    out.push(`- 地区分布：${regions.map((r) => `${r.region}（${r.bodies.length} 个：${listBodies(r.bodies, 5)}）`).join('；')}`);
  } else {
    out.push(`- 机关：${bodiesLine(t) || '—'}`);
  }
  if (t.terms.length > 0) out.push(`- 关键词：${t.terms.slice(0, 8).join('、')}`);
  out.push('');
  const examples = t.examples.slice(0, 3);
  if (examples.length > 0) {
    out.push('代表性表述：', '');
    for (const e of examples) out.push(`> ${excerpt(e.text)}`, `> —— ${e.agency ?? UNKNOWN_BODY}${e.year !== null ? `，${e.year} 年` : ''}`, '');
  }
  const persistent = t.persistent ?? [];
  if (persistent.length > 0) {
    out.push('连续三年及以上表述基本不变的机关：', '');
    for (const p of persistent.slice(0, 8)) out.push(`- ${p.body}（${yearSpan(p.years)}）：“${quoted(p.text)}”`);
    out.push('');
  }
  const shared = t.sharedWording ?? [];
  if (shared.length > 0) {
    out.push('多个机关使用相同表述：', '');
    for (const w of shared.slice(0, 5)) out.push(`- “${quoted(w.text)}”——${listBodies(w.bodies)}`);
    out.push('');
  }
  const measures = t.measures ?? [];
  if (measures.length > 0) {
    out.push('机关提出的改进措施：', '');
    for (const m of measures) out.push(`> ${excerpt(m.text)}`, `> —— ${m.agency ?? UNKNOWN_BODY}${m.year !== null ? `，${m.year} 年` : ''}`, '');
  }
  return out;
}

export function themesMarkdown(report: ThemeReport, items: readonly ProblemItem[] = []): string {
  const out: string[] = [];
  const themes = report.themes.filter((t) => t.id !== OUTLIER_THEME);
  const outliers = report.themes.find((t) => t.id === OUTLIER_THEME);
  const labelOf = (id: string): string => report.themes.find((t) => t.id === id)?.label ?? id;
  const discovered = themes.filter((t) => t.origin === 'discovered');
  const themed = themes.reduce((s, t) => s + t.size, 0);
  const duplicates = items.filter((it) => it.duplicateOf && it.statement.period !== 'measure').length;

  out.push('# 政府信息公开工作存在问题的主题汇总', '');
  if (report.statements === 0 && themes.length === 0 && !outliers) {
    const measures = items.filter((it) => it.statement.period === 'measure').length;
    out.push('没有提取到可归类的问题表述。', ...(measures > 0 ? ['', `另有 ${measures} 条改进措施（措施不是问题，不参与归类）。`] : []), '');
    return out.join('\n');
  }
  out.push(
    `共 ${report.statements} 条问题表述，来自 ${report.bodies} 个机关` +
      (report.byYear.length > 0 ? `、${yearSpan(report.byYear.map((y) => y.year))}` : '') +
      `，归为 ${themes.length} 个主题（覆盖 ${pct(report.statements === 0 ? 0 : themed / report.statements)} 的表述）` +
      (discovered.length > 0 ? `，其中 ${discovered.length} 个是常见问题领域之外新发现的主题` : '') +
      (outliers ? `；另有 ${outliers.size} 条未归入任何主题` : '') +
      '。',
  );
  if (duplicates > 0) out.push('', `重复提交的同一份报告只计一次（${duplicates} 条表述未重复计数）。`);
  out.push('');

  out.push('## 概览', '');
  out.push('| 主题 | 提及机关 | 占全部机关 | 表述条数 | 年份 |', '|---|---|---|---|---|');
  const byBodies = [...themes].sort((a, b) => b.agencies.length - a.agencies.length || b.size - a.size);
  for (const t of byBodies) {
    out.push(`| ${cell(t.label)} | ${t.agencies.length} | ${pct(report.bodies === 0 ? 0 : t.agencies.length / report.bodies)} | ${t.size} | ${yearSpan(t.years)} |`);
  }
  out.push('');

  if (report.byYear.length > 0) {
    out.push('### 按年度', '');
    const ys = report.byYear;
    out.push(`| 主题 | ${ys.map((y) => `${y.year} 年`).join(' | ')} |`, `|---|${ys.map(() => '---').join('|')}|`);
    out.push(`| 报告机关（问题条数） | ${ys.map((y) => `${y.bodies}（${y.statements}）`).join(' | ')} |`);
    for (const t of byBodies.slice(0, 12)) {
      const per = new Map((t.yearly ?? []).map((y) => [y.year, y] as const));
      out.push(`| ${cell(t.label)} | ${ys.map((y) => (per.has(y.year) ? `${per.get(y.year)!.bodies}（${per.get(y.year)!.statements}）` : '—')).join(' | ')} |`);
    }
    out.push('', '表中为提及该主题的机关数（括号内为表述条数）。', '');
    if (ys.length < 2) out.push('只有一个年度的数据，无法判断主题的升降。', '');
    else {
      const rising = report.trends.filter((t) => t.trend === 'rising').sort((a, b) => b.slope - a.slope);
      const fading = report.trends.filter((t) => t.trend === 'fading').sort((a, b) => a.slope - b.slope);
      out.push(`- 占比上升的主题：${rising.map((t) => `${labelOf(t.id)}（每年 +${(t.slope * 100).toFixed(1)} 个百分点）`).join('、') || '无'}`);
      out.push(`- 占比下降的主题：${fading.map((t) => `${labelOf(t.id)}（每年 ${(t.slope * 100).toFixed(1)} 个百分点）`).join('、') || '无'}`, '');
    }
  }

  const copied = themes.flatMap((t) => t.sharedWording ?? []);
  const persistentBodies = new Set(themes.flatMap((t) => (t.persistent ?? []).map((p) => p.body)));
  if (copied.length > 0 || persistentBodies.size > 0) {
    out.push(
      ...[
        copied.length > 0 ? `- ${copied.length} 处表述在多个机关的报告中一字不差（见各主题“多个机关使用相同表述”）。` : '',
        persistentBodies.size > 0 ? `- ${persistentBodies.size} 个机关连续三年及以上用基本相同的话报告同一问题（见各主题“连续三年”一项）。` : '',
      ].filter(Boolean),
      '',
    );
  }

  out.push('## 各主题详情', '');
  themes.forEach((t, k) => out.push(...themeSection(t, k + 1, report.bodies)));

  if (outliers) {
    out.push('## 未归入任何主题的问题', '');
    for (const e of outliers.examples) out.push(`- ${excerpt(e.text)}（${e.agency ?? UNKNOWN_BODY}${e.year !== null ? `，${e.year} 年` : ''}）`);
    if (outliers.size > outliers.examples.length) out.push(`- ……共 ${outliers.size} 条`);
    out.push('');
  }

  out.push('## 各机关的问题主题', '', '| 机关 | 年份 | 主题（条数） |', '|---|---|---|');
  const known = new Set(items.map((it) => knownBody(it)).filter((b): b is string => b !== null));
  const unknownRows = report.byBody.filter((b) => items.length > 0 && !known.has(b.body));
  for (const b of report.byBody) {
    if (unknownRows.includes(b)) continue;
    out.push(`| ${cell(b.body)} | ${b.years.length > 0 ? yearSpan(b.years) : '—'} | ${b.themes.map((x) => `${cell(labelOf(x.id))}（${x.count}）`).join('、')} |`);
  }
  if (unknownRows.length > 0) {
    const counts = new Map<string, number>();
    for (const b of unknownRows) for (const x of b.themes) counts.set(x.id, (counts.get(x.id) ?? 0) + x.count);
    const years = unknownRows.flatMap((b) => b.years);
    out.push(
      `| ${UNKNOWN_BODY}（${unknownRows.length} 份报告） | ${years.length > 0 ? yearSpan(years) : '—'} | ${[...counts.entries()].sort((a, b) => b[1] - a[1]).map(([id, c]) => `${cell(labelOf(id))}（${c}）`).join('、')} |`,
    );
  }
  out.push('');

  if (items.length > 0) {
    const measures = items.filter((it) => it.statement.period === 'measure').length;
    const related = report.assignments.filter((a) => a.relatesTo).length;
    if (measures > 0) out.push(`注：另有 ${measures} 条改进措施未参与聚类（措施不是问题），其中 ${related} 条与某个主题相关，列在该主题之下。`, '');
    const unknown = items.filter((it) => knownBody(it) === null).length;
    if (unknown > 0) out.push(`注：${unknown} 条表述的机关未能识别（${new Set(items.filter((it) => knownBody(it) === null).map((it) => it.file)).size} 份报告），记为“${UNKNOWN_BODY}”。`, '');
  }
  return out.join('\n');
}

/** Writes themes.json, themes.csv and themes.md into `dir`, one after another; returns their paths. */
export function writeThemeFiles(dir: string, report: ThemeReport, items: readonly ProblemItem[] = []): string[] {
  mkdirSync(dir, { recursive: true });
  const docs: Record<(typeof THEME_FILES)[number], () => Iterable<string>> = {
    'themes.json': () => themesJsonChunks(report, items),
    'themes.csv': () => themesCsvChunks(report, items),
    'themes.md': () => [themesMarkdown(report, items)],
  };
  return THEME_FILES.map((name) => {
    const path = join(dir, name);
    writeChunks(path, docs[name]());
    return path;
  });
}
