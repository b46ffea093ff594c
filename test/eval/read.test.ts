import { describe, expect, it } from 'vitest';
import { textNamesBody } from '../../src/eval/read.js';

describe('whether a text names its labelled body', () => {
  it('counts a district named in the text, and not a text that only says 区政府办公室', () => {
    expect(textNamesBody('现将汉阳区政府办公室2022年度政府信息公开情况报告如下', '武汉市汉阳区人民政府办公室')).toBe(true);
    expect(textNamesBody('现将我办2022年度政府信息公开情况报告如下。区政府办公室认真贯彻《武汉市政府信息公开暂行规定》', '武汉市汉阳区人民政府办公室')).toBe(false);
  });

  it('asks a township or zone for its own name, not its county', () => {
    expect(textNamesBody('佳荣里街道办事处坚持以人民为中心', '佳荣里街')).toBe(true);
    expect(textNamesBody('北辰区各街道坚持以人民为中心', '佳荣里街')).toBe(false);
  });
});
