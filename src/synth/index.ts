/**
 * The synthetic report generator: realistic 政府信息公开工作年度报告 of invented bodies whose every number is known.
 *
 *   generateReport(seed, index, opts)       pure, synchronous, text renderings (html, markdown, flat, cell-per-line)
 *   generateReportAsync(seed, index, opts)  every rendering, docx and pdf included
 *   generateCorpus({ n, seed, out, … })     writes report files and a `<name>.truth.json` beside each
 *
 * Same (seed, index, options) → same bytes.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import type { Layout, TableId } from '../model/types.js';
import { Rng } from './random.js';
import { planReport, type Plan } from './plan.js';
import { carriedForward, printedKeys, t2Grid, t2Values, t3Grid, t3Values, t4Grid, t4Values, type Grid, type Values } from './tables.js';
import { compose } from './compose.js';
import type { Composed } from './blocks.js';
import { applicableKinds, applyInjection, chooseInjection, type Pending } from './inject.js';
import { converter, Writer } from './render/common.js';
import { renderText } from './render/text.js';
import { renderHtml } from './render/html.js';
import { renderDocx } from './render/docx.js';
import { pdfAvailable, renderPdf } from './render/pdf.js';
import { HTML_COLUMNS } from './lexicon/prose.js';
import type { CellChange, CorpusOptions, GenerateOptions, Injection, Rendering, SyntheticReport, Truth, TruthClaim, TruthProblem } from './types.js';
import { ALL_RENDERINGS, TEXT_RENDERINGS } from './types.js';
import { at } from '../util/at.js';

export * from './types.js';
export { pdfAvailable } from './render/pdf.js';
export { truthViolations, corpusViolations } from './verify.js';

const EXTENSION: Record<Rendering, string> = { html: '.html', markdown: '.md', flat: '.txt', 'cell-per-line': '.txt', 'run-together': '.txt', docx: '.docx', pdf: '.pdf' };

/** Everything decided before rendering. */
interface Built {
  plan: Plan;
  values: Values;
  composed: Composed;
  injection: Injection | null;
  imageTables: TableId[];
  /** Record value-cell offsets in the truth (GenerateOptions.cellOffsets). */
  cellOffsets?: boolean;
}

function baseValues(plan: Plan): Values {
  const { seed, bodyId, year, scale } = plan;
  const cfPrev = carriedForward(seed, bodyId, year - 1, scale);
  const cfCur = carriedForward(seed, bodyId, year, scale);
  const v: Values = {};
  t2Values(seed, bodyId, year, scale, v);
  t3Values(Rng.of(seed, 't3', bodyId, year), cfPrev, cfCur, scale, v);
  t4Values(Rng.of(seed, 't4', bodyId, year), scale, v);
  return v;
}

/** Printed table values (derived sums included) by metric key; none for legacy reports. */
function printedTables(values: Values, layout: Plan['printed'], imageTables: readonly TableId[]): Record<string, number> {
  const out: Record<string, number> = {};
  if (layout === 'legacy') return out;
  for (const id of ['t2', 't3', 't4'] as const) {
    if (imageTables.includes(id)) continue;
    for (const k of printedKeys(id, layout)) if (values[k] !== undefined) out[k] = at(values, k);
  }
  return out;
}

function diff(a: Record<string, number>, b: Record<string, number>): CellChange[] {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return keys.filter((k) => a[k] !== b[k]).map((k) => ({ metric: k, from: a[k] ?? null, to: b[k] ?? null }));
}

function build(seed: number, index: number, opts: GenerateOptions, name?: string): Built {
  const plan = planReport(seed, index, opts, name);
  const k = Math.max(1, Math.floor(opts.yearsPerBody ?? 2));
  const values = baseValues(plan);
  let composed = compose(plan, values);
  const kind = chooseInjection(seed, index, opts, applicableKinds(plan, values, composed, index % k));
  if (!kind) return { plan, values, composed, injection: null, imageTables: [] };

  const cleanTables = printedTables(values, plan.printed, []);
  if (kind === 'outdated_layout') {
    plan.printed = '2019';
    composed = compose(plan, values); // same text, composed again so the 表二 claims name the 2019 keys
  }
  const pending: Pending | null = applyInjection(kind, seed, plan, values, composed);
  if (!pending) {
    plan.printed = plan.expected;
    return { plan, values: baseValues(plan), composed: compose(plan, baseValues(plan)), injection: null, imageTables: [] };
  }
  const imageTables: TableId[] = pending.table ? [pending.table] : [];
  const injection: Injection = { ...pending, changes: diff(cleanTables, printedTables(values, plan.printed, imageTables)) };
  return { plan, values, composed, injection, imageTables };
}

