import { getDocumentProxy } from 'unpdf';
import { readFileSync } from 'node:fs';
const buf = readFileSync(process.argv[2]);
const pdf = await getDocumentProxy(new Uint8Array(buf));
console.log('pages', pdf.numPages);
for (let p = 1; p <= Math.min(pdf.numPages, 3); p++) {
  const page = await pdf.getPage(p);
  const vp = page.getViewport({ scale: 1 });
  const tc = await page.getTextContent();
  console.log('--- page', p, vp.width, vp.height, tc.items.length);
  for (const it of tc.items.slice(0, 400)) if ('str' in it) console.log(JSON.stringify(it.str), it.transform.map(x=>Math.round(x*10)/10).join(','), Math.round(it.width*10)/10, Math.round(it.height*10)/10, it.hasEOL);
}
