/**
 * What composing produces (blocks of prose segments and tables) and what the prose writers share while composing.
 */
import type { Approx, ProblemPeriod, SectionNo, TableId } from '../model/types.js';
import type { Rng } from './random.js';
import type { Values } from './tables.js';
import type { Plan } from './plan.js';

export interface ClaimInfo {
  value: number;
  unit: string;
  approx: Approx;
  metric: string | null;
  group?: string;
  role?: 'total' | 'part' | 'rate' | 'numerator' | 'denominator';
}

export interface Seg {
  text: string;
  claim?: ClaimInfo;
  problem?: { theme: string; period: ProblemPeriod };
}

export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; text: string; level: 1 | 2; section: SectionNo | null; top?: boolean }
  | { kind: 'para'; segs: Seg[]; section: SectionNo | null; role?: 'preamble' | 'fee' }
  | { kind: 'table'; id: TableId; section: SectionNo }
  | { kind: 'image'; id: TableId; src: string; section: SectionNo };

export interface Composed {
  title: string;
  blocks: Block[];
}

/** A paragraph under construction. */
export class Para {
  readonly segs: Seg[] = [];
  t(text: string): this {
    if (text) this.segs.push({ text });
    return this;
  }
  c(text: string, value: number, unit: string, metric: string | null, extra: Partial<ClaimInfo> = {}): this {
    this.segs.push({ text, claim: { value, unit, approx: null, metric, ...extra } });
    return this;
  }
  p(text: string, theme: string, period: ProblemPeriod): this {
    this.segs.push({ text, problem: { theme, period } });
    return this;
  }
}

/** Percent as printed: one decimal, none when whole. */
export function fmtRate(x: number): string {
  const r = Math.round(x * 10) / 10;
  return Number.isInteger(r) ? String(r) : r.toFixed(1);
}

/** The state one report's prose writers share: its plan and figures, the two random streams, and the block sink. */
export interface ProseContext {
  plan: Plan;
  v: Values;
  rng: Rng;
  /** Distractors draw from a stream of their own, so the rest of the prose is the same with or without them. */
  dx: Rng;
  legacy: boolean;
  put: (phrase: string, n: number, m?: number) => string;
  fill: (s: string) => string;
  paren: (s: string) => string;
  heading: (text: string, level: 1 | 2, section: SectionNo | null) => void;
  para: (section: SectionNo | null, p: Para, role?: 'preamble' | 'fee') => void;
  subHeading: (pos: number, text: string) => string;
}
