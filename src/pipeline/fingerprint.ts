/**
 * What a saved result was computed with: the code, models and dictionaries of this nianbao. A resumed batch
 * reuses a file's result only when both its content and this fingerprint are unchanged, so upgrading nianbao
 * (or retraining a model) never leaves old results in a new run.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
/** The folders whose files decide an analysis: the stages' code and data, and the trained models. */
const INPUT_DIRS = [resolve(here, '..'), ...[resolve(here, '../../models'), resolve(here, '../../../models')].filter(existsSync).slice(0, 1)];
const INPUT_FILE = /\.(?:ts|js|mjs|json|utf8|txt)$/;

function files(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...files(p));
    else if (INPUT_FILE.test(e.name)) out.push(p);
  }
  return out;
}

let cached: string | null = null;

/** SHA-1 over the relative paths and contents of every input file (~10 MB; computed once per process). */
export function analyzerFingerprint(): string {
  if (cached) return cached;
  const h = createHash('sha1');
  for (const dir of INPUT_DIRS) {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) continue;
    for (const f of files(dir)) {
      h.update(f.slice(dir.length));
      h.update(readFileSync(f));
    }
  }
  cached = h.digest('hex');
  return cached;
}
