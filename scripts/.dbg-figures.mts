import { readReport, isReadError } from '../src/read/index.js';
import { segmentStructure } from '../src/structure/index.js';
import { extractClaims } from '../src/figures/index.js';
const f = process.argv[2]!; const pat = process.argv[3] ?? '';
const doc = await readReport(f);
if (isReadError(doc)) throw new Error(doc.reason);
const st = segmentStructure(doc);
console.log('layoutHint', st.layoutHint, 'meta', doc.meta.layout, st.sections.map(s=>[s.n,s.start,s.heading]));
for (const c of extractClaims(doc, st)) if (!pat || c.text.includes(pat) || doc.text.slice(c.sentence.start,c.sentence.end).includes(pat)) console.log(c.id, c.section, JSON.stringify(c.text), c.value, c.unit, c.metric, c.parts ?? '', c.partOf ?? '', '|', JSON.stringify(doc.text.slice(c.sentence.start, c.sentence.end).slice(0,120)));
