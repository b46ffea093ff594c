/**
 * A file holding two reports (a collection page, a merged PDF): each report's figures are checked against its own
 * tables, never against the other's.
 */
import { describe, expect, it } from 'vitest';
import { documentFromText } from '../../src/read/fromText.js';
import { analyzeDocument } from '../../src/pipeline/analyze.js';
import { renderFlat, T2_2021, t3Rows2021 } from '../fixtures/tables/synthetic.js';

// The first report: the fixture's (受理申请44件, its 表三 agreeing), with its statistics period.
const first = renderFlat(T2_2021, t3Rows2021()).replace('\n一、总体情况', '\n本报告统计期限自2022年1月1日起至2022年12月31日止。\n一、总体情况');
// The second: another body's year, whose own prose says 受理申请61件; its tables are not the first's.
const second = (title: string) =>
  first
    .replace('某某县民政局2022年政府信息公开工作年度报告', title)
    .replace(/2022年/g, '2021年')
    .replace('受理申请44件', '受理申请61件');

const failed = (text: string) => analyzeDocument(documentFromText(text)).findings.filter((f) => f.status === 'fail');

describe('a file holding two reports', () => {
  it('checks the first report alone as one', () => {
    expect(failed(first).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('never sets the second report’s figures against the first report’s tables, and says the file holds two', () => {
    const found = failed(`${first}\n\n${second('某某县财政局2021年政府信息公开工作年度报告')}`);
    expect(found.filter((f) => f.severity === 'error').map((f) => f.message)).toEqual([]);
    expect(found.filter((f) => f.rule === 'prose_vs_table')).toEqual([]);
    expect(found.find((f) => f.rule === 'multiple_documents')?.message).toContain('2篇文档');
  });

  it('takes a note under a table that states the period again for the report it is in', () => {
    for (const note of ['注：本表统计时间为2022年1月1日至2022年12月31日。', '说明：行政复议、行政诉讼数据统计时间为2022年1月1日至12月31日。']) {
      // far enough below the preamble's statement, with a report's worth of text after it
      const more = '\n本机关将进一步加强政务公开工作，提升依申请公开答复质量，完善工作机制。'.repeat(8);
      const text = `${first.replace('\n四、', `\n${note}\n四、`)}${more}`;
      expect(text).toContain(note);
      expect(failed(text).filter((f) => f.rule === 'multiple_documents'), note).toEqual([]);
    }
  });

  it('finds the second report by its statistics period when its title is not a line of its own', () => {
    const found = failed(`${first}\n\n当前位置：首页 > 年度报告 某某县财政局2021年政府信息公开工作年度报告 发布时间：2022-01-20\n${second('')}`);
    expect(found.filter((f) => f.severity === 'error').map((f) => f.message)).toEqual([]);
    expect(found.find((f) => f.rule === 'multiple_documents')?.message).toBe('本文件有2处统计期限说明（2022、2021年），似乎包含2篇报告，不是一篇报告，应分别核对');
  });
});
