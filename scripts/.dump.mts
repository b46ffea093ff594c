import { readReport, isReadError } from '../src/read/index.js';
import { segmentStructure } from '../src/structure/index.js';
import { extractClaims } from '../src/figures/index.js';
import { seeds, dev, pdfs } from '../src/eval/corpora.js';
for (const r of [...seeds(), ...dev()]) {
  const doc = await readReport(r.path); if (isReadError(doc)) continue;
  for (const c of extractClaims(doc, segmentStructure(doc))) console.log(r.name, c.id, c.metric, c.parts?.join(',') ?? '-', c.partOf ?? '-', JSON.stringify(c.text));
}
