/** 2021-layout 表二: this year's 现行有效 ≈ last year's 现行有效 + 本年制发 − 本年废止 (documents also lapse). */
import type { Finding, ReportAnalysis } from '../../model/types.js';
import { failed, type CorpusRule } from '../engine.js';
import { cellsOf, corpusCell, withSettled, type CorpusCells } from '../corpus-cells.js';
import { addFinding, consecutivePairs, fileLabel } from '../corpus.js';

const ROWS = [
  { key: 'regulations', name: '规章' },
  { key: 'normative', name: '行政规范性文件' },
] as const;
const KEYS = ROWS.flatMap((r) => ['in_force', 'issued', 'repealed'].map((c) => `t2.${r.key}.${c}`));

/** What this rule keeps of a report: the 表二 cells of ROWS. */
export const inForceContinuity: CorpusRule<CorpusCells> = {
  id: 'in_force_continuity',
  severity: 'warning',
  confidence: 0.7,
  scope: 'corpus',
  title: '现行有效件数与上年度不衔接',
  description:
    '同一机关相邻两年（2021年格式表二）：本年现行有效件数一般等于上年现行有效件数加本年制发、减本年废止；文件也会自然失效，故只作警告。',
  messages: {
    mismatch: {
      zh: '表二{row}现行有效{now}件，按{previous}的现行有效{before}件＋本年制发{issued}件－本年废止{repealed}件应为{expected}件',
      en: 'Table 2, {row}: {now} in force, but {previous} had {before} in force, + {issued} issued − {repealed} repealed this year gives {expected}',
    },
  },
  summarise(a: ReportAnalysis): CorpusCells {
    return cellsOf(a, KEYS);
  },
  settle: withSettled,
  run(all) {
    const out = new Map<string, Finding[]>();
    for (const { prev, cur } of consecutivePairs(all)) {
      for (const r of ROWS) {
        const before = corpusCell(prev.summary, `t2.${r.key}.in_force`);
        const issued = corpusCell(cur.summary, `t2.${r.key}.issued`);
        const repealed = corpusCell(cur.summary, `t2.${r.key}.repealed`);
        const now = corpusCell(cur.summary, `t2.${r.key}.in_force`);
        if (!before.ok || !issued.ok || !repealed.ok || !now.ok) continue;
        const expected = before.value + issued.value - repealed.value;
        if (expected === now.value) continue;
        addFinding(
          out,
          cur.report.file,
          failed(
            this,
            'mismatch',
            { row: r.name, now: now.value, previous: fileLabel(prev.report), before: before.value, issued: issued.value, repealed: repealed.value, expected },
            { metric: `t2.${r.key}.in_force`, expected, actual: now.value, evidence: [] },
          ),
        );
      }
    }
    return out;
  },
};
