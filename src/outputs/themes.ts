/**
 * Theme files of an output folder: themes.json (the whole ThemeReport plus each statement with its theme),
 * themes.csv (one row per statement, UTF-8 with BOM for Excel/WPS) and themes.md (a Chinese summary).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ProblemPeriod, Theme } from '../model/types.js';
import { OUTLIER_THEME } from '../themes/build.js';
import type { ProblemItem, ThemeReport } from '../themes/types.js';
import { BOM, csvLine } from './csv.js';

export const THEME_FILES = ['themes.json', 'themes.csv', 'themes.md'] as const;

const PERIOD_NAMES: Record<ProblemPeriod, string> = { current: '本年问题', previous: '上年问题', measure: '改进措施' };
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const bodyName = (it: ProblemItem): string => it.agency ?? it.file;

/** Each statement with its theme; offsets are the ones the items carry. */
function statementRows(report: ThemeReport, items: readonly ProblemItem[]) {
  return items.map((it, i) => {
    const a = report.assignments[i];
    return {
      file: it.file,
      agency: it.agency,
      year: it.year,
      period: it.statement.period,
      text: it.statement.text,
      start: it.statement.start,
      end: it.statement.end,
      theme: a?.theme ?? null,
      similarity: a ? Number(a.similarity.toFixed(4)) : 0,
    };
  });
}

export function themesJson(report: ThemeReport, items: readonly ProblemItem[] = []): string {
  return JSON.stringify({ ...report, items: statementRows(report, items) }, null, 2) + "\n";
}

export const THEMES_CSV_COLUMNS = ['主题编号', '主题名称', '主题关键词', '文件', '机关', '年度', '类型', '问题表述', '与主题中心相似度'] as const;

export function themesCsv(report: ThemeReport, items: readonly ProblemItem[]): string {
  const byId = new Map(report.themes.map((t) => [t.id, t] as const));
  const lines = [csvLine([...THEMES_CSV_COLUMNS])];
  items.forEach((it, i) => {
    const a = report.assignments[i];
    const t = a?.theme ? byId.get(a.theme) : undefined;
    lines.push(
      csvLine([
        a?.theme ?? '',
        t?.label ?? '',
        t ? t.terms.join(' ') : '',
        it.file,
        it.agency ?? '',
        it.year ?? null,
        PERIOD_NAMES[it.statement.period],
        it.statement.text,
        a && a.theme ? Number(a.similarity.toFixed(4)) : null,
      ]),
    );
  });
  return BOM + lines.map((l) => l + '\r\n').join('');
}

/** Markdown table cell: no pipes or line breaks. */
const cell = (s: string): string => s.replace(/\|/g, '｜').replace(/\s*\n\s*/g, ' ');

function themeLine(t: Theme): string {
  const years = t.years.length > 0 ? `${t.years[0]}–${t.years[t.years.length - 1]}` : '—';
  return `| ${t.id} | ${cell(t.label)} | ${t.size} | ${t.agencies.length} | ${pct(t.share)} | ${years} | ${cell(t.terms.slice(0, 6).join('、'))} |`;
}

export function themesMarkdown(report: ThemeReport, items: readonly ProblemItem[] = []): string {
  const out: string[] = [];
  const themes = report.themes.filter((t) => t.id !== OUTLIER_THEME);
  const outliers = report.themes.find((t) => t.id === OUTLIER_THEME);
  out.push('# 政府信息公开工作存在问题的主题汇总', '');
  out.push(
    `共 ${report.statements} 条问题表述，来自 ${report.bodies} 个机关，归为 ${themes.length} 个主题` +
      (outliers ? `，另有 ${outliers.size} 条未归入任何主题` : '') +
      '。',
  );
  out.push('', `向量表示：${report.embedder}；聚类方法：${report.method}。`, '');
  out.push('## 主题一览', '', '| 主题 | 代表性表述 | 条数 | 机关数 | 占比 | 年份 | 关键词 |', '|---|---|---|---|---|---|---|');
  for (const t of themes) out.push(themeLine(t));
  if (outliers) out.push(themeLine(outliers));
  out.push('');

  out.push('## 各主题详情', '');
  for (const t of [...themes, ...(outliers ? [outliers] : [])]) {
    out.push(`### ${t.id}：${t.label}`, '');
    const first = t.years[0];
    out.push(
      `- 条数：${t.size}（占全部问题表述的 ${pct(t.share)}）`,
      `- 提及机关（${t.agencies.length} 个）：${t.agencies.slice(0, 12).join('、')}${t.agencies.length > 12 ? ' 等' : ''}`,
      `- 出现年份：${t.years.length > 0 ? t.years.join('、') : '未知'}${first !== undefined ? `（最早 ${first} 年）` : ''}`,
      `- 关键词：${t.terms.join('、') || '—'}`,
      '',
      '典型表述：',
      '',
    );
    for (const e of t.examples) out.push(`> ${e.text}`, `> —— ${e.agency ?? e.file}${e.year !== null ? `，${e.year} 年` : ''}`, '');
  }

  out.push('## 各机关的问题主题', '', '| 机关 | 年份 | 主题（条数） |', '|---|---|---|');
  for (const b of report.byBody) {
    out.push(`| ${cell(b.body)} | ${b.years.join('、') || '—'} | ${b.themes.map((x) => `${x.id}（${x.count}）`).join('、')} |`);
  }
  out.push('');

  if (report.byYear.length > 0) {
    out.push('## 年度变化', '');
    out.push('| 年度 | 问题条数 | 机关数 | 主要主题 |', '|---|---|---|---|');
    for (const y of report.byYear) {
      out.push(`| ${y.year} | ${y.statements} | ${y.bodies} | ${y.themes.slice(0, 4).map((x) => `${x.id} ${pct(x.share)}`).join('、')} |`);
    }
    out.push('');
    const rising = report.trends.filter((t) => t.trend === 'rising').sort((a, b) => b.slope - a.slope);
    const fading = report.trends.filter((t) => t.trend === 'fading').sort((a, b) => a.slope - b.slope);
    if (report.byYear.length < 2) out.push('只有一个年度的数据，无法判断主题的升降。', '');
    else {
      out.push(`- 上升的主题：${rising.map((t) => `${t.id}（每年 +${(t.slope * 100).toFixed(1)} 个百分点）`).join('、') || '无'}`);
      out.push(`- 下降的主题：${fading.map((t) => `${t.id}（每年 ${(t.slope * 100).toFixed(1)} 个百分点）`).join('、') || '无'}`, '');
    }
  }
  if (items.length > 0) {
    const measures = items.filter((it) => it.statement.period === 'measure').length;
    if (measures > 0) out.push(`注：另有 ${measures} 条改进措施未参与聚类（措施不是问题）。`, '');
    const unknown = items.filter((it) => it.agency === null).length;
    if (unknown > 0) out.push(`注：${unknown} 条表述的机关未能识别，以文件名代替（${new Set(items.filter((it) => it.agency === null).map(bodyName)).size} 个文件）。`, '');
  }
  return out.join('\n');
}

/** Writes themes.json, themes.csv and themes.md into `dir`; returns their paths. */
export function writeThemeFiles(dir: string, report: ThemeReport, items: readonly ProblemItem[] = []): string[] {
  mkdirSync(dir, { recursive: true });
  const docs: Record<(typeof THEME_FILES)[number], string> = {
    'themes.json': themesJson(report, items),
    'themes.csv': themesCsv(report, items),
    'themes.md': themesMarkdown(report, items),
  };
  return THEME_FILES.map((name) => {
    const path = join(dir, name);
    writeFileSync(path, docs[name], 'utf8');
    return path;
  });
}
