/**
 * Text helpers of report.html: escaping for markup and <script>, evidence snippets, links to source files and text
 * views, number formats. Pure; no report structure beyond a file name and hash.
 */
import { createHash } from 'node:crypto';
import { relative, resolve } from 'node:path';
import type { ReportRecord } from '../model/types.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };


/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}


/** JSON safe to place inside a <script> element: no `<` (so no `</script>` or `<!--`), no line separators. */
export function jsonForScript(value: unknown): string {
  return scriptSafe(JSON.stringify(value));
}

/** JSON text made safe inside <script> (no `<`, `>`, `&`, line separators), still the same JSON. */
export function scriptSafe(json: string): string {
  return json
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * JSON made safe inside <script> and ASCII only (other characters as \\u escapes): the browser keeps an ASCII text as
 * one byte per character, so a large data block decodes and parses faster.
 */
export function asciiScriptSafe(json: string): string {
  return scriptSafe(json).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export const fmt = (n: number | null | undefined): string =>
  n == null || !Number.isFinite(n) ? '—' : Number.isInteger(n) ? n.toLocaleString('en-US') : String(Math.round(n * 100) / 100);

export const pct = (part: number, whole: number): string => (whole > 0 ? `${((100 * part) / whole).toFixed(1)}%` : '—');

export const fmtNum = (n: number | null | undefined): number | null => (n == null || !Number.isFinite(n) ? null : n);

export function countBy<T>(items: readonly T[], key: (t: T) => string): [string, number][] {
  const m = new Map<string, number>();
  for (const it of items) m.set(key(it), (m.get(key(it)) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/**
 * Several spans of one text as few snippets, escaped, each span in <mark>: spans close together (a table row's cells,
 * a total and its parts) share one snippet. At most `maxSnippets` snippets.
 */
export function highlightSpans(text: string, spans: readonly { start: number; end: number }[], context = 60, maxSnippets = 3): string[] {
  return snippetSegments(text, spans, context, maxSnippets).map((parts) =>
    parts.map((p, i) => (i % 2 ? `<mark>${escapeHtml(p)}</mark>` : escapeHtml(p))).join(''),
  );
}


/**
 * Several spans of one text as plain-text segments for the page script: `[before, marked, between, marked, …, after]`
 * (even indexes plain, odd indexes marked), one array per snippet. The page builds text nodes from them, so report
 * text never becomes markup.
 */
export function snippetSegments(text: string, spans: readonly { start: number; end: number }[], context = 60, maxSnippets = 3): string[][] {
  const valid = spans
    .filter((s) => s.start >= 0 && s.end <= text.length && s.end >= s.start)
    .map((s) => ({ start: s.start, end: s.end }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const clusters: { start: number; end: number }[][] = [];
  for (const s of valid) {
    const last = clusters[clusters.length - 1];
    const lastEnd = last ? Math.max(...last.map((x) => x.end)) : -Infinity;
    if (last && s.start - lastEnd <= 2 * context) last.push(s);
    else clusters.push([s]);
  }
  const clean = (x: string): string => x.replace(/\s+/g, ' ');
  return clusters.slice(0, maxSnippets).map((cluster) => {
    const from = Math.max(0, Math.min(...cluster.map((x) => x.start)) - context);
    const to = Math.min(text.length, Math.max(...cluster.map((x) => x.end)) + context);
    const out: string[] = [];
    let plain = from > 0 ? '…' : '';
    let at = from;
    for (const s of cluster) {
      if (s.start < at) continue; // overlapping spans: the first one marks the text
      out.push(plain + clean(text.slice(at, s.start)), clean(text.slice(s.start, s.end)));
      plain = '';
      at = s.end;
    }
    out.push(clean(text.slice(at, to)) + (to < text.length ? '…' : ''));
    return out;
  });
}


/** File name of a report's text view (under `texts/` beside report.html): stable for the same content. */
export function textViewName(r: Pick<ReportRecord, 'file' | 'sha1'>): string {
  return `${(r.sha1 ?? createHash('sha1').update(r.file).digest('hex')).slice(0, 16)}.html`;
}
export const TEXT_VIEW_DIR = 'texts';
export const DETAIL_DIR = 'details';
/** Beyond this many findings the details go to chunk scripts under details/ (DETAIL_CHUNK findings each). */
const INLINE_DETAILS_MAX = 5_000;
const DETAIL_CHUNK = 1_000;

/** Characters a path segment cannot hold as is in a link (non-ASCII stays: readable, short; browsers encode it). */
export const UNSAFE_IN_PATH = '[%#?:\\s"\'<>\\\\^`{|}\\[\\]]';
const UNSAFE = new RegExp(UNSAFE_IN_PATH, 'g');

/** A path as a relative URL: `/` between segments, the unsafe characters of each segment encoded. */
export function encodePath(path: string): string {
  return path
    .split(/[\\/]/)
    .map((seg) => seg.replace(UNSAFE, (c) => encodeURIComponent(c)))
    .join('/');
}

/** A link from the folder of report.html to the source file. */
export function sourceHref(file: string, base: string | undefined): string {
  if (/^https?:\/\//i.test(file)) return file;
  return encodePath(base ? relative(base, resolve(file)) : file);
}

/** What sourceHref puts before a relative file path (the way from report.html's folder to the working folder). */
export function sourcePrefix(base: string | undefined): string {
  const up = base ? relative(base, resolve('.')) : '';
  return up ? `${encodePath(up)}/` : '';
}

