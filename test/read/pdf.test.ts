import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { readReport, readBuffer, isReadError } from '../../src/read/index.js';
import { normalise } from '../../src/read/normalise.js';
import { DEV_DIR, PDF_DIR, hasShared } from '../helpers/corpora.js';
import type { SourceDocument } from '../../src/model/types.js';

async function readDoc(path: string): Promise<SourceDocument> {
  const doc = await readReport(path);
  if (isReadError(doc)) throw new Error(doc.messageEn);
  return doc;
}

const squeeze = (s: string) => s.replace(/\s+/g, '');

describe.runIf(hasShared)('real text PDFs', () => {
  for (const name of ['hongze-2023', 'hongze-2024']) {
    it(`${name}: headings and table rows survive as lines, page numbers are gone`, async () => {
      const doc = await readDoc(join(PDF_DIR, `${name}.pdf`));
      expect(doc.format).toBe('pdf');
      const lines = doc.text.split('\n');
      for (const h of ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项']) {
        expect(lines).toContain(h);
      }
      // 表三: each row one line, label then seven numbers
      for (const label of ['一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '(一)予以公开', '(七)总计', '四、结转下年度继续办理']) {
        expect(lines.some((l) => new RegExp(`^${label.replace(/[()]/g, '\\$&')}( \\d+){7}$`).test(l))).toBe(true);
      }
      expect(lines.filter((l) => /^-\s?\d+\s?-$|^第\d+页$/.test(l))).toEqual([]);
      // the prose is the same as the text copy in dev/, re-flowed
      const copy = normalise(readFileSync(join(DEV_DIR, `${name}.txt`), 'utf8')).text.replace(/^-\s?\d+\s?-$/gm, '');
      const five = copy.slice(copy.indexOf('五、存在的主要问题'), copy.indexOf('六、其他需要报告'));
      expect(squeeze(doc.text)).toContain(squeeze(five));
      const para = lines.find((l) => l.startsWith('(五)政府信息公开监督保障情况'))!;
      expect(para.length).toBeGreaterThan(60);
      // tables are recorded as grids over their rows
      const t3 = doc.tables.find((t) => t.rows.some((r) => r[0] === '(七)总计'))!;
      expect(t3.source).toBe('pdf');
      expect(t3.rows.find((r) => r[0] === '(七)总计')!.filter((c) => c !== '')).toEqual(expect.arrayContaining(['(七)总计'])); expect(t3.rows.find((r) => r[0] === '(七)总计')!.filter((c) => /^\d+$/.test(c))).toHaveLength(7);
      expect(doc.text.slice(t3.start, t3.end)).toContain('(七)总计');
      expect(doc.meta.layout).toBe('2021');
    });
  }

  it('decides by content: a PDF named .txt is read as a PDF', async () => {
    const doc = await readBuffer(readFileSync(join(PDF_DIR, 'hongze-2024.pdf')), 'hongze.txt');
    if (isReadError(doc)) throw new Error(doc.messageEn);
    expect(doc.format).toBe('pdf');
    expect(doc.meta).toMatchObject({ agency: '淮安市洪泽区人民政府', year: 2024, layout: '2021' });
  });
});

/** A PDF in a standard font (no CJK font ships with the project's packages, so the synthetic one is Latin). */
function buildPdf(draw: (pdf: PDFKit.PDFDocument) => void): Promise<Buffer> {
  return new Promise((resolve) => {
    const pdf = new PDFDocument({ size: 'A4', margin: 72, autoFirstPage: false });
    const chunks: Buffer[] = [];
    pdf.on('data', (c: Buffer) => chunks.push(c));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    draw(pdf);
    pdf.end();
  });
}

const HEADINGS = ['Overview', 'Proactive disclosure', 'Requests received'];
const PROSE = [
  'The county office handled every request within the statutory period and published its guidance on the portal, together with the catalogue of documents and the contact details of the office.',
  'The county office issued twenty-eight normative documents this year and reviewed the older ones, repealing four that no longer matched current law or practice in the county.',
  'The county office received eleven requests from citizens and two from companies; all were answered on time and none led to an administrative review or a lawsuit.',
];

describe('synthetic PDFs', () => {
  it('drops page numbers and running headers, re-flows prose, keeps column rows', async () => {
    const buf = await buildPdf((pdf) => {
      for (let p = 1; p <= 3; p++) {
        pdf.addPage();
        pdf.font('Helvetica').fontSize(9).text('Annual Disclosure Report of Riverside County', 72, 40);
        pdf.fontSize(12);
        pdf.text(HEADINGS[p - 1] ?? '', 72, 100);
        pdf.text(PROSE[p - 1] ?? '', 72, 130, { width: 451 });
        if (p === 2) {
          const rows = [['Item', 'Made', 'Repealed', 'In force'], ['Rules', '3', '1', '12'], ['Normative documents', '25', '4', '130']];
          rows.forEach((r, i) => r.forEach((c, j) => pdf.text(c, 72 + j * 140, 260 + i * 22, { lineBreak: false })));
        }
        pdf.fontSize(10).text(`- ${p} -`, 280, 800, { lineBreak: false });
      }
    });
    const doc = await readBuffer(buf, 'synthetic.pdf');
    if (isReadError(doc)) throw new Error(doc.messageEn);
    const lines = doc.text.split('\n');
    expect(lines.filter((l) => /^- \d -$/.test(l))).toEqual([]);
    expect(doc.text).not.toContain('Annual Disclosure Report');
    // each paragraph wrapped over lines in the PDF comes back as one line
    for (const para of PROSE) expect(lines).toContain(para);
    for (const h of HEADINGS) expect(lines).toContain(h);
    expect(lines).toContain('Rules 3 1 12');
    expect(lines).toContain('Normative documents 25 4 130');
    expect(doc.tables).toHaveLength(1);
    expect(doc.tables[0]?.rows).toEqual([['Item', 'Made', 'Repealed', 'In force'], ['Rules', '3', '1', '12'], ['Normative documents', '25', '4', '130']]);
  });

  it('drops a page number printed mid-page (a page set short), and joins it to no line', async () => {
    const buf = await buildPdf((pdf) => {
      pdf.addPage();
      pdf.font('Helvetica').fontSize(12);
      // rows of a table's label column, the printed page's number among them (not at the page's edge), more rows below
      const rows = ['(4) information that cannot be provided', '1.information the office does not hold, requested by citizens and by firms', '- 3 -', '3.information published elsewhere', '4.requests that repeat earlier ones', '5.other reasons'];
      rows.forEach((r, k) => pdf.text(r, r.startsWith('-') ? 280 : 72, 100 + k * 25, { width: 451, lineBreak: false }));
      pdf.text('The county office answered every request on time.', 72, 400, { lineBreak: false });
    });
    const doc = await readBuffer(buf, 'short-page.pdf');
    if (isReadError(doc)) throw new Error(doc.messageEn);
    expect(doc.text).not.toMatch(/-\s?3\s?-/);
    expect(doc.text.split('\n')).toContain('1.information the office does not hold, requested by citizens and by firms');
  });
});
