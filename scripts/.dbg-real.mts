import { readReport, isReadError } from '../src/read/index.js';
import { segmentStructure } from '../src/structure/index.js';
import { extractClaims } from '../src/figures/index.js';
import { seeds, dev, pdfs } from '../src/eval/corpora.js';
const pat = new RegExp(process.argv[2] ?? 'prose\\.(?!proactive)');
for (const r of [...seeds(), ...dev(), ...pdfs()]) {
  const doc = await readReport(r.path); if (isReadError(doc)) continue;
  for (const c of extractClaims(doc, segmentStructure(doc))) if (c.metric && pat.test(c.metric)) console.log(r.name, c.metric, JSON.stringify(c.text), c.value, c.unit);
}
