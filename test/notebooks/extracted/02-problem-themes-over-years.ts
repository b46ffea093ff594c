// Generated from notebooks/02-problem-themes-over-years.ipynb by `npx tsx notebooks/run.ts --sync`; edit the notebook, not this file.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The output folder of `nianbao analyze` (environment variable NIANBAO_OUT; default ../out/sample). */
const OUT = process.env.NIANBAO_OUT ?? '../out/sample';

/** The fields of a reports.jsonl line that this notebook reads (../shared/spec/output.md). */
interface Finding {
  rule: string;
  severity: 'error' | 'warning' | 'info';
  status?: 'fail' | 'not_assessable';
  metric?: string | null;
  message: string;
  expected?: number | null;
  actual?: number | null;
  evidence: { start: number; end: number }[];
}
interface ReportRecord {
  file: string;
  status: 'ok' | 'error' | 'skipped';
  error?: string;
  errorReason?: string;
  agency?: string | null;
  body?: { name: string; province: string | null; city: string | null; county: string | null } | null;
  year?: number | null;
  layout?: string;
  title?: string | null;
  tables?: Record<string, number>;
  claims?: { text: string; start: number; end: number; value: number; unit: string | null; approx: string | null; metric: string | null }[];
  findings?: Finding[];
  problems?: { text: string; start: number; end: number; period: 'current' | 'previous' | 'measure'; theme?: string }[];
}
/** reports.jsonl: one record per line. */
function readRecords(file: string): ReportRecord[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as ReportRecord);
}

/** A theme of themes.json (the fields read here). */
interface Theme {
  id: string;
  label: string;
  terms: string[];
}
const records: ReportRecord[] = readRecords(path.join(OUT, 'reports.jsonl')).filter((r) => r.status === 'ok');
const themesPath = path.join(OUT, 'themes.json');
// themes.json: { themes: Theme[], ... }; read loosely so older output folders still open.
const themesFile = fs.existsSync(themesPath) ? JSON.parse(fs.readFileSync(themesPath, 'utf8')) : { themes: [] };
const themes: Partial<Theme>[] = Array.isArray(themesFile) ? themesFile : (themesFile.themes ?? []);
const labelOf = new Map(themes.map((t) => [t.id!, t.label ?? t.id!]));
const problems = records.flatMap((r) => (r.problems ?? []).map((p) => ({ ...p, agency: r.agency ?? '(未识别)', year: r.year ?? null, file: r.file })));
console.log(`${records.length} 份报告，${problems.length} 条问题陈述，${themes.length} 个主题`);

// 'outliers' is the themes stage's bucket for statements that joined no theme.
const OUTLIERS = 'outliers';
const current = problems.filter((p) => p.period === 'current');
const themed = current.filter((p) => p.theme && p.theme !== OUTLIERS);
const sizeOf = (id: string) => themed.filter((p) => p.theme === id).length;
const themeIds = [...new Set([...themes.map((t) => t.id!), ...themed.map((p) => p.theme!)])]
  .filter((id) => id !== OUTLIERS)
  .sort((a, b) => sizeOf(b) - sizeOf(a));
console.table(
  themeIds.map((id) => {
    const t = themes.find((x) => x.id === id);
    return {
      主题: labelOf.get(id) ?? id,
      编号: id,
      本年问题数: sizeOf(id),
      机关数: new Set(themed.filter((p) => p.theme === id).map((p) => p.agency)).size,
      关键词: (t?.terms ?? []).slice(0, 5).join('、'),
    };
  }),
);
console.log(`本年问题陈述 ${current.length} 条，已归入主题 ${themed.length} 条`);

const years = [...new Set(themed.map((p) => p.year).filter((y): y is number => y != null))].sort();
const reportsWithProblems = (y: number) => new Set(current.filter((p) => p.year === y).map((p) => p.file)).size;
const TOP = themeIds.slice(0, 8);
const shareTable = TOP.map((id) => {
  const row: Record<string, string | number> = { 主题: labelOf.get(id) ?? id };
  for (const y of years) {
    const n = new Set(themed.filter((p) => p.year === y && p.theme === id).map((p) => p.file)).size;
    const d = reportsWithProblems(y);
    row[`${y}年`] = d ? `${((100 * n) / d).toFixed(0)}% (${n}/${d})` : '—';
  }
  return row;
});
console.table(shareTable);

const trends: { id: string; shares: Record<string, number>; slope: number; trend: string }[] = themesFile.trends ?? [];
console.table(
  trends
    .filter((t) => t.id !== OUTLIERS)
    .sort((a, b) => b.slope - a.slope)
    .slice(0, 15)
    .map((t) => ({ 主题: labelOf.get(t.id) ?? t.id, 趋势: t.trend, 每年变化: `${(t.slope * 100).toFixed(1)} 个百分点` })),
);

const previous = problems.filter((p) => p.period === 'previous' && p.theme && p.theme !== OUTLIERS);
console.table(
  themeIds.slice(0, 10).map((id) => ({
    主题: labelOf.get(id) ?? id,
    上年问题_已整改: previous.filter((p) => p.theme === id).length,
    本年问题: sizeOf(id),
  })),
);

const key = (p: { agency: string; theme?: string }) => `${p.agency}\u0000${p.theme}`;
const yearsBy = new Map<string, Set<number>>();
for (const p of themed) if (p.year != null) yearsBy.set(key(p), (yearsBy.get(key(p)) ?? new Set<number>()).add(p.year));
const repeated = [...yearsBy]
  .map(([k, ys]) => {
    const [agency, theme] = k.split('\u0000');
    const sorted = [...ys].sort();
    const consecutive = sorted.some((y, i) => i > 0 && y - (sorted[i - 1] ?? NaN) === 1);
    return { 机关: agency!, 主题: labelOf.get(theme!) ?? theme!, 年度: sorted.join('、'), consecutive };
  })
  .filter((x) => x.consecutive)
  .map(({ consecutive, ...rest }) => rest);
console.log(`${repeated.length} 个(机关, 主题)组合连年出现`);
console.table(repeated.slice(0, 20));

const THEME = themeIds[0];
console.log(`主题 ${THEME}：${labelOf.get(THEME!) ?? ''}`);
console.table(
  themed
    .filter((p) => p.theme === THEME)
    .slice(0, 15)
    .map((p) => ({ 机关: p.agency, 年度: p.year, 问题: p.text })),
);

// Not in the notebook: the library's records must fit the notebook's own ReportRecord.
import type { ReportRecord as LibraryRecord } from '../../../src/model/types.js';
export const fitsLibrary = (r: LibraryRecord): ReportRecord => r;
