/**
 * Counting that means something, per theme: bodies rather than sentences (a body that says the same thing
 * several times in one report counts once that year), regions, bodies that repeat the problem year after
 * year in the same words, and wording copied across bodies.
 */
import { basename } from 'node:path';
import type { ProblemItem } from './types.js';

/** Shown where a statement's body is unknown (never a file path). */
export const UNKNOWN_BODY = '未识别机关';
export const UNKNOWN_REGION = '未识别地区';

/** Key of the body a statement belongs to: its canonical body, else its agency, else its file's name. */
export const bodyOf = (it: ProblemItem): string => it.body?.name ?? it.agency ?? basename(it.file);

/** The body's name when known (null: show UNKNOWN_BODY). */
export const knownBody = (it: ProblemItem): string | null => it.body?.name ?? it.agency ?? null;

/** Province and city of the body ('浙江省杭州市'), or UNKNOWN_REGION. */
export function regionOf(it: ProblemItem): string {
  const b = it.body;
  if (!b?.province) return UNKNOWN_REGION;
  return b.city && b.city !== b.province ? `${b.province}${b.city}` : b.province;
}

/** Text compared for "same wording": no whitespace or punctuation. */
export const wording = (text: string): string => text.replace(/[\s\p{P}\p{S}]/gu, '');

function bigrams(s: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) out.add(s.slice(i, i + 2));
  return out;
}

/** Dice coefficient of character bigrams: 1 for the same wording, ≥ 0.8 for a word or two changed. */
export function wordingSimilarity(a: string, b: string): number {
  const x = bigrams(wording(a));
  const y = bigrams(wording(b));
  if (x.size === 0 || y.size === 0) return wording(a) === wording(b) ? 1 : 0;
  let common = 0;
  for (const g of x) if (y.has(g)) common++;
  return (2 * common) / (x.size + y.size);
}

/** Two statements say the same thing "without change" at this similarity or more. */
export const UNCHANGED = 0.8;
/** Years running that make a problem persistent. */
export const PERSISTENT_YEARS = 3;

export function yearlyOf(members: readonly ProblemItem[]): { year: number; statements: number; bodies: number }[] {
  const by = new Map<number, { statements: number; bodies: Set<string> }>();
  for (const it of members) {
    if (it.year === null) continue;
    const e = by.get(it.year) ?? { statements: 0, bodies: new Set<string>() };
    e.statements++;
    e.bodies.add(bodyOf(it));
    by.set(it.year, e);
  }
  return [...by.entries()].sort((a, b) => a[0] - b[0]).map(([year, e]) => ({ year, statements: e.statements, bodies: e.bodies.size }));
}

/** Distinct (body, year) pairs; statements without a year count once per body. */
export function mentionsOf(members: readonly ProblemItem[]): number {
  return new Set(members.map((it) => `${bodyOf(it)}\u0000${it.year ?? ''}`)).size;
}

export function regionsOf(members: readonly ProblemItem[]): { region: string; bodies: string[] }[] {
  const by = new Map<string, Set<string>>();
  for (const it of members) {
    const r = regionOf(it);
    const s = by.get(r) ?? new Set<string>();
    s.add(knownBody(it) ?? UNKNOWN_BODY);
    by.set(r, s);
  }
  return [...by.entries()]
    .map(([region, s]) => ({ region, bodies: [...s].sort() }))
    .sort((a, b) => Number(a.region === UNKNOWN_REGION) - Number(b.region === UNKNOWN_REGION) || b.bodies.length - a.bodies.length || (a.region < b.region ? -1 : 1));
}

/**
 * Known bodies that state the theme PERSISTENT_YEARS or more consecutive years, each year in words nearly the
 * same as the year before (UNCHANGED).
 */
export function persistentOf(members: readonly ProblemItem[]): { body: string; years: number[]; text: string }[] {
  const byBody = new Map<string, Map<number, string[]>>();
  for (const it of members) {
    const b = knownBody(it);
    if (b === null || it.year === null) continue;
    const years = byBody.get(b) ?? new Map<number, string[]>();
    years.set(it.year, [...(years.get(it.year) ?? []), it.statement.text]);
    byBody.set(b, years);
  }
  const out: { body: string; years: number[]; text: string }[] = [];
  for (const [body, years] of byBody) {
    if (years.size < PERSISTENT_YEARS) continue;
    const ys = [...years.keys()].sort((a, b) => a - b);
    // longest chain of consecutive years in which some text carries over nearly unchanged
    let best: { years: number[]; text: string } | null = null;
    for (const y0 of ys) {
      for (const start of years.get(y0) ?? []) {
        const chain = [y0];
        let last = start;
        for (let y = y0 + 1; years.has(y); y++) {
          const next = years.get(y)!.find((t) => wordingSimilarity(last, t) >= UNCHANGED);
          if (next === undefined) break;
          chain.push(y);
          last = next;
        }
        if (chain.length >= PERSISTENT_YEARS && (!best || chain.length > best.years.length)) best = { years: chain, text: last };
      }
    }
    if (best) out.push({ body, ...best });
  }
  return out.sort((a, b) => b.years.length - a.years.length || (a.body < b.body ? -1 : 1));
}

/** Wordings (at least `minLength` characters) found in the statements of two or more known bodies. */
export function sharedWordingOf(members: readonly ProblemItem[], minLength = 8): { text: string; bodies: string[] }[] {
  const by = new Map<string, { text: string; bodies: Set<string> }>();
  for (const it of members) {
    const b = knownBody(it);
    const w = wording(it.statement.text);
    if (b === null || w.length < minLength) continue;
    const e = by.get(w) ?? { text: it.statement.text, bodies: new Set<string>() };
    e.bodies.add(b);
    by.set(w, e);
  }
  return [...by.values()]
    .filter((e) => e.bodies.size >= 2)
    .map((e) => ({ text: e.text, bodies: [...e.bodies].sort() }))
    .sort((a, b) => b.bodies.length - a.bodies.length || (a.text < b.text ? -1 : 1));
}
