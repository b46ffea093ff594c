/** The six sections of the standard format: each present and not empty. */
import type { Finding, ReportAnalysis, SectionNo } from '../../model/types.js';
import { failed, message, type ReportRule } from '../engine.js';
import { EMPTY_SECTION_CHARS, MAY_ANSWER_NOTHING, NOTHING_TO_REPORT, SECTION_NUMERALS, SECTION_TITLES } from '../lexicon/report.js';
import { expectsStandardFormat } from '../scope.js';
import { beyondCut, inputCut } from '../completeness.js';
import { missingTables } from '../absence.js';
import { TABLE_SECTION } from '../lexicon/cells.js';

const NOT_MEANINGFUL = /[\s\p{P}\p{S}0-9]/u;

/**
 * The section body without spaces, punctuation, symbols and digits, read only until it is `enough` long: whether
 * a body is empty, and how an empty one starts, is all the rule asks (a whole section need not be copied).
 */
function meaningfulPrefix(body: string, enough: number): string {
  let out = '';
  for (const ch of body) {
    if (NOT_MEANINGFUL.test(ch)) continue;
    out += ch;
    if (out.length >= enough) break;
  }
  return out;
}

export const sectionMissing: ReportRule = {
  id: 'section_missing',
  severity: 'warning',
  confidence: 0.8,
  scope: 'report',
  title: '缺少部分或部分内容为空',
  description: '按2019年以后的格式，年报应有总体情况、主动公开、依申请公开、复议诉讼、存在问题、其他事项六个部分，且每部分有内容。',
  messages: {
    missing: { zh: '报告缺少{parts*}', en: 'The report lacks {parts*}' },
    empty: { zh: '{part}只有标题，没有内容', en: '{part} has a heading and nothing under it' },
    part: { zh: '第{numeral}部分“{title}”', en: 'part {numeral} "{title}"' },
  },
  run(a: ReportAnalysis): Finding[] {
    if (!expectsStandardFormat(a)) return [];
    const sections = a.structure.sections;
    // No section found at all says more about the text than about the report: nothing to judge.
    if (sections.length === 0) return [];
    const out: Finding[] = [];
    const missing: SectionNo[] = [];
    // Where the input stops (an excerpt, lost pages), what is not there is not missing from the report.
    const cut = inputCut(a);
    // A table part (二–四) left empty is said once, by table_missing (未发布表N：第N部分只有标题).
    const saidByTable = new Set(missingTables(a).filter((m) => m.reason === 'empty-section').map((m) => TABLE_SECTION[m.id] as SectionNo));
    for (const n of [1, 2, 3, 4, 5, 6] as SectionNo[]) {
      const s = sections.find((x) => x.n === n);
      const name = message(this, 'part', { numeral: SECTION_NUMERALS[n], title: SECTION_TITLES[n] });
      if (!s) {
        if (!beyondCut(cut, n)) missing.push(n);
        continue;
      }
      if (cut && cut.kind !== 'pages-missing' && cut.section === n) continue;
      const bodyStart = s.headingSpan ? Math.max(s.start, s.headingSpan.end) : s.start;
      const body = meaningfulPrefix(a.doc.text.slice(bodyStart, s.end), EMPTY_SECTION_CHARS);
      const hasTable = a.tables.tables.some((t) => t.start < s.end && t.end > s.start);
      const answered = MAY_ANSWER_NOTHING.includes(n) && NOTHING_TO_REPORT.test(body);
      if (body.length < EMPTY_SECTION_CHARS && !hasTable && !answered && !saidByTable.has(n))
        out.push(failed(this, 'empty', { part: name }, { evidence: [s.headingSpan ?? s] }));
    }
    // One finding for all missing parts (a report with 一 and 六 only lacks four).
    if (missing.length)
      out.unshift(
        failed(this, 'missing', { parts: missing.map((n) => message(this, 'part', { numeral: SECTION_NUMERALS[n], title: SECTION_TITLES[n] })) }, {
          actual: missing.length,
          evidence: [],
        }),
      );
    return out;
  },
};
