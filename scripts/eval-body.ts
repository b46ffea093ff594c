/**
 * The issuing body on synthetic report heads and tails (test/read/body-cases.ts, and the held-out batch
 * test/read/body-cases-held-out.ts with --held-out, notices and signatures in test/read/body-cases-forwarded.ts with
 * --forwarded): per group, how many bodies are
 * right, wrong or missing, how many regions are right, and whether the reader abstains where the text names no body.
 *
 *   npx tsx scripts/eval-body.ts [--held-out | --forwarded] [--misses]
 */
import { BODY_CASES, runCase, type BodyCase } from '../test/read/body-cases.js';
import { HELD_OUT_CASES } from '../test/read/body-cases-held-out.js';
import { FORWARDED_CASES } from '../test/read/body-cases-forwarded.js';

const showMisses = process.argv.includes('--misses');
type Tally = { right: number; wrong: number; missing: number; abstained: number; named: number; region: number; pinned: number };
const empty = (): Tally => ({ right: 0, wrong: 0, missing: 0, abstained: 0, named: 0, region: 0, pinned: 0 });
const groups = new Map<string, Tally>();
const all = empty();
const misses: string[] = [];
const cases: BodyCase[] = process.argv.includes('--held-out') ? HELD_OUT_CASES : process.argv.includes('--forwarded') ? FORWARDED_CASES : BODY_CASES;
for (const c of cases) {
  const r = runCase(c);
  const t = groups.get(c.group) ?? empty();
  groups.set(c.group, t);
  for (const x of [t, all]) {
    x[r.outcome]++;
    if (r.regionRight !== null) {
      x.pinned++;
      if (r.regionRight) x.region++;
    }
  }
  if (r.outcome !== 'right' && r.outcome !== 'abstained') misses.push(`${c.id}: ${r.outcome} — got ${r.body?.name ?? 'null'}, want ${c.body ?? 'null'}`);
  else if (r.regionRight === false) misses.push(`${c.id}: region ${[r.body?.province, r.body?.city, r.body?.county].join('/')} ≠ ${c.region?.join('/')}`);
}
const row = (name: string, t: Tally) => {
  const named = t.right + t.wrong + t.missing;
  const abstain = t.abstained + t.named;
  return [name, `${t.right}/${named}`, String(t.wrong), String(t.missing), abstain ? `${t.abstained}/${abstain}` : '', t.pinned ? `${t.region}/${t.pinned}` : ''];
};
const rows = [['group', 'body right', 'wrong', 'missing', 'abstained (no body)', 'region right'], ...[...groups].map(([g, t]) => row(g, t)), row('all', all)];
const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length)));
for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  '));
if (showMisses) for (const m of misses) console.log(`  - ${m}`);
