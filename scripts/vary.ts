/**
 * npm run vary [-- --n 40 --seeds 11,23 --only NAME,NAME --show 3]
 *
 * The tables as pages print them: each printing of scripts/vary-printings.ts (pipe rows without their opening pipe,
 * one cell a line, zeros left empty, 总计 alone, a note below, a page number inside, 表三's last row in a table of its
 * own…) is applied on its own to generated reports without errors (`--n` per seed and rendering: flat text, one cell a
 * line, markdown, web pages) and to the real text reports in ../shared, and the printed report is analysed again.
 * A printing says what the report says (or less), so a new error or warning is a false one, and a table cell read as
 * another number than before is misread; a cell may go unread. Printed per printing and kind of report: how many
 * reports it changed, new errors (and in how many reports), new warnings, reports with a printed cell misread (sums
 * worked out from other cells aside), with a cell read that the report as published leaves unread (a guess, or a
 * printing easier to read than the original), that lost a printed cell other than 0 (a printing that leaves cells
 * empty loses those by design), and that lost a group sum or total worked out from the cells (so do empty cells,
 * which are unknown, not zero); `--show` lists the first few of each. Misreads are what `npm run probe` cannot see:
 * they make no finding by themselves, but every check and link downstream reads the wrong number.
 */
import { readFileSync } from 'node:fs';
import fg from 'fast-glob';
import { generateReport, type Rendering } from '../src/synth/index.js';
import { isReadError, readBuffer } from '../src/read/index.js';
import { decodeText } from '../src/read/decode.js';
import { analyzeDocument } from '../src/pipeline/analyze.js';
import { hasShared, SHARED_CORPORA } from '../src/eval/corpora.js';
import { numberOption, option } from './args.js';
import { PRINTINGS, type SampleKind } from './vary-printings.js';

const n = numberOption('n', 40);
const show = numberOption('show', 3);
const only = option('only')?.split(',');
const SEEDS = (option('seeds') ?? '11,23').split(',').map(Number);
const GENERATED: readonly (SampleKind & Rendering)[] = ['flat', 'cell-per-line', 'markdown', 'html'];

/**
 * What a report reads as: its errors and warnings, each by rule and cell with its message (a printing may change a
 * quote in the message: the same rule on the same cell is the same finding), and the table cells it prints that are
 * read as numbers (not the sums worked out from them).
 */
interface Reading {
  errors: Map<string, string>;
  warnings: Map<string, string>;
  cells: Record<string, number>;
  /** The group sums and totals worked out from the printed cells. */
  sums: Record<string, number>;
}

interface Sample extends Reading {
  kind: SampleKind;
  name: string;
  /** The text the printings change: a text report's, or a web page's HTML. */
  text: string;
}

async function readingOf(text: string, name: string): Promise<Reading | null> {
  const doc = await readBuffer(Buffer.from(text, 'utf8'), name);
  if (isReadError(doc)) return null;
  const analysis = analyzeDocument(doc);
  const failed = (severity: string) =>
    new Map(analysis.findings.filter((f) => f.status === 'fail' && f.severity === severity).map((f) => [`${f.rule} ${f.metric ?? ''}`, `${f.rule} ${f.message}`]));
  const numbers = analysis.tables.tables.flatMap((t) => Object.values(t.cells)).filter((c) => c.kind === 'number' && c.value !== null);
  const byKey = (derived: boolean) => Object.fromEntries(numbers.filter((c) => c.derived === derived).map((c) => [c.key, c.value as number]));
  return { errors: failed('error'), warnings: failed('warning'), cells: byKey(false), sums: byKey(true) };
}

