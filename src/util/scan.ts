/**
 * Linear-time global matching of lexicon patterns over a whole report.
 *
 * A global regex tries every start position, and a pattern that opens with a greedy run (`[A-Za-z0-9_.-]+/…`)
 * re-reads that run from each of its characters before failing: 200,000 letters cost minutes. Yet when an
 * alternative opens with `X+` and text[p-1] is an X, any match of that alternative at p is also one at p-1 (the
 * run takes one character more; everything after is the same text). So the leftmost match never starts inside
 * such a run, unless the run began before where the search resumed. `linearScanner` therefore adds `(?<!X)` in
 * front of each such alternative, and before each search tries the original pattern, sticky, at the resume point
 * alone. The matches are exactly those of the original global regex, found with each run read once.
 */

export interface LinearScanner {
  /** The pattern as written. */
  readonly source: RegExp;
  /** Original pattern, sticky: tried at the resume point only. */
  readonly sticky: RegExp;
  /** Global, with the run-start guards; null when no alternative opens with a run (the original, global). */
  readonly anchored: RegExp;
  readonly guarded: boolean;
}

/** The top-level alternatives of a regex source (split on `|` outside groups and classes). */
function alternatives(src: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
    } else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(src.slice(from, i));
      from = i + 1;
    }
  }
  out.push(src.slice(from));
  return out;
}

/** The one-character token an alternative opens with, when a `+` follows it (`[a-z]+`, `\d+`, `x+`), else null. */
function leadingRun(alt: string): string | null {
  let end: number;
  if (alt.startsWith('[')) {
    end = 1;
    while (end < alt.length && alt[end] !== ']') end += alt[end] === '\\' ? 2 : 1;
    end++;
  } else if (alt.startsWith('\\')) {
    // \d \w \s and escaped literals; not \b, back-references, \u{…}/\x escapes (kept simple: none open a lexicon run)
    if (!/^\\[dDwWsS.\-\/\\()[\]{}|^$*+?]/.test(alt)) return null;
    end = 2;
  } else if (alt.length > 0 && !'()|^$*+?{.'.includes(alt.charAt(0))) {
    end = 1;
  } else return null;
  return alt[end] === '+' ? alt.slice(0, end) : null;
}

export function linearScanner(re: RegExp): LinearScanner {
  const flags = re.flags.replace(/[gy]/g, '');
  const alts = alternatives(re.source);
  let guarded = false;
  const guardedAlts = alts.map((alt) => {
    const run = leadingRun(alt);
    if (!run) return alt;
    guarded = true;
    return `(?<!${run})${alt}`;
  });
  const anchoredSource = alts.length === 1 ? guardedAlts[0] ?? '' : `(?:${guardedAlts.join('|')})`;
  return {
    source: re,
    sticky: new RegExp(re.source, `${flags}y`),
    anchored: new RegExp(guarded ? anchoredSource : re.source, `${flags}g`),
    guarded,
  };
}

/**
 * Every match of the scanner's pattern in `text`, as a global regex would give them (an empty match moves the
 * search on by one and is not reported).
 */
export function forEachMatch(s: LinearScanner, text: string, onMatch: (start: number, end: number) => void): void {
  let pos = 0;
  while (pos <= text.length) {
    let m: RegExpExecArray | null = null;
    if (s.guarded) {
      s.sticky.lastIndex = pos;
      m = s.sticky.exec(text);
    }
    if (!m) {
      s.anchored.lastIndex = pos;
      m = s.anchored.exec(text);
      if (!m) return;
    }
    if (m[0].length === 0) {
      pos = m.index + 1;
      continue;
    }
    onMatch(m.index, m.index + m[0].length);
    pos = m.index + m[0].length;
  }
}
