import { describe, expect, it } from 'vitest';
import { REPORT_RULES } from '../../src/checks/index.js';
import { placeholders } from '../../src/checks/messages.js';
import { testRule, type RuleCases } from './rule-tester.js';
import { TABLE_CASES } from './cases/tables.js';
import { PROSE_CASES } from './cases/prose.js';
import { DOCUMENT_CASES } from './cases/document.js';

const ALL: RuleCases[] = [...TABLE_CASES, ...PROSE_CASES, ...DOCUMENT_CASES];

for (const cases of ALL) testRule(cases);

describe('the per-report rules', () => {
  it('each declares message templates, Chinese and English with the same placeholders', () => {
    for (const r of REPORT_RULES) {
      const ids = Object.keys(r.messages);
      expect(ids.length, r.id).toBeGreaterThan(0);
      for (const id of ids) {
        const t = r.messages[id];
        expect(t?.zh.trim(), `${r.id}.${id}`).not.toBe('');
        const names = (s: string) => placeholders(s).map((p) => `${p.name}${p.optional ? '?' : ''}${p.list ? '*' : ''}`).sort();
        expect(names(t?.en ?? ''), `${r.id}.${id}`).toEqual(names(t?.zh ?? ''));
      }
    }
  });
  it('each has tester cases, valid and invalid', () => {
    const covered = new Map(ALL.map((c) => [c.rule.id, c]));
    for (const r of REPORT_RULES) {
      const c = covered.get(r.id);
      expect(c, r.id).toBeDefined();
      expect(c?.valid.length, r.id).toBeGreaterThan(0);
      expect(c?.invalid.length, r.id).toBeGreaterThan(0);
    }
  });
});