function grids(b: Built): Partial<Record<TableId, Grid>> {
  const { plan, values } = b;
  if (plan.printed === 'legacy') return {};
  return {
    t2: t2Grid(values, plan.printed, plan.style.paren),
    t3: t3Grid(values, plan.printed, plan.style.paren),
    t4: t4Grid(values),
  };
}

function icp(plan: Plan): string {
  const r = Rng.of(plan.seed, 'icp', plan.bodyId);
  return `${r.pick(['青', '云', '明', '岚', '澜'])}ICP备${r.int(10000000, 99999999)}号`;
}

/** The injection with its quotes and sentence as written (in the report's script). */
function written(inj: Injection, conv: (s: string) => string): Injection {
  return {
    ...inj,
    ...(inj.claim ? { claim: { ...inj.claim, from: conv(inj.claim.from), to: conv(inj.claim.to) } } : {}),
    ...(inj.sentence ? { sentence: conv(inj.sentence) } : {}),
  };
}

/** Truth for the rendered report; `writer` gives offsets where the rendering is text. */
function truthOf(b: Built, conv: (s: string) => string, writer: Writer | null): Truth {
  const { plan } = b;
  const claims: TruthClaim[] = [];
  const problems: TruthProblem[] = [];
  const headings: string[] = [];
  for (const block of b.composed.blocks) {
    if (block.kind === 'heading' && block.top) headings.push(conv(block.text));
    if (block.kind !== 'para') continue;
    for (const seg of block.segs) {
      const span = writer?.spans.get(seg);
      const written = writer?.written.get(seg) ?? conv(seg.text);
      const at = span ? { start: span.start, end: span.start + written.length } : {};
      if (seg.claim) {
        const c = seg.claim;
        claims.push({
          quote: written,
          ...at,
          value: c.value,
          unit: c.unit,
          approx: c.approx,
          metric: c.metric,
          section: block.section,
          ...(c.group ? { group: c.group } : {}),
          ...(c.role ? { role: c.role } : {}),
        });
      }
      if (seg.problem) problems.push({ text: written, theme: seg.problem.theme, period: seg.problem.period, ...at });
    }
  }
  const layout: Layout = plan.printed;
  return {
    generator: 'nianbao-synth/1',
    seed: plan.seed,
    index: plan.index,
    name: plan.name,
    file: plan.name + EXTENSION[plan.rendering],
    agency: plan.agency,
    bodyId: plan.bodyId,
    bodyKind: plan.kind,
    year: plan.year,
    layout,
    rendering: plan.rendering,
    encoding: plan.encoding,
    script: plan.script,
    title: conv(b.composed.title),
    headings,
    tables: printedTables(b.values, plan.printed, b.imageTables),
    imageTables: b.imageTables,
    ...(b.cellOffsets && writer
      ? {
          cells: writer.cells.flatMap((c) => {
            const value = b.values[c.metric];
            return value === undefined ? [] : [{ ...c, value }];
          }),
        }
      : {}),
    claims,
    problems,
    injected: b.injection ? [written(b.injection, conv)] : [],
  };
}

