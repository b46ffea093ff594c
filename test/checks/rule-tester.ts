/**
 * A RuleTester in the manner of ESLint's: each rule's valid cases (no finding) and invalid cases (the findings
 * expected, each named by the rule's message template and the data it is filled with).
 */
import { describe, expect, it } from 'vitest';
import type { Finding, ReportAnalysis } from '../../src/model/types.js';
import type { ReportRule } from '../../src/checks/engine.js';
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

/** The Chinese message the rule's template `id` gives for `data`, fragments rendered first. */
export function expectedMessage(rule: ReportRule, id: string, data: CaseData = {}): string {
  const template = rule.messages[id];
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
