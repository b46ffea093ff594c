import { describe, expect, it } from 'vitest';
import { readBuffer, isReadError } from '../../src/read/index.js';
import { analyzeDocument } from '../../src/pipeline/analyze.js';
import { PATHOLOGICAL_TEXTS, pathologicalText } from '../../src/pipeline/pathological.js';
import { growth, GROWTH_BOUND, SIZE_FACTOR } from '../helpers/growth.js';

async function analyse(text: string): Promise<void> {
  const doc = await readBuffer(Buffer.from(text), 'x.txt');
  if (!isReadError(doc)) analyzeDocument(doc);
}

describe('analysis time grows linearly on pathological texts', () => {
  for (const [name, unit] of Object.entries(PATHOLOGICAL_TEXTS)) {
    it(`${name}: ${SIZE_FACTOR}× the text costs well under the square of that`, async () => {
      const S = 3000;
      await analyse(pathologicalText(unit, 500)); // warm up the stages' lazy loads
      const { ratio, detail } = await growth(() => analyse(pathologicalText(unit, S)), () => analyse(pathologicalText(unit, SIZE_FACTOR * S)));
      expect(ratio, detail).toBeLessThanOrEqual(GROWTH_BOUND);
    }, 60_000);
  }
});

describe('reading time grows linearly on long pages', () => {
  it(`a page of many short paragraphs: ${SIZE_FACTOR}× the paragraphs costs well under the square of that`, async () => {
    const page = (n: number) => Buffer.from(`<html><body>${'<p>一段文字</p>'.repeat(n)}</body></html>`);
    await readBuffer(page(100), 'page.html');
    const { ratio, detail } = await growth(() => readBuffer(page(2500), 'page.html'), () => readBuffer(page(SIZE_FACTOR * 2500), 'page.html'));
    expect(ratio, detail).toBeLessThanOrEqual(GROWTH_BOUND);
  }, 120_000);
});
