/**
 * report.html: one self-contained page a reviewer opens offline — corpus overview, coverage of bodies × years,
 * findings with filters (kept in the URL) and the prose highlighted beside the table cell, decisions (confirm /
 * dismiss / comment, kept in the browser, exported as a file), and the problem themes.
 *
 * The page data travels as ASCII-only JSON inside a non-executable <script type="application/json"> with `<` escaped
 * (or, when asked, gzipped and base64-encoded in a non-executable block the page inflates with the browser's
 * DecompressionStream). The page script builds the findings and the coverage grid from it with text nodes only, so
 * report text never becomes markup. Server-rendered parts go through `escapeHtml`. Charts are plain SVG drawn by
 * the page script (ECharts' smallest modular build is ~490 KB, more than the whole page's budget).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { ReportRecord } from '../model/types.js';
import { bodyOf, detailBlock, overviewOf, pageDataOf, type DataOptions } from './dashboard-data.js';
import { dashboardScript, DASHBOARD_STYLE, TEXT_VIEW_SCRIPT, TEXT_VIEW_STYLE } from './dashboard-page.js';
import { pageSections } from './dashboard-sections.js';
import { asciiScriptSafe, escapeHtml, jsonForScript, scriptSafe, sourceHref, textViewName, UNSAFE_IN_PATH } from './html-text.js';
import { latestPerFile } from './jsonl.js';

import { textOf } from './types.js';

export { bodyOf, relatedCells, reportState, type ReportState } from './dashboard-data.js';
export { encodePath, escapeHtml, highlightSpans, jsonForScript, snippetSegments, sourceHref, textViewName, UNSAFE_IN_PATH } from './html-text.js';

export interface HtmlOptions extends DataOptions {
  /** Context characters shown either side of a highlighted span (default 60; 30 beyond 20,000 findings). */
  snippetContext?: number;
  /** Folder source-file links are relative to (the folder of report.html; writeHtml sets it). */
  sourceBase?: string;
  /** Link findings to per-report text views under texts/ (default true; writeHtml writes them). */
  textViews?: boolean;
}

export const TEXT_VIEW_DIR = 'texts';
export const DETAIL_DIR = 'details';
/** Beyond this many findings the details go to chunk scripts under details/ (DETAIL_CHUNK findings each). */
const INLINE_DETAILS_MAX = 5_000;
const DETAIL_CHUNK = 1_000;
/**
 * Page data longer than this (characters of JSON) would travel gzipped. Off: inflating in the browser (base64, then
 * DecompressionStream) costs more than decoding plain ASCII JSON — at 100,000 findings the first page came ~0.9 s
 * later (npm run bench:dashboard -- --gzip). Kept as the `gzipAbove` option for when file size matters more.
 */
export const GZIP_DATA_ABOVE = Infinity;

/** The whole dashboard as one HTML string (pure). The findings, coverage and decisions are drawn by the page script. */
export function renderHtml(recordsIn: readonly ReportRecord[], options: HtmlOptions = {}): string {
  return buildPage(recordsIn, { ...options, detailChunkSize: 0 }).html;
}

/** The page data block: JSON as is, or gzip + base64 when it is large (`gzipAbove` characters, default GZIP_DATA_ABOVE). */
export function dataBlock(data: unknown, gzipAbove = GZIP_DATA_ABOVE): string {
  const json = JSON.stringify(data);
  if (json.length <= gzipAbove) return `<script type="application/json" id="nianbao-data">${asciiScriptSafe(json)}</script>`;
  const packed = gzipSync(Buffer.from(json, 'utf8'), { level: 6 }).toString('base64');
  return `<script type="application/octet-stream" id="nianbao-data" data-encoding="gzip-base64">${packed}</script>`;
}

/**
 * The page, and — when `detailChunkSize` > 0 — the findings' details as chunk scripts (`details/<k>.js`) the page
 * loads when it shows one of their cards, so a large batch does not parse all its snippets at load.
 */
