import { describe, expect, it } from 'vitest';
import { closeHanSpaces, withoutHanBlanks } from '../../src/util/chars.js';

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
