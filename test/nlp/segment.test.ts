import { describe, expect, it } from 'vitest';
import { cut, cutForSearch, releaseSegmenter, tokensForModel, STOP_WORDS } from '../../src/nlp/index.js';

describe('jieba segmentation with the domain dictionary', () => {
  it('keeps the domain words whole', () => {
    const t = cut('全年依申请公开办理结果中,不予公开2件,结转下年度1件,行政规范性文件均在政府网站公开,勾稽关系无误。');
    for (const w of ['依申请公开', '不予公开', '结转下年度', '行政规范性文件', '政府网站', '勾稽关系']) expect(t).toContain(w);
  });

  it('cutForSearch adds the shorter words inside long ones', () => {
    const t = cutForSearch('政府信息公开工作');
    expect(t).toContain('政府信息公开');
    expect(t).toContain('公开');
  });

  it('tokensForModel drops punctuation, digits and stop words', () => {
    const t = tokensForModel('2023年,我局进一步加强政务新媒体管理,关停账号3个。');
    expect(t).toContain('政务新媒体');
    expect(t).toContain('管理');
    for (const w of ['2023', '年', ',', '。', '我局', '进一步', '3']) expect(t).not.toContain(w);
  });

  it('tokensForModel reads a word a PDF wrapped or spaced as the word', () => {
    const text = '部分单位政府信息公开工作机构人员配备不足,业务培训有待加强。';
    const clean = tokensForModel(text);
    for (let i = 1; i < text.length; i++) {
      if (!/[\u4e00-\u9fff]{2}/.test(text.slice(i - 1, i + 1))) continue;
      for (const blank of [' ', '\n', ' \n '])
        expect(tokensForModel(text.slice(0, i) + blank + text.slice(i))).toEqual(clean);
    }
    // blanks beside digits and Latin letters stay separators
    expect(tokensForModel('开通 OA 系统')).toContain('OA');
  });

  it('exports the stop-word set', () => {
    expect(STOP_WORDS.has('的')).toBe(true);
    expect(STOP_WORDS.has('工作')).toBe(true);
    expect(STOP_WORDS.has('政府信息公开')).toBe(false);
  });

  it('segments the same after its dictionaries were released', () => {
    const text = '全年依申请公开办理结果中,不予公开2件,行政规范性文件均在政府网站公开。';
    const before = cut(text);
    releaseSegmenter();
    expect(cut(text)).toEqual(before);
  });
});
