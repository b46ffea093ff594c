/**
 * A RuleTester in the manner of ESLint's: each rule's valid cases (no finding) and invalid cases (the findings
 * expected, each named by the rule's message template and the data it is filled with). Per-report rules take one
 * analysis a case; corpus rules take a batch of analyses, summarised and run as the batch pass does, and each
 * expected finding names the file it belongs to.
 */
import { describe, expect, it } from 'vitest';
import type { Finding, ReportAnalysis } from '../../src/model/types.js';
import type { CorpusRule, ReportRule } from '../../src/checks/engine.js';
import { corpusItems } from '../../src/checks/corpus.js';
import { render, type MessageValue } from '../../src/checks/messages.js';
import { build, type BuildSpec } from './fixtures/builder.js';

/** A fragment rendered from another template of the same rule (a quoted title, a list item). */
export interface Fragment {
  of: string;
  data?: CaseData;
}
export type CaseValue = MessageValue | Fragment | readonly Fragment[];
export interface CaseData {
  [name: string]: CaseValue;
}

export interface Expected {
  message: string;
  data?: CaseData;
  status?: Finding['status'];
  severity?: Finding['severity'];
}

/** A report given as a builder spec, or built by hand. */
export type CaseInput = BuildSpec | (() => ReportAnalysis);

export interface ValidCase {
  name: string;
  input: CaseInput;
}

export interface InvalidCase extends ValidCase {
  errors: Expected[];
}

export interface RuleCases {
  rule: ReportRule;
  valid: ValidCase[];
  invalid: InvalidCase[];
}

const isFragment = (v: unknown): v is Fragment => typeof v === 'object' && v !== null && !Array.isArray(v) && 'of' in v;

/** A rule as the tester sees it: an id and its message templates. */
type Templated = Pick<ReportRule, 'id'> & { messages?: ReportRule['messages'] };

/** The Chinese message the rule's template `id` gives for `data`, fragments rendered first. */
export function expectedMessage(rule: Templated, id: string, data: CaseData = {}): string {
  const template = rule.messages?.[id];
  if (!template) throw new Error(`${rule.id} has no template '${id}'`);
  const flat: Record<string, MessageValue> = {};
  for (const [k, v] of Object.entries(data)) {
    if (isFragment(v)) flat[k] = expectedMessage(rule, v.of, v.data);
    else if (Array.isArray(v) && v.some(isFragment)) flat[k] = (v as readonly Fragment[]).map((f) => expectedMessage(rule, f.of, f.data));
    else flat[k] = v as MessageValue;
  }
  return render(template.zh, flat);
}

const analysisOf = (input: CaseInput): ReportAnalysis => (typeof input === 'function' ? input() : build(input));

/** Runs the rule on each case and compares what it finds with what the case expects. */
export function testRule({ rule, valid, invalid }: RuleCases): void {
  describe(rule.id, () => {
    for (const c of valid)
      it(`valid: ${c.name}`, () => {
        expect(rule.run(analysisOf(c.input)).map((f) => f.message)).toEqual([]);
      });
    for (const c of invalid)
      it(`invalid: ${c.name}`, () => {
        const found = rule.run(analysisOf(c.input));
        expect(found.map((f) => f.message)).toEqual(c.errors.map((e) => expectedMessage(rule, e.message, e.data)));
        c.errors.forEach((e, i) => {
          const f = found[i];
          expect(f?.rule).toBe(rule.id);
          expect(f?.status).toBe(e.status ?? 'fail');
          if (e.severity) expect(f?.severity).toBe(e.severity);
        });
      });
  });
}

/** A batch given as the analyses of its reports. */
export type CorpusCaseInput = () => ReportAnalysis[];

export interface CorpusValidCase {
  name: string;
  input: CorpusCaseInput;
}

export interface CorpusExpected extends Expected {
  /** The report the finding is filed under. */
  file: string;
}

export interface CorpusInvalidCase extends CorpusValidCase {
  errors: CorpusExpected[];
}

export interface CorpusRuleCases<S = unknown> {
  rule: CorpusRule<S>;
  valid: CorpusValidCase[];
  invalid: CorpusInvalidCase[];
}

/** The rule's findings over the batch, as (file, finding) in the order the rule filed them. */
function runCorpus<S>(rule: CorpusRule<S>, input: CorpusCaseInput): { file: string; finding: Finding }[] {
  const found = rule.run(corpusItems(rule, input()));
  return [...found].flatMap(([file, list]) => list.map((finding) => ({ file, finding })));
}

/** Runs a corpus rule on each case's batch and compares what it finds, report by report, with what the case expects. */
export function testCorpusRule<S>({ rule, valid, invalid }: CorpusRuleCases<S>): void {
  describe(rule.id, () => {
    for (const c of valid)
      it(`valid: ${c.name}`, () => {
        expect(runCorpus(rule, c.input).map((x) => [x.file, x.finding.message])).toEqual([]);
      });
    for (const c of invalid)
      it(`invalid: ${c.name}`, () => {
        const found = runCorpus(rule, c.input);
        expect(found.map((x) => [x.file, x.finding.message])).toEqual(c.errors.map((e) => [e.file, expectedMessage(rule, e.message, e.data)]));
        c.errors.forEach((e, i) => {
          const f = found[i]?.finding;
          expect(f?.rule).toBe(rule.id);
          expect(f?.status).toBe(e.status ?? 'fail');
          if (e.severity) expect(f?.severity).toBe(e.severity);
        });
      });
  });
}
