/**
 * npm run review — analyse every real report in ../shared/corpora (seeds, dev, pdf, wild) and compare its error and
 * warning findings with the verdicts in eval/review.tsv: prints error and warning precision, the false findings, and
 * the findings nobody has judged yet.
 * Usage: npm run review [-- --strict] [--append-unjudged] [--stale]
 *   --strict            exit 1 when an error finding has no verdict (a gate for merges)
 *   --append-unjudged   append the unjudged findings to eval/review.tsv with an empty verdict, to fill in
 *   --stale             also list verdict rows no current finding matches
 */
import { appendFileSync, existsSync, writeFileSync } from 'node:fs';
import { hasShared, SHARED_CORPORA } from '../src/eval/corpora.js';
import { analyseRealReports, precisionLine, readVerdicts, review, REVIEW_FILE, REVIEW_HEADER, unjudgedRows } from '../src/eval/review.js';

const args = process.argv.slice(2);
if (!hasShared) {
  console.error(`nianbao review: ${SHARED_CORPORA} not found (the real corpora live in ../shared beside the repository)`);
  process.exit(2);
}
const { reviewed, analysed, unreadable } = await analyseRealReports();
const result = review(reviewed, readVerdicts());
console.log(`nianbao review: ${analysed} real reports${unreadable.length ? ` (${unreadable.length} unreadable: ${unreadable.join(', ')})` : ''}, verdicts from eval/review.tsv`);
console.log(precisionLine(result.error));
console.log(precisionLine(result.warning));
for (const p of [result.error, result.warning]) {
  if (!p.falses.length) continue;
  console.log(`\nfalse ${p.severity} findings:`);
  for (const { reviewed: r, verdict } of p.falses) console.log(`  - ${r.file} ${r.finding.rule}: ${r.finding.message}${verdict.reason ? `  [${verdict.reason}]` : ''}`);
}
const unjudged = [...result.error.unjudged, ...result.warning.unjudged];
if (unjudged.length) {
  console.log(`\nunjudged (${unjudged.length}; add them with --append-unjudged and fill in verdict and reason):`);
  for (const r of unjudged) console.log(`  - [${r.finding.severity}] ${r.file} ${r.finding.rule} ${r.finding.metric ?? ''}: ${r.finding.message}`);
}
if (args.includes('--stale') && result.stale.length) {
  console.log(`\nstale verdicts (no current finding; delete when the finding is gone for good):`);
  for (const v of result.stale) console.log(`  - ${v.file} ${v.rule}: ${v.message}`);
}
if (args.includes('--append-unjudged') && unjudged.length) {
  if (!existsSync(REVIEW_FILE)) writeFileSync(REVIEW_FILE, `${REVIEW_HEADER}\n`);
  appendFileSync(REVIEW_FILE, unjudgedRows(result).map((l) => `${l}\n`).join(''));
  console.log(`\nappended ${unjudged.length} rows to eval/review.tsv`);
}
if (args.includes('--strict') && result.error.unjudged.length) process.exit(1);
