/**
 * Every RegExp of every lexicon/ folder, run over adversarial strings at two sizes: time must grow about linearly
 * (see ../helpers/growth.ts for how that is told apart from a busy machine).
 * The strings repeat the pattern's own characters (and the shapes report text is full of: letter, digit, dot and
 * percent runs, heading-like lines), which is where a backtracking pattern re-reads a run from every position.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { forEachMatch, linearScanner } from '../../src/util/scan.js';
import { normalise } from '../../src/read/normalise.js';
import { growth, GROWTH_BOUND, SIZE_FACTOR } from '../helpers/growth.js';

const SRC = join(__dirname, '../../src');

async function lexiconPatterns(): Promise<{ where: string; re: RegExp }[]> {
  const out: { where: string; re: RegExp }[] = [];
  const seen = new Set<RegExp>();
  const walk = (where: string, x: unknown, depth: number) => {
    if (x instanceof RegExp) {
      if (!seen.has(x)) out.push({ where, re: x });
      seen.add(x);
    } else if (x && typeof x === 'object' && depth < 6) {
      for (const [k, v] of Object.entries(x as object)) walk(`${where}.${k}`, v, depth + 1);
    }
  };
  for (const stage of readdirSync(SRC)) {
    let files: string[] = [];
    try {
      files = readdirSync(join(SRC, stage, 'lexicon')).filter((f) => f.endsWith('.ts'));
    } catch {
      continue;
    }
    for (const f of files) walk(`${stage}/lexicon/${f}`, await import(join(SRC, stage, 'lexicon', f)), 0);
  }
  return out;
}

/** Characters a pattern is made of: its non-ASCII literals and class members, plus ASCII shapes. */
function atomsOf(re: RegExp): string[] {
  const own = [...new Set(re.source.replace(/\\u\{?[0-9a-fA-F]+\}?/g, '').match(/[^\x00-\x7f]/g) ?? [])];
  return [...own, 'a', 'Z', '1', '0', '.', '%', '/', '-', '_', ' ', '\n', '@', ':', '(', ')', '|', ',', '99.1%', '一、总体情况\n', 'a1', '1.', 'www.'];
}

const adversarial = (atom: string, n: number) => atom.repeat(Math.ceil(n / atom.length)).slice(0, n);

/**
 * The strings a pattern meets: the readers' patterns see the decoded text as it is; every later stage sees the
 * normalised text (spaces collapsed, at most two newlines in a row), so a run of blank lines never reaches them.
 */
const asSeen = (where: string, texts: string[]) => (where.startsWith('read/') ? texts : texts.map((t) => normalise(`x${t}x`).text));

const scan = (re: RegExp, texts: string[]) => () => {
  const scanner = linearScanner(re);
  for (const t of texts) forEachMatch(scanner, t, () => {});
};

describe('lexicon patterns scan in linear time', () => {
  it(`every lexicon RegExp costs well under the square of ${SIZE_FACTOR}× on ${SIZE_FACTOR}× its own adversarial strings`, async () => {
    const patterns = await lexiconPatterns();
    expect(patterns.length).toBeGreaterThan(20);
    const S = 1500;
    const slow: string[] = [];
    for (const { where, re } of patterns) {
      const atoms = atomsOf(re);
      const smallTexts = asSeen(where, atoms.map((a) => adversarial(a, S)));
      const largeTexts = asSeen(where, atoms.map((a) => adversarial(a, SIZE_FACTOR * S)));
      const { ratio, detail } = await growth(scan(re, smallTexts), scan(re, largeTexts), 4);
      if (ratio > GROWTH_BOUND) slow.push(`${where} ${re} ${detail}`);
    }
    expect(slow).toEqual([]);
  }, 120_000);
});
