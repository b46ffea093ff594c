import iconv from 'iconv-lite';
import { readFileSync, readdirSync } from 'node:fs';
import { decodeText } from '/work/main/src/read/decode.ts';
const dirs = ['/work/shared/corpora/seeds', '/work/shared/corpora/dev'];
let bad = 0, n = 0;
for (const d of dirs) for (const f of readdirSync(d).filter(f => f.endsWith('.txt'))) {
  const s = readFileSync(`${d}/${f}`, 'utf8');
  for (const enc of ['gbk', 'gb18030', 'big5', 'utf-16le', 'utf-16be']) {
    const b = iconv.encode(s, enc);
    const back = iconv.decode(b, enc);
    if (back !== s) continue; // not representable
    for (const len of [b.length, Math.min(b.length, 300)]) {
      const part = b.subarray(0, len - (len % 2));
      const r = decodeText(part);
      n++;
      const want = iconv.decode(part, enc);
      if (!r.ok || r.text !== want) { bad++; console.log(f, enc, len, r.ok ? r.encoding : r.reason); }
    }
  }
}
console.log('bad', bad, 'of', n);