export function buildPage(
  recordsIn: readonly ReportRecord[],
  options: HtmlOptions & { detailChunkSize?: number; gzipAbove?: number } = {},
): { html: string; chunks: string[] } {
  const records = latestPerFile(recordsIn);
  const title = options.title ?? '政府信息公开工作年度报告 · 核查结果';
  const generatedAt = options.generatedAt ?? new Date().toISOString();
  const overview = overviewOf(records, options);
  const { data, details } = pageDataOf(records, overview, { ...options, generatedAt });
  const detail = detailBlock(details);
  const chunkSize = options.detailChunkSize ?? 0;
  const chunks: string[] = [];
  if (chunkSize > 0)
    for (let k = 0, at = 0; k * chunkSize < detail.lengths.length; k++) {
      const n = detail.lengths.slice(k * chunkSize, (k + 1) * chunkSize).reduce((a, l) => a + l + 1, 0);
      chunks.push(`window.__nianbaoDetails(${k}, ${scriptSafe(JSON.stringify(detail.text.slice(at, at + n - 1)))});\n`);
      at += n;
    }
  const pageData = { ...data, detailChunks: chunkSize > 0 ? { dir: DETAIL_DIR, size: chunkSize } : null };
  const body = pageSections(overview, { title, generatedAt, expected: options.expectedBodies?.length ?? 0, sourceBase: options.sourceBase });
  const html = `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${DASHBOARD_STYLE}</style></head>
<body>${body}
${dataBlock(pageData, options.gzipAbove)}
<script type="application/json" id="nianbao-details">${chunkSize > 0 ? '' : detail.text}</script>
<script>${dashboardScript(UNSAFE_IN_PATH)}</script>
</body></html>
`;
  return { html, chunks };
}

/**
 * One report's text with the evidence marked: the spans come from the URL (`#m=812-826,900-910`), the text from a
 * JSON block; the script builds text nodes, so nothing in the report is parsed as markup.
 */
export function renderTextView(r: ReportRecord, text: string, links: { source: string; dashboard: string }): string {
  const heading = [bodyOf(r), r.year != null ? `${r.year}年` : null].filter(Boolean).join(' ') || r.file;
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(heading)}</title><style>${TEXT_VIEW_STYLE}</style></head>
<body><header><h1>${escapeHtml(heading)}</h1><div class="file">${escapeHtml(r.file)}</div>
<nav><a href="${escapeHtml(links.dashboard)}">返回核查结果</a> · <a href="${escapeHtml(links.source)}">打开源文件</a> · <button type="button" id="next">下一处标记</button></nav></header>
<pre id="text"></pre>
<script type="application/json" id="text-data">${jsonForScript({ text })}</script>
<script>${TEXT_VIEW_SCRIPT}</script>
</body></html>
`;
}

/** Writes report.html and, for every report whose text is known, its text view under texts/. */
export function writeHtml(path: string, records: readonly ReportRecord[], options: HtmlOptions & { detailChunkSize?: number; gzipAbove?: number } = {}): string {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  const sourceBase = options.sourceBase ?? resolve(dir);
  if (options.textViews !== false && options.texts) {
    const views = join(dir, TEXT_VIEW_DIR);
    mkdirSync(views, { recursive: true });
    for (const r of latestPerFile(records)) {
      const text = r.status === 'ok' ? textOf(options.texts, r.file) : undefined;
      if (text === undefined) continue;
      const links = { source: `../${sourceHref(r.file, sourceBase)}`, dashboard: `../${basename(path)}` };
      writeFileSync(join(views, textViewName(r)), renderTextView(r, text, links), 'utf8');
    }
  }
  const findings = latestPerFile(records).reduce((a, r) => a + (r.status === 'ok' ? (r.findings?.length ?? 0) : 0), 0);
  const chunkSize = options.detailChunkSize ?? (findings > INLINE_DETAILS_MAX ? DETAIL_CHUNK : 0);
  const page = buildPage(records, { ...options, sourceBase, detailChunkSize: chunkSize });
  const chunkDir = join(dir, DETAIL_DIR);
  rmSync(chunkDir, { recursive: true, force: true });
  if (page.chunks.length) {
    mkdirSync(chunkDir, { recursive: true });
    page.chunks.forEach((c, k) => writeFileSync(join(chunkDir, `${k}.js`), c, 'utf8'));
  }
  writeFileSync(path, page.html, 'utf8');
  return path;
}
