import { readBuffer, isReadError } from '../src/read/index.js';
import { generateReport, TEXT_RENDERINGS } from '../src/synth/index.js';
const r = generateReport(Number(process.argv[2]), Number(process.argv[3]), { renderings: TEXT_RENDERINGS });
const doc = await readBuffer(r.bytes, r.name + r.extension);
if (isReadError(doc)) throw new Error(doc.reason);
const pat = process.argv[4]!; let i = doc.text.indexOf(pat);
while (i >= 0) { console.log(JSON.stringify(doc.text.slice(i - 300, i + 200))); i = doc.text.indexOf(pat, i + 1); }