async function samples(): Promise<Sample[]> {
  const out: Sample[] = [];
  for (const kind of GENERATED)
    for (const seed of SEEDS)
      for (let i = 0; i < n; i++) {
        const report = generateReport(seed, i, { renderings: [kind], errorRate: 0 });
        const decoded = decodeText(report.bytes);
        if (!decoded.ok) continue;
        const name = `${report.name}${report.extension}`;
        const reading = await readingOf(decoded.text, name);
        if (reading) out.push({ kind, name: `${kind}/${seed}/${name}`, text: decoded.text, ...reading });
      }
  if (!hasShared) return out;
  for (const file of fg.sync(['**/*.{txt,md}'], { cwd: SHARED_CORPORA }).filter((f) => !/readme\.md$/i.test(f)).sort()) {
    const doc = await readBuffer(readFileSync(`${SHARED_CORPORA}/${file}`), file);
    if (isReadError(doc)) continue;
    const reading = await readingOf(doc.original, file);
    if (reading) out.push({ kind: 'real', name: file, text: doc.original, ...reading });
  }
  return out;
}

interface Tally {
  changed: number;
  errors: number;
  reportsWithErrors: number;
  warnings: number;
  misread: number;
  added: number;
  lost: number;
  sumsLost: number;
}

const all = await samples();
console.log(`nianbao vary: ${all.length} reports (${GENERATED.map((k) => `${all.filter((s) => s.kind === k).length} ${k}`).join(', ')}, ${all.filter((s) => s.kind === 'real').length} real)`);
for (const printing of PRINTINGS) {
  if (only && !only.includes(printing.name)) continue;
  const tallies = new Map<SampleKind, Tally>();
  const shown: string[] = [];
  const note = (line: string) => void (shown.length < show * 4 && shown.push(line));
  for (const sample of all) {
    if (!printing.kinds.includes(sample.kind)) continue;
    const printed = printing.print(sample.text);
    if (printed === sample.text) continue;
    const tally = tallies.get(sample.kind) ?? { changed: 0, errors: 0, reportsWithErrors: 0, warnings: 0, misread: 0, added: 0, lost: 0, sumsLost: 0 };
    tallies.set(sample.kind, tally);
    tally.changed++;
    const after = await readingOf(printed, sample.name.split('/').pop() ?? sample.name);
    if (!after) {
      note(`${sample.name}: unreadable once printed so`);
      continue;
    }
    const misread = Object.keys(after.cells).filter((k) => sample.cells[k] !== undefined && after.cells[k] !== sample.cells[k]);
    const added = Object.keys(after.cells).filter((k) => sample.cells[k] === undefined);
    const lost = Object.keys(sample.cells).filter((k) => after.cells[k] === undefined && sample.cells[k] !== 0);
    if (misread.length) {
      tally.misread++;
      note(`${sample.name} misread: ${misread.slice(0, 4).map((k) => `${k} ${sample.cells[k]} → ${after.cells[k]}`).join(', ')}`);
    }
    if (added.length) {
      tally.added++;
      note(`${sample.name} read where it was not: ${added.slice(0, 4).map((k) => `${k} ${after.cells[k]}`).join(', ')}`);
    }
    if (lost.length) {
      tally.lost++;
      note(`${sample.name} lost: ${lost.slice(0, 4).join(', ')}`);
    }
    const sumsLost = Object.keys(sample.sums).filter((k) => after.sums[k] === undefined && after.cells[k] === undefined && sample.sums[k] !== 0);
    if (sumsLost.length) {
      tally.sumsLost++;
      note(`${sample.name} sums lost: ${sumsLost.slice(0, 4).join(', ')}`);
    }
    const errors = [...after.errors].filter(([key]) => !sample.errors.has(key));
    tally.errors += errors.length;
    if (errors.length) tally.reportsWithErrors++;
    for (const [, message] of errors) note(`${sample.name} error: ${message}`);
    const warnings = [...after.warnings].filter(([key]) => !sample.warnings.has(key));
    tally.warnings += warnings.length;
    for (const [, message] of warnings) note(`${sample.name} warning: ${message}`);
  }
  const parts = [...tallies].map(([kind, t]) => `${kind} ${t.changed}: errors ${t.errors} (${t.reportsWithErrors}), warnings ${t.warnings}, misread ${t.misread}, newly read ${t.added}, lost ${t.lost}, sums lost ${t.sumsLost}`);
  console.log(`${printing.name}\n  ${parts.join('\n  ') || 'changed no report'}`);
  for (const line of shown) console.log(`    - ${line}`);
}
