import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { workerBundle } from '../../src/pipeline/bundle.js';
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
    expect(code).toContain(JSON.stringify(pathToFileURL(resolve(root, 'src/structure/classifier.ts')).href));
    // packages stay imports (nodejieba is native and cannot be bundled)
    expect(code).toMatch(/from "cheerio\/slim"|import\("cheerio\/slim"\)/);
  });
});
