/**
 * Scores the checks stage against the gold `expected_findings` of ../shared/corpora/{seeds,dev}/*.gold.json:
 * for each expected finding, is a finding of that kind (and, where the gold names one, of that table or
 * 表四 group) present? Gold rule names are free-form; GOLD_RULES maps them to rule ids. Also counts the error
 * findings on reports whose gold expects none beyond its own list (seed 001 above all: prose and tables agree).
 */
import type { Finding } from '../model/types.js';
import type { EvalItem, StageScore } from './types.js';

/** Gold rule name → the rule ids that report that kind of problem. */
export const GOLD_RULES: Record<string, readonly string[]> = {
  table_image: ['table_image'],
  table_missing: ['table_missing'],
  prose_parts: ['prose_parts'],
  prose_vs_table: ['prose_vs_table'],
  prose_rate: ['prose_rate'],
  prose_repeat: ['prose_repeat'],
  layout_outdated: ['layout_outdated'],
  't4.group_sum': ['t4_group_sum'],
  't3.balance': ['t3_balance'],
  't3.column_sum': ['t3_total_processed'],
  't3.total_processed': ['t3_total_processed'],
  't3.row_sum': ['t3_row_sum'],
  section_missing: ['section_missing'],
  year_mismatch: ['year_mismatch'],
  carryover: ['carryover'],
  near_duplicate: ['near_duplicate'],
  scope: ['multiple_documents'],
};

const rulesFor = (gold: string): readonly string[] | undefined => GOLD_RULES[gold] ?? GOLD_RULES[gold.replace(/_/g, '.')] ?? GOLD_RULES[gold.replace(/\./g, '_')];

const TABLE_WORDS = ['表二', '表三', '表四'];
const T4_GROUP_WORDS = ['复议后起诉', '直接起诉'];

/** Whether a finding is about the same table / 表四 group as the gold detail (when the detail names one). */
export function sameTarget(detail: string, f: Finding): boolean {
  // The table the detail names first.
  const table = TABLE_WORDS.map((w) => ({ w, at: detail.indexOf(w) }))
    .filter((x) => x.at >= 0)
    .sort((x, y) => x.at - y.at)[0]?.w;
  if (table && TABLE_WORDS.some((w) => f.message.includes(w)) && !f.message.includes(table)) return false;
  if (f.rule === 't4_group_sum') {
    const group = T4_GROUP_WORDS.find((w) => detail.includes(w));
    if (group) return f.message.includes(group);
    if (detail.includes('行政复议')) return !T4_GROUP_WORDS.some((w) => f.message.includes(w));
  }
  return true;
}

export function scoreChecks(items: EvalItem[]): StageScore {
  let expected = 0;
  let found = 0;
  let unmapped = 0;
  let extraErrors = 0;
  let cleanReports = 0;
  let cleanWithError = 0;
  let seed001Errors: number | null = null;
  const misses: string[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    const { report, analysis } = item;
    // The same report appears as dev/hongze-* text and pdf/hongze-* PDF: score each copy, they are separate inputs.
    const gold = report.gold.expected_findings ?? [];
    const findings = analysis?.findings ?? [];
    const used = new Set<Finding>();
    const matchedRules = new Set<string>();
    for (const g of gold) {
      const ids = rulesFor(g.rule);
      if (!ids) {
        unmapped++;
        misses.push(`${report.name}: gold ${g.rule} has no rule (${g.detail.slice(0, 60)})`);
        continue;
      }
      expected++;
      const hit = findings.find((f) => !used.has(f) && f.status !== 'not_assessable' && ids.includes(f.rule) && sameTarget(g.detail, f));
      if (hit) {
        used.add(hit);
        matchedRules.add(hit.rule);
        found++;
      } else misses.push(`${report.name}: missed ${g.rule} — ${g.detail.slice(0, 80)}`);
    }
    // Errors on reports whose gold lists every real problem: anything of another kind is a false alarm.
    const errors = findings.filter((f) => f.severity === 'error' && f.status !== 'not_assessable' && !used.has(f));
    const goldRules = new Set(gold.flatMap((g) => rulesFor(g.rule) ?? []));
    const unexpected = errors.filter((f) => !goldRules.has(f.rule));
    extraErrors += unexpected.length;
    if (!gold.length) {
      cleanReports++;
      if (unexpected.length) cleanWithError++;
    }
    if (report.name.startsWith('001_')) seed001Errors = unexpected.length;
    for (const f of unexpected.slice(0, 3)) {
      const k = `${report.name}|${f.message}`;
      if (seen.has(k)) continue;
      seen.add(k);
      misses.push(`${report.name}: unexpected error ${f.rule} — ${f.message.slice(0, 80)}`);
    }
  }
  return {
    stage: 'checks',
    lines: [
      { name: 'expected findings recall', value: expected ? found / expected : null, target: 0.9, detail: `${found}/${expected}${unmapped ? ` (+${unmapped} gold kinds without a rule)` : ''}` },
      { name: 'seed 001 unexpected errors', value: seed001Errors, detail: 'should be 0: its prose and tables agree' },
      { name: 'unexpected errors (all reports)', value: extraErrors, detail: `${cleanWithError}/${cleanReports} reports with no expected finding got an error` },
    ],
    misses,
  };
}
