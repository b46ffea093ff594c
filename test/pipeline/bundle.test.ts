import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { BUNDLE_MAX_IDLE_MS, pruneBundles, workerBundle } from '../../src/pipeline/bundle.js';
import { analyzerFingerprint } from '../../src/pipeline/fingerprint.js';

const root = resolve(fileURLToPath(import.meta.url), '../../..');

describe('bundled batch worker', () => {
  it('is built once per analyzer version under node_modules/.cache, where its packages resolve', async () => {
    const url = await workerBundle();
    expect(url).not.toBeNull();
    const path = fileURLToPath(url!);
    expect(path.startsWith(resolve(root, 'node_modules/.cache/nianbao/'))).toBe(true);
    expect(path).toContain(analyzerFingerprint().slice(0, 16));
    expect((await workerBundle())!.href).toBe(url!.href);
  });

  it('keeps each module’s own location, so the dictionaries and models beside the sources are found', async () => {
    const code = readFileSync(fileURLToPath((await workerBundle())!), 'utf8');
    expect(code).not.toContain('import.meta.url');
    expect(code).toContain(JSON.stringify(pathToFileURL(resolve(root, 'src/nlp/segment.ts')).href));
    expect(code).toContain(JSON.stringify(pathToFileURL(resolve(root, 'src/structure/classifier/model-files.ts')).href));
    // packages stay imports (nodejieba is native and cannot be bundled)
    expect(code).toMatch(/from "cheerio\/slim"|import\("cheerio\/slim"\)/);
  });

  it('prunes only other versions’ bundles that no run has used for a week', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-bundles-'));
    const now = Date.now();
    const make = (name: string, idleDays: number) => {
      writeFileSync(join(dir, name), '// bundle');
      const t = new Date(now - idleDays * 24 * 3600 * 1000);
      utimesSync(join(dir, name), t, t);
    };
    make('worker-aaaa.mjs', 30); // old version, unused for a month
    make('worker-bbbb.mjs', 2); // another version still in use
    make('worker-cccc.mjs', 30); // the current one, however old its file
    make('notes.txt', 30); // not a bundle
    expect(pruneBundles(dir, join(dir, 'worker-cccc.mjs'), BUNDLE_MAX_IDLE_MS, now)).toEqual(['worker-aaaa.mjs']);
    expect(readdirSync(dir).sort()).toEqual(['notes.txt', 'worker-bbbb.mjs', 'worker-cccc.mjs']);
  });
});
