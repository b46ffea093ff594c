/**
 * A report as a Word file (the `docx` package): headings and paragraphs, 表二/表三/表四 as real Word tables with merged
 * cells. Bytes are made deterministic: fixed core-properties dates and fixed zip entry times.
 */
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Block, Composed } from '../blocks.js';
import type { Grid } from '../tables.js';

const xmlEsc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function coreXml(title: string, creator: string, date: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${xmlEsc(title)}</dc:title><dc:creator>${xmlEsc(creator)}</dc:creator>` +
    `<cp:lastModifiedBy>${xmlEsc(creator)}</cp:lastModifiedBy><cp:revision>1</cp:revision>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${date}T09:00:00Z</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${date}T09:00:00Z</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/** Set every entry's DOS time/date (local and central headers) to one value, so equal content gives equal bytes. */
export function fixZipTimes(buf: Buffer, dosTime = 0x4800, dosDate = 0x5442): Buffer {
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) return buf;
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  for (let i = 0; i < count && buf.readUInt32LE(p) === 0x02014b50; i++) {
    buf.writeUInt16LE(dosTime, p + 12);
    buf.writeUInt16LE(dosDate, p + 14);
    const local = buf.readUInt32LE(p + 42);
    if (buf.readUInt32LE(local) === 0x04034b50) {
      buf.writeUInt16LE(dosTime, local + 10);
      buf.writeUInt16LE(dosDate, local + 12);
    }
    p += 46 + buf.readUInt16LE(p + 28) + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return buf;
}

function wordTable(grid: Grid, conv: (s: string) => string): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: grid.rows.map(
      (row) =>
        new TableRow({
          children: row.map(
            (c) =>
              new TableCell({
                children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: conv(c.text), size: 18, bold: !!c.head })] })],
                ...(c.rowspan ? { rowSpan: c.rowspan } : {}),
                ...(c.colspan ? { columnSpan: c.colspan } : {}),
              }),
          ),
        }),
    ),
  });
}

export async function renderDocx(
  composed: Composed,
  grids: Partial<Record<'t2' | 't3' | 't4', Grid>>,
  conv: (s: string) => string,
  meta: { agency: string; date: string },
): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [];
  const block = (b: Block) => {
    switch (b.kind) {
      case 'title':
        children.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: conv(b.text), bold: true, size: 36 })] }));
        return;
      case 'heading':
        children.push(new Paragraph({ children: [new TextRun({ text: conv(b.text), bold: true, size: b.level === 1 ? 32 : 30 })] }));
        return;
      case 'para':
        children.push(new Paragraph({ indent: { firstLine: 640 }, children: [new TextRun({ text: b.segs.map((s) => conv(s.text)).join(''), size: 30 })] }));
        return;
      case 'image':
        children.push(new Paragraph({ children: [new TextRun({ text: b.src.split('/').pop()! })] }));
        return;
      case 'table': {
        const g = grids[b.id];
        if (g) {
          children.push(wordTable(g, conv));
          children.push(new Paragraph({ children: [] }));
        }
        return;
      }
    }
  };
  composed.blocks.forEach(block);
  const doc = new Document({ creator: meta.agency, title: conv(composed.title), sections: [{ children }] });
  const buf = await Packer.pack(doc, 'nodebuffer', false, [{ path: 'docProps/core.xml', data: coreXml(conv(composed.title), meta.agency, meta.date) }]);
  return fixZipTimes(Buffer.from(buf));
}
