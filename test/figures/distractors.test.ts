import { describe, expect, it } from 'vitest';
import { readBuffer, isReadError } from '../../src/read/index.js';
import { segmentStructure } from '../../src/structure/index.js';
import { extractClaims } from '../../src/figures/index.js';
import { generateReport, TEXT_RENDERINGS } from '../../src/synth/index.js';
import { linkedKey, scoreSynthFile, type SynthFileScore } from '../../src/eval/synth-claims.js';

/** The distractor figures the generator writes, by the words of their quote (simplified or traditional). */
const KINDS: Record<string, RegExp> = {
  'carried forward': /转下一年度|結轉至下一年度|结转至下一年度|轉下一年度|顺延|順延/,
  channel: /网上申请|網上申請|信函|现场提交|現場提交|网络平台提交|網絡平台提交|當面|当面/,
  combined: /部分公开|部分公開/,
  'service hall': /办件|辦件|窗口/,
  petition: /信访|信訪/,
  gazette: /刊登|刊载|刊載/,
  'website posts': /发布各类信息|發布各類信息|更新信息/,
  label: /两个|兩個|三个|三個|四个|四個/,
  'spaced digits': /\d \d/,
};

describe('generated distractors', async () => {
  const files: SynthFileScore[] = [];
  for (let i = 0; i < 160; i++) {
    const r = generateReport(41, i, { renderings: TEXT_RENDERINGS, errorRate: 0 });
    const doc = await readBuffer(r.bytes, r.name + r.extension);
    if (isReadError(doc)) continue;
    files.push(scoreSynthFile(doc, r.truth, extractClaims(doc, segmentStructure(doc))));
  }
  const results = files.flatMap((f) => f.results);

  it.each(Object.keys(KINDS))('writes %s figures, and the figures stage reads them as the truth says', (kind) => {
    const hits = results.filter((r) => KINDS[kind]?.test(r.truth.quote) === true && !/予以公开\d|予以公開\d|部分公开\d+件$|部分公開\d+件$/.test(r.truth.quote));
    expect(hits.length).toBeGreaterThan(5);
    const wrong = hits.filter((r) => r.outcome !== 'ok').map((r) => `${r.truth.quote} → ${r.predicted?.metric ?? r.outcome}`);
    expect(wrong).toEqual([]);
  });

  it('links no figure the truth leaves unlinked to a table cell, and links the linkable ones', () => {
    const found = results.filter((r) => r.outcome !== 'missed');
    const falseLinks = found.filter((r) => !linkedKey(r.truth.metric) && linkedKey(r.predicted!.metric));
    expect(falseLinks.map((r) => `${r.truth.quote} → ${r.predicted!.metric}`)).toEqual([]);
    const linkable = found.filter((r) => linkedKey(r.truth.metric));
    expect(linkable.filter((r) => r.outcome === 'ok').length / linkable.length).toBeGreaterThanOrEqual(0.98);
  });
});
