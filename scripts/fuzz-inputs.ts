/**
 * The malformed and pathological inputs of `npm run fuzz` (and of the test that keeps a small fixed subset):
 * binary noise, empty and blank files, truncated PDF and DOCX, a zip bomb, deep markup, a flood of tiny tables,
 * text past --max-chars, mislabelled encodings, control characters, the pathological texts, a symlink loop.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { mulberry32 } from '../src/util/random.js';
import { PATHOLOGICAL_TEXTS, pathologicalText } from '../src/pipeline/pathological.js';

export const REPORT = '某某县人民政府2023年政府信息公开工作年度报告\n一、总体情况\n本年主动公开信息1,234条，办结率99.1%。\n五、存在的主要问题及改进情况\n公开质量有待提高。\n';

/** A zip of one deflated entry whose header declares `declared` bytes (a bomb's header lies). */
export function zipOf(name: string, data: Buffer, declared: number): Buffer {
  const nm = Buffer.from(name);
  const header = (size: number, sig: number, at: { method: number; compressed: number; declared: number; name: number }) => {
    const b = Buffer.alloc(size);
    b.writeUInt32LE(sig, 0);
    b.writeUInt16LE(8, at.method);
    b.writeUInt32LE(data.length, at.compressed);
    b.writeUInt32LE(declared, at.declared);
    b.writeUInt16LE(nm.length, at.name);
    return b;
  };
  const local = header(30, 0x04034b50, { method: 8, compressed: 18, declared: 22, name: 26 });
  const central = header(46, 0x02014b50, { method: 10, compressed: 20, declared: 24, name: 28 });
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(1, 8);
  eocd.writeUInt16LE(1, 10);
  eocd.writeUInt32LE(46 + nm.length, 12);
  eocd.writeUInt32LE(30 + nm.length + data.length, 16);
  return Buffer.concat([local, nm, data, central, nm, eocd]);
}

/**
 * Writes n inputs (categories in turn, 50 sub-folders) and a symlink loop below `dir`; returns the category names.
 * `bombMiB`: what the zip bomb inflates to.
 */
export function writeFuzzInputs(dir: string, n: number, seed: number, bombMiB = 200): string[] {
  const rnd = mulberry32(seed);
  const pick = <T>(xs: readonly [T, ...T[]]): T => xs[Math.floor(rnd() * xs.length)] ?? xs[0];
  const bytes = (k: number) => Buffer.from(Array.from({ length: k }, () => Math.floor(rnd() * 256)));

  let bomb: Buffer | null = null;
  const [firstUnit = 'a', ...otherUnits] = Object.values(PATHOLOGICAL_TEXTS);
  const PATHOLOGICAL_UNITS: [string, ...string[]] = [firstUnit, ...otherUnits];

  /** The categories: name → [extension, content]. */
  const CATEGORIES: Record<string, () => [string, Buffer]> = {
    noise: () => [pick(['txt', 'html', 'pdf', 'docx', 'md']), bytes(1 + Math.floor(rnd() * 4000))],
    empty: () => [pick(['txt', 'html', 'docx']), Buffer.alloc(0)],
    blank: () => ['txt', Buffer.from(' \n\t\u3000'.repeat(1 + Math.floor(rnd() * 100)))],
    truncatedPdf: () => ['pdf', Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >>\n' + 'x'.repeat(Math.floor(rnd() * 500)))],
    truncatedDocx: () => ['docx', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('word/document.xml'), bytes(200)])],
    zipBomb: () => ['docx', (bomb ??= zipOf('word/document.xml', deflateRawSync(Buffer.alloc(bombMiB * 1024 * 1024, 0x20)), 1000))],
    deepHtml: () => ['html', Buffer.from(`<html><body>${'<div>'.repeat(2000 + Math.floor(rnd() * 20000))}一、总体情况</body></html>`)],
    tableFlood: () => ['html', Buffer.from(`<html><body>${'<table><tr><td>1</td></tr></table>'.repeat(1000 + Math.floor(rnd() * 5000))}</body></html>`)],
    huge: () => ['txt', Buffer.from('年'.repeat(1_100_000))],
    gbkMislabel: () => ['txt', Buffer.from(REPORT, 'latin1')],
    utf16: () => ['txt', Buffer.from('\ufeff' + REPORT, 'utf16le')],
    pathological: () => ['txt', Buffer.from(pathologicalText(pick(PATHOLOGICAL_UNITS), 1000 + Math.floor(rnd() * 30000)))],
    report: () => [pick(['txt', 'md']), Buffer.from(REPORT)],
    mixedControl: () => ['txt', Buffer.from(REPORT.split('').map((c) => (rnd() < 0.05 ? String.fromCharCode(Math.floor(rnd() * 32)) : c)).join(''))],
  };
  const names = Object.keys(CATEGORIES);
  for (let i = 0; i < n; i++) {
    const cat = names[i % names.length] ?? 'report';
    const make = CATEGORIES[cat];
    if (!make) continue;
    const [ext, data] = make();
    const sub = join(dir, String(i % 50));
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `${String(i).padStart(6, '0')}-${cat}.${ext}`), data);
  }
  symlinkSync(dir, join(dir, '0', 'loop')); // a symlink loop
  return names;
}
