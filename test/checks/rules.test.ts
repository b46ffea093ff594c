import { describe, expect, it } from 'vitest';
import { CORPUS_RULES, REPORT_RULES } from '../../src/checks/index.js';
import { placeholders, type MessageTemplate } from '../../src/checks/messages.js';
import { testCorpusRule, testRule, type CorpusRuleCases, type RuleCases } from './rule-tester.js';
import { TABLE_CASES } from './cases/tables.js';
import { PROSE_CASES } from './cases/prose.js';
import { DOCUMENT_CASES } from './cases/document.js';
import { CORPUS_CASES } from './cases/corpus.js';

const ALL: RuleCases[] = [...TABLE_CASES, ...PROSE_CASES, ...DOCUMENT_CASES];

for (const cases of ALL) testRule(cases);
for (const cases of CORPUS_CASES) testCorpusRule(cases);

/** Every template non-empty in Chinese, and the English naming the same placeholders written the same way. */
function expectWellFormed(id: string, messages: Readonly<Record<string, MessageTemplate>>): void {
  const names = (s: string) => placeholders(s).map((p) => `${p.name}${p.optional ? '?' : ''}${p.list ? '*' : ''}`).sort();
  for (const [mid, t] of Object.entries(messages)) {
    expect(t.zh.trim(), `${id}.${mid}`).not.toBe('');
    expect(names(t.en), `${id}.${mid}`).toEqual(names(t.zh));
  }
}

/** Every rule named has cases, at least one valid and one invalid. */
function expectCovered(ids: readonly string[], cases: readonly { rule: { id: string }; valid: unknown[]; invalid: unknown[] }[]): void {
  const covered = new Map(cases.map((c) => [c.rule.id, c]));
  for (const id of ids) {
    const c = covered.get(id);
    expect(c, id).toBeDefined();
    expect(c?.valid.length, id).toBeGreaterThan(0);
    expect(c?.invalid.length, id).toBeGreaterThan(0);
  }
}

describe('the per-report rules', () => {
  it('each declares message templates, Chinese and English with the same placeholders', () => {
    for (const r of REPORT_RULES) {
      expect(Object.keys(r.messages).length, r.id).toBeGreaterThan(0);
      expectWellFormed(r.id, r.messages);
    }
  });
  it('each has tester cases, valid and invalid', () => {
    expectCovered(
      REPORT_RULES.map((r) => r.id),
      ALL,
    );
  });
});

describe('the corpus rules', () => {
  const checked = CORPUS_RULES;
  it('each declares message templates, Chinese and English with the same placeholders', () => {
    expect(checked.length).toBeGreaterThan(0);
    for (const r of checked) {
      expect(Object.keys(r.messages ?? {}).length, r.id).toBeGreaterThan(0);
      expectWellFormed(r.id, r.messages ?? {});
    }
  });
  it('each has tester cases, valid and invalid', () => {
    expectCovered(
      checked.map((r) => r.id),
      CORPUS_CASES,
    );
  });
});