function renderTextual(b: Built): SyntheticReport {
  const { plan } = b;
  const conv = converter(plan.script);
  const g = grids(b);
  const render = (): { text: string; writer: Writer } => {
    const rng = Rng.of(plan.seed, 'layout-text', plan.index);
    if (plan.rendering === 'html')
      return renderHtml({
        composed: b.composed,
        grids: g,
        conv,
        rng,
        charset: plan.encoding === 'gbk' ? 'gb2312' : 'utf-8',
        agency: plan.agency,
        office: plan.office,
        date: plan.style.publishDate,
        column: rng.pick(HTML_COLUMNS),
        icp: icp(plan),
      });
    const chrome = (plan.rendering === 'flat' || plan.rendering === 'run-together') && rng.chance(0.5) ? { agency: plan.agency, date: plan.style.publishDate, column: rng.pick(HTML_COLUMNS) } : null;
    const out = renderText({ composed: b.composed, grids: g, rendering: plan.rendering === 'run-together' ? 'flat' : plan.rendering as 'markdown' | 'flat' | 'cell-per-line', conv, rng, chrome });
    // line breaks lost: one character for one, so every recorded offset stays right
    return plan.rendering === 'run-together' ? { text: out.text.replace(/\n/g, ' '), writer: out.writer } : out;
  };
  let out = render();
  let bytes: Buffer;
  if (plan.encoding === 'gbk') {
    bytes = iconv.encode(out.text, 'gbk');
    if (iconv.decode(bytes, 'gbk') !== out.text) {
      // a character GBK cannot hold (a rare traditional form): the file is written in UTF-8 instead
      plan.encoding = 'utf-8';
      out = render();
      bytes = Buffer.from(out.text, 'utf8');
    }
  } else bytes = Buffer.from(out.text, 'utf8');
  return { name: plan.name, rendering: plan.rendering, encoding: plan.encoding, script: plan.script, bytes, extension: EXTENSION[plan.rendering], truth: truthOf(b, conv, out.writer) };
}

/**
 * One report, in memory. Renderings default to the text ones; a plan that draws docx or pdf needs generateReportAsync.
 */
export function generateReport(seed: number, index: number, opts: GenerateOptions = {}, name?: string): SyntheticReport {
  const o = { ...opts, renderings: opts.renderings?.length ? opts.renderings : TEXT_RENDERINGS };
  const b: Built = { ...build(seed, index, o, name), cellOffsets: !!o.cellOffsets };
  if (b.plan.rendering === 'docx' || b.plan.rendering === 'pdf') throw new Error(`${b.plan.rendering} 需用 generateReportAsync 生成`);
  return renderTextual(b);
}

/** One report in any rendering, docx and pdf included. */
export async function generateReportAsync(seed: number, index: number, opts: GenerateOptions = {}, name?: string): Promise<SyntheticReport> {
  const o = { ...opts, renderings: opts.renderings?.length ? opts.renderings : defaultRenderings() };
  const b: Built = { ...build(seed, index, o, name), cellOffsets: !!o.cellOffsets };
  if (b.plan.rendering !== 'docx' && b.plan.rendering !== 'pdf') return renderTextual(b);
  const conv = converter(b.plan.script);
  const meta = { agency: b.plan.agency, date: b.plan.style.publishDate };
  const bytes = b.plan.rendering === 'docx' ? await renderDocx(b.composed, grids(b), conv, meta) : await renderPdf(b.composed, grids(b), conv, meta);
  return { name: b.plan.name, rendering: b.plan.rendering, encoding: 'binary', script: b.plan.script, bytes, extension: EXTENSION[b.plan.rendering], truth: truthOf(b, conv, null) };
}

/** Every rendering this machine can make (pdf needs the CJK font package). */
export function defaultRenderings(): Rendering[] {
  return ALL_RENDERINGS.filter((r) => r !== 'pdf' || pdfAvailable());
}

/** Writes n reports and their truth files into `out`; returns the report paths. */
export async function generateCorpus(opts: CorpusOptions): Promise<{ files: string[] }> {
  await mkdir(opts.out, { recursive: true });
  const files: string[] = [];
  const prefix = opts.prefix ?? 'synth';
  for (let i = 0; i < opts.n; i++) {
    const name = `${prefix}-${String(i).padStart(String(Math.max(opts.n - 1, 999)).length, '0')}`;
    const r = await generateReportAsync(opts.seed, i, opts, name);
    const file = join(opts.out, name + r.extension);
    await writeFile(file, r.bytes);
    await writeFile(join(opts.out, `${name}.truth.json`), JSON.stringify(r.truth, null, 1) + '\n');
    files.push(file);
    opts.onReport?.(i + 1, file, r.truth);
  }
  return { files };
}
