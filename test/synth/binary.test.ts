import { describe, expect, it } from 'vitest';
import { readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { extractText, getDocumentProxy } from 'unpdf';
import { defaultRenderings, generateCorpus, generateReportAsync, pdfAvailable, type Truth } from '../../src/synth/index.js';
import { SAMPLE_OPTIONS } from '../../src/synth/sample.js';
import { tempDir } from '../helpers/tmp.js';

describe('binary renderings', () => {
  it('DOCX is a valid Word zip with real tables, deterministic, holding every prose figure', async () => {
    for (const i of [0, 5]) {
      const a = await generateReportAsync(61, i, { renderings: ['docx'], layouts: ['2021', '2019'] });
      const b = await generateReportAsync(61, i, { renderings: ['docx'], layouts: ['2021', '2019'] });
      expect(a.extension).toBe('.docx');
      expect(a.bytes.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
      expect(a.bytes.equals(b.bytes)).toBe(true);
      const xml = a.bytes.toString('latin1');
      expect(xml).toContain('word/document.xml');
      const { value: text } = await mammoth.extractRawText({ buffer: a.bytes });
      for (const c of a.truth.claims) expect(text).toContain(c.quote);
      const { value: html } = await mammoth.convertToHtml({ buffer: a.bytes });
      expect(html.match(/<table>/g)?.length).toBe(3);
      expect(html).toMatch(/rowspan="\d+"/);
    }
  });

  it.runIf(pdfAvailable())('PDF has a text layer with the report in it, and is deterministic', async () => {
    const a = await generateReportAsync(62, 1, { renderings: ['pdf'] });
    const b = await generateReportAsync(62, 1, { renderings: ['pdf'] });
    expect(a.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(a.bytes.equals(b.bytes)).toBe(true);
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(a.bytes)), { mergePages: true });
    const flat = text.replace(/\s+/g, '');
    expect(flat).toContain(a.truth.title.replace(/\s+/g, ''));
    for (const h of a.truth.headings) expect(flat).toContain(h.replace(/\s+/g, ''));
  });

  it('generateCorpus writes each report with its truth file beside it', async () => {
    const dir = tempDir('synth-');
    try {
      const { files } = await generateCorpus({ n: 6, seed: 5, out: dir, renderings: ['html', 'markdown', 'docx'] });
      expect(files).toHaveLength(6);
      const names = await readdir(dir);
      expect(names.filter((f) => f.endsWith('.truth.json'))).toHaveLength(6);
      for (const f of files) {
        const truth = JSON.parse(await readFile(f.replace(/\.[a-z]+$/, '.truth.json'), 'utf8')) as Truth;
        expect(f.endsWith(truth.file)).toBe(true);
        expect((await readFile(f)).length).toBeGreaterThan(1000);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('the committed sample corpus is what `npx tsx src/synth/sample.ts` makes', async () => {
    const dir = join(import.meta.dirname, '../../corpora/sample');
    const names = (await readdir(dir)).filter((f) => f.endsWith('.truth.json')).sort();
    expect(names.length).toBe(SAMPLE_OPTIONS.n);
    for (const [i, name] of names.entries()) {
      const committed = JSON.parse(await readFile(join(dir, name), 'utf8')) as Truth;
      if (committed.rendering === 'pdf' && !pdfAvailable()) continue;
      const fresh = await generateReportAsync(SAMPLE_OPTIONS.seed, i, { ...SAMPLE_OPTIONS, renderings: defaultRenderings() }, committed.name);
      expect(fresh.truth).toEqual(committed);
      if (fresh.encoding !== 'binary') expect(fresh.bytes.equals(await readFile(join(dir, committed.file)))).toBe(true);
    }
  });
});
