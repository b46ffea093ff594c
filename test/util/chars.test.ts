import { describe, expect, it } from 'vitest';
import { blankTolerant, closeHanSpaces, withoutHanBlanks, wrapsAt, wrapsInto } from '../../src/util/chars.js';

describe('closing the blanks a PDF extractor puts between Chinese characters', () => {
  it('closes every space between two Chinese characters, the first one included, and maps each character back', () => {
    const printed = '来源: 宁乡市人民政 府 2024 年度 存在 的 问题';
    const closed = closeHanSpaces(printed);
    expect(closed?.text).toBe('来源: 宁乡市人民政府 2024 年度存在的问题');
    // every character of the closed text stands at its printed place; one entry more for the end
    for (let i = 0; i < closed!.text.length; i++) expect(printed[closed!.at[i]!]).toBe(closed!.text[i]);
    expect(closed!.at[closed!.text.length]).toBe(printed.length);
  });

  it('gives the same answer however often it is called, and none for text without such spaces', () => {
    expect(closeHanSpaces('政 府')?.text).toBe('政府');
    expect(closeHanSpaces('政 府')?.text).toBe('政府');
    expect(closeHanSpaces('2024 年 1 月')).toBeNull();
    expect(closeHanSpaces('政府 2024')).toBeNull();
  });

  it('keeps line breaks apart from spaces: only withoutHanBlanks joins a wrapped line', () => {
    expect(closeHanSpaces('人民政\n府')).toBeNull();
    expect(withoutHanBlanks('人民政\n府 办公室 2024')).toBe('人民政府办公室 2024');
  });
});

describe('a regex made tolerant of the blanks a PDF puts inside words', () => {
  it('matches its words with a blank or a wrap between any two Chinese characters, as printed and closed up', () => {
    const re = new RegExp(blankTolerant(/勾稽关系|本年新收政府信息公开申请数量/.source));
    for (const text of ['本年新收政府信息公开申请数量', '本年新收政府信息公开申请数 量', '本年新 收政府信息\n公开申请数量', '勾稽 关系']) expect(re.test(text), text).toBe(true);
    expect(re.test('本年新收  政府信息公开申请数量')).toBe(false); // one blank at a place, not a gap
  });

  it('leaves character classes and escapes as they are', () => {
    const source = /[二2]\s*[、.]\s*主动公开[^\n。]{0,4}情况\(一\)/.source;
    const re = new RegExp(blankTolerant(source));
    expect(re.test('二、主动 公开政府情况(一)')).toBe(true);
    expect(blankTolerant(source)).toContain('[二2]');
    expect(blankTolerant(source)).toContain('[^\\n。]');
  });
});

describe('where a long line is wrapped inside a sentence', () => {
  it('goes on into the next line after words, and not after a table row of bare figures', () => {
    const prose = '本年度共受理政府信息公开申请12件，其中依法予以公开的有';
    expect(wrapsInto(prose, '5件')).toBe(true);
    // 表四's figures as a flattened text or a Word table gives them, then the prose after the table
    for (const row of ['1 1 1 0 1 0 2 0 0 0 0 0', '四、结转下年度继续办理\t0\t0\t0\t2\t2', '总计 | 3 | 0 | 12']) {
      expect(wrapsInto(row, '本年度发生政府信息公开行政复议3件')).toBe(false);
      const text = `${row}\n本年度发生政府信息公开行政复议3件`;
      expect(wrapsAt(text, row.length)).toBe(false);
    }
    // a figure and its unit a PDF put on two lines is still one sentence
    expect(wrapsInto('全年通过政府门户网站主动公开政府信息 4526', '条,其中')).toBe(true);
  });
});
