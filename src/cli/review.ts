/**
 * `analyze --decisions FILE --expected FILE`: reads the reviewers' decisions exported from report.html and the list
 * of bodies reports are expected from, and says on stderr which decisions lost their finding.
 */
import { readFileSync } from 'node:fs';
import { describeOrphans, parseDecisions, type Decision } from '../outputs/decisions.js';
import { parseExpectedBodies, type ExpectedBody } from '../outputs/expected.js';

export interface ReviewOptions {
  decisions?: Decision[];
  expectedBodies?: ExpectedBody[];
  onOrphans?: (orphans: Decision[]) => void;
}

/** Throws an Error with a one-line Chinese/English message when a file cannot be read or parsed. */
export function reviewOptions(o: { decisions?: string; expected?: string }, stderr: (s: string) => void = (s) => process.stderr.write(s)): ReviewOptions {
  const out: ReviewOptions = {};
  if (o.decisions) {
    try {
      out.decisions = parseDecisions(readFileSync(o.decisions, 'utf8'));
    } catch (e) {
      throw new Error(`无法读取审核记录 cannot read decisions file ${o.decisions}: ${e instanceof Error ? e.message : String(e)}`);
    }
    out.onOrphans = (orphans) => {
      if (orphans.length) stderr(describeOrphans(orphans));
    };
  }
  if (o.expected) {
    try {
      out.expectedBodies = parseExpectedBodies(readFileSync(o.expected, 'utf8'));
    } catch (e) {
      throw new Error(`无法读取机关名单 cannot read expected bodies ${o.expected}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return out;
}
