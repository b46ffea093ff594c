/** Reports that copy most of their prose from the body's previous year or from another body. */
import type { Finding, ReportAnalysis } from '../../model/types.js';
import { failed, message, type CorpusRule } from '../engine.js';
import { sortedShingles } from '../minhash.js';
import { addFinding, fileLabel, type CorpusReport } from '../corpus.js';
import { stripNonProse, TEMPLATE_PHRASES } from '../lexicon/template.js';
import { copiesOf, COPY_SHARE, setsInMemory, type Copy } from '../near-copies.js';
import { groupBy } from '../../util/group.js';

export { COPY_SHARE, ESTIMATE_MARGIN, MIN_SHINGLES, TEMPLATE_MIN_BATCH, TEMPLATE_SHARE, templateShingles } from '../near-copies.js';

/**
 * The prose a person wrote: tables, web chrome, the format's fixed wording, digits, punctuation and spaces
 * removed (numbers change from year to year, words stay). A '|' marks a cut so no shingle spans it.
 */
export function proseOf(a: ReportAnalysis): string {
  const cut = [...a.tables.tables, ...a.structure.boilerplate, ...a.doc.tables].sort((x, y) => x.start - y.start);
  let text = '';
  let at = 0;
  for (const s of cut) {
    if (s.start > at) text += a.doc.text.slice(at, s.start);
    at = Math.max(at, s.end);
  }
  text += a.doc.text.slice(at);
  return withoutTemplatePhrases(stripNonProse(text));
}

/** TEMPLATE_PHRASES' indices by their phrase's first UTF-16 unit (every phrase has two or more). */
const PHRASES_BY_FIRST: ReadonlyMap<number, readonly number[]> = groupBy(TEMPLATE_PHRASES.keys(), (k) => TEMPLATE_PHRASES[k]?.charCodeAt(0) ?? -1);
/** Whether some phrase starts with this pair of units, by a hash of the pair (false positives only: the pairs are then compared). */
const STARTS_PHRASE = new Uint8Array(0x10000);
const pairHash = (a: number, b: number): number => (a * 31 + b) & 0xffff;
for (const p of TEMPLATE_PHRASES) STARTS_PHRASE[pairHash(p.charCodeAt(0), p.charCodeAt(1))] = 1;

/**
 * `prose` with each of TEMPLATE_PHRASES, in turn, split out and replaced by '|': prose.split(p).join('|') for
 * every phrase in the list's order (longest first), computed in one pass. No phrase holds a '|', so phrase p
 * cuts, left to right, its occurrences in the original text that overlap no earlier cut.
 */
export function withoutTemplatePhrases(prose: string): string {
  const found: number[][] = [];
  for (let i = 0; i + 1 < prose.length; i++) {
    const c = prose.charCodeAt(i);
    if (STARTS_PHRASE[pairHash(c, prose.charCodeAt(i + 1))] !== 1) continue;
    for (const k of PHRASES_BY_FIRST.get(c) ?? []) if (prose.startsWith(TEMPLATE_PHRASES[k] ?? '', i)) (found[k] ??= []).push(i);
  }
  const taken = new Uint8Array(prose.length);
  const cuts: { start: number; end: number }[] = [];
  TEMPLATE_PHRASES.forEach((p, k) => {
    let from = 0;
    for (const i of found[k] ?? []) {
      if (i < from || overlapsCut(taken, i, i + p.length)) continue;
      taken.fill(1, i, i + p.length);
      cuts.push({ start: i, end: i + p.length });
      from = i + p.length;
    }
  });
  if (cuts.length === 0) return prose;
  cuts.sort((x, y) => x.start - y.start);
  let out = '';
  let at = 0;
  for (const c of cuts) {
    out += `${prose.slice(at, c.start)}|`;
    at = c.end;
  }
  return out + prose.slice(at);
}

function overlapsCut(taken: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (taken[i] === 1) return true;
  return false;
}

/**
 * Distinct shingle hashes of the report's prose, in ascending order: what this rule keeps of a report in a batch.
 * Sorted once here (in the batch's worker) so the exact count of shared shingles is a merge, with no sorted copy
 * of every candidate's set kept in the main thread.
 */
export function proseShingles(a: ReportAnalysis): Uint32Array {
  return sortedShingles(proseOf(a));
}


/**
 * What this rule keeps of a report: its proseShingles as base64 of the Uint32Array's bytes (a string survives
 * both the worker boundary and JSON lines on disk, a quarter smaller than a JSON array of numbers).
 */
export interface NearDuplicateSummary {
  prose: string;
}

export const encodeShingles = (xs: Uint32Array): string => Buffer.from(xs.buffer, xs.byteOffset, xs.byteLength).toString('base64');

export function decodeShingles(b64: string): Uint32Array {
  const bytes = Buffer.from(b64, 'base64');
  const out = new Uint32Array(bytes.length >> 2);
  // Copied, not viewed: a decoded Buffer may sit at an offset in a shared pool not aligned to 4 bytes.
  Buffer.from(out.buffer).set(bytes.subarray(0, out.length * 4));
  return out;
}

