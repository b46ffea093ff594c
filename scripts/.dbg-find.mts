import { readReport, isReadError } from '../src/read/index.js';
import { analyzeDocument } from '../src/pipeline/analyze.js';
for (const f of process.argv.slice(2)) {
  const doc = await readReport(f);
  if (isReadError(doc)) continue;
  const a = analyzeDocument(doc);
  console.log(f, a.findings.filter(x=>x.status!=='not_assessable').map(x => `${x.rule}: ${x.message}`));
}
