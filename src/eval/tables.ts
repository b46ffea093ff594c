/**
 * Scores the tables stage against the gold `tables` of ../shared/corpora/{seeds,dev}/*.gold.json: a gold cell
 * is right when the value read for its key equals it. Reported overall, per rendering (the rendering of the
 * table the key belongs to; `missing` when that table was not read) and per table.
 */
import type { ReportAnalysis, Structure, TablesResult, TableRendering } from '../model/types.js';
import { parseTables, tableValues } from '../tables/index.js';
import type { EvalItem, ScoreLine, StageScore } from './types.js';
import { at } from '../util/at.js';

const EMPTY_STRUCTURE: Structure = { layoutHint: 'unknown', sections: [], paragraphs: [], boilerplate: [] };

function tablesOf(a: ReportAnalysis): { result: TablesResult; values: Record<string, number> } {
  if (a.tables && (a.tables.tables.length || a.tables.absent.length)) return { result: a.tables, values: a.values ?? tableValues(a.tables) };
  const result = parseTables(a.doc, a.structure ?? EMPTY_STRUCTURE);
  return { result, values: tableValues(result) };
}

const same = (a: number | undefined, b: number) => a !== undefined && Math.abs(a - b) < 1e-6;

export interface TableCellOutcome {
  report: string;
  key: string;
  gold: number;
  got: number | undefined;
  rendering: TableRendering | 'missing';
  raw?: string;
}

/** Every gold cell with what was read for it. */
export function tableOutcomes(items: EvalItem[]): TableCellOutcome[] {
  const out: TableCellOutcome[] = [];
  for (const item of items) {
    const gold = item.report.gold.tables ?? {};
    const keys = Object.keys(gold);
    if (!keys.length) continue;
    const t = item.analysis ? tablesOf(item.analysis) : null;
    for (const key of keys) {
      const id = key.slice(0, 2);
      const table = t?.result.tables.find((x) => x.id === id);
      const cell = table?.cells[key];
      const o: TableCellOutcome = {
        report: item.report.name,
        key,
        gold: at(gold, key),
        got: t?.values[key],
        rendering: table?.rendering ?? 'missing',
      };
      if (cell) o.raw = cell.raw;
      out.push(o);
    }
  }
  return out;
}

export function scoreTables(items: EvalItem[]): StageScore {
  const outcomes = tableOutcomes(items);
  const line = (name: string, list: TableCellOutcome[], target?: number): ScoreLine => {
    const right = list.filter((o) => same(o.got, o.gold)).length;
    const l: ScoreLine = { name, value: list.length ? right / list.length : null, detail: `${right}/${list.length}` };
    if (target !== undefined) l.target = target;
    return l;
  };
  const lines: ScoreLine[] = [line('cell accuracy', outcomes, 1)];
  const renderings = [...new Set(outcomes.map((o) => o.rendering))].sort();
  for (const r of renderings) lines.push(line(`cell accuracy (${r})`, outcomes.filter((o) => o.rendering === r)));
  for (const id of ['t2', 't3', 't4']) lines.push(line(`cell accuracy (${id})`, outcomes.filter((o) => o.key.startsWith(id))));
  const reports = new Set(outcomes.map((o) => o.report));
  const exact = [...reports].filter((r) => outcomes.filter((o) => o.report === r).every((o) => same(o.got, o.gold))).length;
  lines.push({ name: 'reports with every gold cell right', value: reports.size ? exact / reports.size : null, detail: `${exact}/${reports.size}` });
  const misses = outcomes
    .filter((o) => !same(o.got, o.gold))
    .map((o) => `${o.report} ${o.key}: 金标 ${o.gold}, 读得 ${o.got ?? '无'} (${o.rendering}${o.raw ? `, 原文 "${o.raw}"` : ''})`);
  return { stage: 'tables', lines, misses };
}
