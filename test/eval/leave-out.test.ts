import { describe, expect, it } from 'vitest';
import { labelLeavingOut, type LeaveOutSet } from '../../src/eval/leave-out.js';
import { generateReport } from '../../src/synth/index.js';
import { documentFromText } from '../../src/read/fromText.js';
import { headingLabelledDocument } from '../../src/structure/training.js';
import type { TrainingDocument } from '../../src/structure/classifier/index.js';

/** Three synthetic reports of two bodies (the last two one body's): small enough to train on quickly. */
function smallSet(): LeaveOutSet {
  const docs: TrainingDocument[] = [];
  for (let i = 0; docs.length < 3; i++) {
    const r = generateReport(5, i, { renderings: ['markdown'], errorRate: 0 });
    const doc = headingLabelledDocument(documentFromText(r.bytes.toString('utf8')), `synth-${i}`);
    if (doc) docs.push(doc);
  }
  return {
    docs,
    agencies: ['甲', '乙', '乙'],
    tests: docs.map((d) => d.paragraphs.filter((p) => !p.heading && p.label !== 'boilerplate').map((p) => p.text)),
  };
}

describe('leave-one-agency-out labels', () => {
  it('are the same whether the agencies are labelled here or shared out over two threads', async () => {
    const set = smallSet();
    const here = await labelLeavingOut(set, 1);
    const threads = await labelLeavingOut(set, 2);
    expect(threads).toEqual(here);
    here.forEach((labels, k) => {
      expect(labels.indep).toHaveLength(set.tests[k]?.length ?? -1);
      expect(labels.ordered).toHaveLength(set.tests[k]?.length ?? -1);
    });
    // a model trained on one or two other reports, never on the body's own, still gets most paragraphs right
    const right = here.flatMap((l, k) => l.ordered.filter((x, i) => x === set.docs[k]?.paragraphs.filter((p) => !p.heading && p.label !== 'boilerplate')[i]?.label)).length;
    const all = set.tests.flat().length;
    expect(right / all).toBeGreaterThan(0.5);
  }, 120_000);
});
