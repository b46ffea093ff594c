import { describe, expect, it } from 'vitest';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { readBuffer, isReadError } from '../../src/read/index.js';

const cell = (text: string, opts: { columnSpan?: number; rowSpan?: number } = {}) =>
  new TableCell({ children: [new Paragraph(text)], ...opts });

async function buildDocx(): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ children: [new TextRun('松江市生态环境局2021年政府信息公开工作年度报告')] }),
          new Paragraph('一、总体情况'),
          new Paragraph('2021年，松江市生态环境局主动公开政府信息８４条，收到政府信息公开申请６件。'),
          new Paragraph('二、主动公开政府信息情况'),
          new Table({
            rows: [
              new TableRow({ children: [cell('第二十条第（一）项', { columnSpan: 4 })] }),
              new TableRow({ children: [cell('信息内容'), cell('本年制发件数'), cell('本年废止件数'), cell('现行有效件数')] }),
              new TableRow({ children: [cell('规章', { rowSpan: 2 }), cell('0'), cell('0'), cell('2')] }),
              new TableRow({ children: [cell('1'), cell('0'), cell('3')] }),
            ],
          }),
          new Paragraph('六、其他需要报告的事项'),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

describe('DOCX reader', () => {
  it('reads paragraphs and a table with merged cells as a grid', async () => {
    const buf = await buildDocx();
    for (const name of ['report.docx', 'renamed.doc']) {
      const doc = await readBuffer(buf, name);
      if (isReadError(doc)) throw new Error(doc.messageEn);
      expect(doc.format).toBe('docx');
      expect(doc.encoding).toBe('binary');
      const lines = doc.text.split('\n');
      expect(lines).toContain('一、总体情况');
      expect(lines).toContain('2021年,松江市生态环境局主动公开政府信息84条,收到政府信息公开申请6件。');
      expect(doc.tables).toHaveLength(1);
      const t = doc.tables[0];
      if (!t) throw new Error('no table read');
      expect(t.source).toBe('docx');
      expect(t.rows).toEqual([
        ['第二十条第(一)项', '第二十条第(一)项', '第二十条第(一)项', '第二十条第(一)项'],
        ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
        ['规章', '0', '0', '2'],
        ['规章', '1', '0', '3'],
      ]);
      expect(doc.text.slice(t.start, t.end).split('\n')[2]).toBe('规章 | 0 | 0 | 2');
      expect(doc.meta).toMatchObject({ agency: '松江市生态环境局', year: 2021, layout: '2021' });
    }
  });
});
