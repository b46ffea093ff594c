import { describe, expect, it } from 'vitest';
import { NON_QUANTITY_SPANS } from '../../src/figures/lexicon/nonQuantities.js';
import { excludedMask } from '../../src/figures/quantity.js';
import { mulberry32 } from '../../src/util/random.js';

describe('non-quantity spans: needs', () => {
  it('every match of a pattern holds one of the strings it needs', () => {
    const alphabet = [
      'a', 'Z', 'x', '1', '0', '2', '3', '4', '8', '9', '13', '400', '.', '．', '%', '@', '/', '-', '—', '–', '~', '_', ' ', '\n',
      '届', '次', '全体', '会议', '中全会', '一', '二', '十', '百', '千', '万', '数', '几', '是', '要', '则', '来', '方面', '、', '(', ')',
      '（', '）', '〔', '〕', '[', ']', '［', '］', '【', '】', '年', '度', '月', '日', '号', '第', '条', '项', '季度', '至', '到', '转',
      'http://', 'https://', 'www.', 'com', 'png', 'PDF', ':', '：', '。', ',', '，', ';', '|',
    ];
    const rnd = mulberry32(23);
    let matched = 0;
    for (let t = 0; t < 4000; t++) {
      let text = '';
      const n = 1 + Math.floor(rnd() * 30);
      for (let i = 0; i < n; i++) text += alphabet[Math.floor(rnd() * alphabet.length)];
      for (const { pattern, needs } of NON_QUANTITY_SPANS) {
        if (!needs) continue;
        for (const m of text.matchAll(new RegExp(pattern.source, pattern.flags))) {
          if (m[0].length === 0) continue;
          matched++;
          expect(needs.some((w) => m[0].includes(w)), `${pattern} matched ${JSON.stringify(m[0])}`).toBe(true);
        }
      }
    }
    expect(matched).toBeGreaterThan(1000);
  });

  it('a text without a pattern’s needs still masks what the other patterns cover', () => {
    // no 年, no 届, no @: only the list numbering and the phone number are excluded here
    const text = '(一)办理申请12件，咨询电话0716-8880718。';
    const mask = excludedMask(text);
    expect(mask[text.indexOf('一')]).toBe(1);
    expect(mask[text.indexOf('12')]).toBe(0);
    expect(mask[text.indexOf('0716')]).toBe(1);
  });
});
