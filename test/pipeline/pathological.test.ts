import { describe, expect, it } from 'vitest';
import { readBuffer, isReadError } from '../../src/read/index.js';
import { analyzeDocument } from '../../src/pipeline/analyze.js';
import { PATHOLOGICAL_TEXTS, pathologicalText } from '../../src/pipeline/pathological.js';

async function analyseMs(text: string): Promise<number> {
  const t0 = performance.now();
  const doc = await readBuffer(Buffer.from(text), 'x.txt');
  if (!isReadError(doc)) analyzeDocument(doc);
  return performance.now() - t0;
}

describe('analysis time grows linearly on pathological texts', () => {
  for (const [name, unit] of Object.entries(PATHOLOGICAL_TEXTS)) {
    it(`${name}: 2× the text costs at most 2.5× the time`, async () => {
      const S = 6000;
      await analyseMs(pathologicalText(unit, 500)); // warm up the stages' lazy loads
      let ratio = Infinity;
      let detail = '';
      // the best of three tries: another process on the machine can slow one measurement
      for (let attempt = 0; attempt < 3 && ratio > 2.5; attempt++) {
        const small = Math.min(await analyseMs(pathologicalText(unit, S)), await analyseMs(pathologicalText(unit, S)));
        const large = Math.min(await analyseMs(pathologicalText(unit, 2 * S)), await analyseMs(pathologicalText(unit, 2 * S)));
        // under 20 ms timer noise and warm-up dominate
        ratio = large < 20 ? 1 : large / small;
        detail = `${small.toFixed(0)} → ${large.toFixed(0)} ms`;
      }
      expect(ratio, detail).toBeLessThanOrEqual(2.5);
    }, 60_000);
  }
});

describe('reading time grows linearly on long pages', () => {
  it('a page of many short paragraphs: 2× the paragraphs costs at most 2.5× the time', async () => {
    const page = (n: number) => Buffer.from(`<html><body>${'<p>一段文字</p>'.repeat(n)}</body></html>`);
    const readMs = async (n: number) => {
      const t0 = performance.now();
      await readBuffer(page(n), 'page.html');
      return performance.now() - t0;
    };
    await readMs(100);
    let ratio = Infinity;
    let detail = '';
    for (let attempt = 0; attempt < 3 && ratio > 2.5; attempt++) {
      const small = Math.min(await readMs(8000), await readMs(8000));
      const large = Math.min(await readMs(16000), await readMs(16000));
      ratio = large / small;
      detail = `${small.toFixed(0)} → ${large.toFixed(0)} ms`;
    }
    expect(ratio, detail).toBeLessThanOrEqual(2.5);
  }, 120_000);
});
