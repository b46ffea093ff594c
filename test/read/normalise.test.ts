import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/read/normalise.js';

const LINES = [
  '区政府办公室代表区政府受理政府', '信息公开申请17件,均按期答复。', '本年度主动公开政府信息326条,其中', '政策文件42条。',
  '一、总体情况', '全年未发生行政复议案件。', '二、主动公开政府信息情况', '规章制发0件。', '三、收到和处理政府信息公开申请情况',
  '本年新收申请17件。', '四、政府信息公开行政复议、行政诉讼情况', '无。',
];

describe('blank lines', () => {
  it('a text with a blank line after every line (a PDF whose lines became paragraphs) reads with one line break each', () => {
    const { text, map } = normalise(LINES.join('\n\n'));
    expect(text).toBe(LINES.join('\n'));
    // offsets still lead back into the text as given
    const from = map[text.indexOf('信息公开申请')] ?? -1;
    expect(LINES.join('\n\n').slice(from, from + 6)).toBe('信息公开申请');
  });

  it('keeps the blank lines a text uses now and then (at most one in a row)', () => {
    const some = `${LINES.slice(0, 6).join('\n')}\n\n\n${LINES.slice(6).join('\n')}`;
    expect(normalise(some).text).toBe(`${LINES.slice(0, 6).join('\n')}\n\n${LINES.slice(6).join('\n')}`);
  });
});
