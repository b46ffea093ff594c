import { describe, expect, it } from 'vitest';
import { forEachMatch, linearScanner } from '../../src/util/scan.js';
import { NON_QUANTITY_PATTERNS } from '../../src/figures/lexicon/nonQuantities.js';
import { mulberry32 } from '../../src/util/random.js';

/** The matches a plain global regex gives (an empty match moves on by one and is not reported). */
function globalMatches(re: RegExp, text: string): string[] {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  const out: string[] = [];
  for (let m = g.exec(text); m; m = g.exec(text)) {
    if (m[0].length === 0) g.lastIndex++;
    else out.push(`${m.index}:${m[0]}`);
  }
  return out;
}

function scannedMatches(re: RegExp, text: string): string[] {
  const out: string[] = [];
  forEachMatch(linearScanner(re), text, (s, e) => out.push(`${s}:${text.slice(s, e)}`));
  return out;
}

describe('linearScanner', () => {
  it('guards alternatives that open with a run, and leaves others as written', () => {
    expect(linearScanner(/[a-z]+\d/g).anchored.source).toBe('(?<![a-z])[a-z]+\\d');
    expect(linearScanner(/x+y|\d+z|q/).anchored.source).toBe('(?:(?<!x)x+y|(?<!\\d)\\d+z|q)');
    expect(linearScanner(/(?:a|b)+c/).guarded).toBe(false);
    expect(linearScanner(/\d{4}年/).guarded).toBe(false);
  });

  it('finds a match that starts where the last one ended, inside a run', () => {
    // the first address ends on "com", the next starts at once with "5x": the run-start guard alone would miss it
    const email = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
    expect(scannedMatches(email, 'a@b.com5x@y.org')).toEqual(['0:a@b.com', '7:5x@y.org']);
    expect(scannedMatches(email, 'a@b.com5x@y.org')).toEqual(globalMatches(email, 'a@b.com5x@y.org'));
  });

  it('gives exactly the matches of the global regex for every non-quantity pattern on random text', () => {
    const alphabet = ['a', 'Z', '1', '0', '2', '.', '%', '@', '/', '-', '_', ' ', '\n', '届', '次', '会议', '一', '十', '是', '、', '(', ')', '年', '月', '日', '第', '条', '号', 'com', 'png', ':', '5', '4', '8'];
    const rnd = mulberry32(19);
    let compared = 0;
    for (let t = 0; t < 3000; t++) {
      let text = '';
      const n = 1 + Math.floor(rnd() * 40);
      for (let i = 0; i < n; i++) text += alphabet[Math.floor(rnd() * alphabet.length)];
      for (const re of NON_QUANTITY_PATTERNS) {
        expect(scannedMatches(re, text), `${re} on ${JSON.stringify(text)}`).toEqual(globalMatches(re, text));
        compared++;
      }
    }
    expect(compared).toBe(3000 * NON_QUANTITY_PATTERNS.length);
  });
});