/** Members a group's finding names one by one; the rest are counted. */
export const CLUSTER_NAMED = 10;

/**
 * Reports joined by copying, as groups (connected components): n copies of one text are one group, not n² pairs.
 * Groups in order of their first member, members ascending.
 */
export function copyClusters(copies: readonly Copy[]): { members: number[]; copies: Copy[] }[] {
  const parent = new Map<number, number>();
  const find = (a: number): number => {
    let r = a;
    for (let up = parent.get(r) ?? r; up !== r; up = parent.get(r) ?? r) r = up;
    for (let c = a; c !== r; ) {
      const next = parent.get(c) ?? r;
      parent.set(c, r);
      c = next;
    }
    return r;
  };
  for (const { x, y } of copies) {
    for (const m of [x, y]) if (!parent.has(m)) parent.set(m, m);
    const a = find(x);
    const b = find(y);
    if (a !== b) parent.set(Math.max(a, b), Math.min(a, b));
  }
  const groups = new Map<number, { members: number[]; copies: Copy[] }>();
  const groupOf = (m: number): { members: number[]; copies: Copy[] } => {
    const r = find(m);
    const g = groups.get(r) ?? { members: [], copies: [] };
    groups.set(r, g);
    return g;
  };
  for (const m of [...parent.keys()].sort((a, b) => a - b)) groupOf(m).members.push(m);
  for (const c of copies) groupOf(c.x).copies.push(c);
  return [...groups.values()].sort((a, b) => (a.members[0] ?? 0) - (b.members[0] ?? 0));
}

const percent = (share: number): number => Math.round(share * 100);

export const nearDuplicate: CorpusRule<NearDuplicateSummary> & { findingsOf(all: readonly CorpusReport[], copies: readonly Copy[]): Map<string, Finding[]> } = {
  id: 'near_duplicate',
  severity: 'warning',
  scope: 'corpus',
  title: '报告文字大量照搬',
  description: `本报告正文（不计表格和数字）有${Math.round(COPY_SHARE * 100)}%以上与本机关上年报告或其他机关的报告相同（MinHash找出候选，再逐一精确计算），多为照搬模板或上年报告。`,
  messages: {
    copiedPreviousYear: {
      zh: '本报告约{share}%的文字与本机关上年度报告（{file}）相同',
      en: "About {share}% of this report's prose is the same as the body's report of the previous year ({file})",
    },
    copiedOther: {
      zh: '本报告约{share}%的文字与{source}（{file}）相同',
      en: "About {share}% of this report's prose is the same as {source} ({file})",
    },
    copiedAmong: {
      zh: '本报告与另外{count}份报告的文字大量相同（相互照搬约{shares}%）：{named*}{more?}',
      en: 'Much of the prose of this report and {count} others is the same (about {shares}% copied among them): {named*}{more?}',
    },
    more: { zh: '等{count}份报告', en: ', {count} reports in all' },
  },
  summarise(a: ReportAnalysis): NearDuplicateSummary {
    return { prose: encodeShingles(proseShingles(a)) };
  },
  run(items) {
    const all = items.map((x) => x.report);
    return this.findingsOf(all, copiesOf(all, setsInMemory(items.map((x) => decodeShingles(x.summary.prose)))));
  },
  /** The findings of the copies found among `all` (near-copies.ts copiesOf, or the batch's threads). */
  findingsOf(all, copies) {
    const out = new Map<string, Finding[]>();
    const label = (m: number): string => {
      const r = all[m];
      return r ? `${fileLabel(r)}（${r.file}）` : '';
    };
    for (const cluster of copyClusters(copies)) {
      const [first] = cluster.copies;
      if (!first) continue;
      if (cluster.members.length === 2 && cluster.copies.length === 1) {
        // one report copying one other: said of the copy, naming its source
        const { x, y, share, previousYear } = first;
        const copy = all[x];
        const source = all[y];
        if (!copy || !source) continue;
        const fields = { actual: percent(share) / 100, evidence: [] };
        const data = { share: percent(share), file: source.file, source: fileLabel(source) };
        addFinding(out, copy.file, failed(this, previousYear ? 'copiedPreviousYear' : 'copiedOther', data, fields));
        continue;
      }
      // copies of one another: one finding for the group, on its first copying report, listing every member
      const x = Math.min(...cluster.copies.map((c) => c.x));
      const copy = all[x];
      if (!copy) continue;
      const shares = cluster.copies.map((c) => c.share);
      const lo = percent(Math.min(...shares));
      const hi = percent(Math.max(...shares));
      const others = cluster.members.filter((m) => m !== x);
      const more = others.length > CLUSTER_NAMED ? message(this, 'more', { count: others.length }) : undefined;
      addFinding(
        out,
        copy.file,
        failed(
          this,
          'copiedAmong',
          { count: others.length, shares: lo === hi ? String(lo) : `${lo}–${hi}`, named: others.slice(0, CLUSTER_NAMED).map(label), more },
          { actual: percent(Math.max(...shares)) / 100, evidence: [] },
        ),
      );
    }
    return out;
  },
};
