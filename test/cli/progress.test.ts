import { describe, expect, it } from 'vitest';
import { makeProgress, rateText } from '../../src/cli/progress.js';

/** A non-terminal stream that keeps what is written. */
function sink(): NodeJS.WriteStream & { lines: string[] } {
  const lines: string[] = [];
  return { isTTY: false, lines, write: (s: string) => (lines.push(s.trimEnd()), true) } as unknown as NodeJS.WriteStream & { lines: string[] };
}

describe('batch progress off a terminal', () => {
  it('shows no rate until two seconds have passed since the batch started', () => {
    expect(rateText(1, 0, 1)).toBe('');
    expect(rateText(10, 0, 1999)).toBe('');
    expect(rateText(10, 0, 4000)).toBe('2.5');
  });

  it('prints the first file without a made-up rate, then lines at most every two seconds, and the last one', () => {
    let now = 10_000;
    const out = sink();
    const p = makeProgress(40, out, 10_000, () => now);
    now += 5;
    p.update(1, 40, 'a');
    now += 500;
    p.update(2, 40, 'b'); // too soon after the last line
    now += 3000;
    p.update(20, 40, 'c');
    now += 10;
    p.update(40, 40, 'd');
    expect(out.lines).toEqual(['[nianbao] 1/40 files', '[nianbao] 20/40 files, 5.7 files/s', '[nianbao] 40/40 files, 11.4 files/s']);
  });
});
