/**
 * The batch worker as one plain JavaScript file, built with esbuild the first time a version of nianbao runs
 * a pool from its TypeScript sources.
 *
 * Why: from sources, every worker thread would start tsx (its own loader thread, a module graph of ~120 files
 * to resolve and load) and run code compiled with names kept on every closure, about 1 s of start-up and 10 %
 * more CPU per report. The bundle holds only nianbao's own modules (packages stay imports, resolved from the
 * repository's node_modules, which is why it is written under node_modules/.cache), and each module keeps its
 * own import.meta.url so the files it finds beside itself (models, dictionaries) are found as from sources.
 * Those URLs are absolute, so a bundle belongs to one location of the checkout: its name holds the analyzer
 * fingerprint and the checkout's folder, and a checkout that is moved or copied builds its own.
 * Any failure leaves the caller on the tsx worker.
 */
import type { Plugin } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { analyzerFingerprint } from './fingerprint.js';

const here = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(here, '../..');
const CACHE_DIR = join(ROOT, 'node_modules', '.cache', 'nianbao');

/** The bundle's name for this analyzer version at this location (see above). */
export function bundleKey(fingerprint: string = analyzerFingerprint(), root: string = ROOT): string {
  return createHash('sha1').update(fingerprint).update('\0').update(root).digest('hex').slice(0, 16);
}

const pending = new Map<string, Promise<URL | null>>();

/**
 * The bundled worker's URL, building it if this version has none yet; null when it cannot be built. `name`: the
 * worker's module beside this one (the batch's `worker`, the corpus pass's `corpus-worker`, the output writer's `writer-worker`).
 */
export function workerBundle(name = 'worker'): Promise<URL | null> {
  const known = pending.get(name);
  if (known) return known;
  const built = build(name).catch(() => null);
  pending.set(name, built);
  return built;
}

async function build(name: string): Promise<URL | null> {
  const entry = join(here, `${name}.ts`);
  if (!existsSync(entry) || !existsSync(join(ROOT, 'node_modules'))) return null;
  const out = join(CACHE_DIR, `${name}-${bundleKey()}.mjs`);
  if (existsSync(out)) {
    // marked as used, so pruning (below) never takes a bundle some run still starts workers from
    try {
      const now = new Date();
      utimesSync(out, now, now);
    } catch {
      // a read-only install still runs the bundle it has
    }
    return pathToFileURL(out);
  }
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    write: false,
    logLevel: 'silent',
    plugins: [ownImportMetaUrl],
  });
  const code = result.outputFiles[0]?.text;
  if (!code) return null;
  mkdirSync(CACHE_DIR, { recursive: true });
  // written aside and renamed: two runs building at once never see half a file
  const tmp = `${out}.${process.pid}.tmp`;
  writeFileSync(tmp, code);
  renameSync(tmp, out);
  pruneBundles(CACHE_DIR, out);
  return pathToFileURL(out);
}

/** A bundle no run has used for this long belongs to a version no longer run here. */
export const BUNDLE_MAX_IDLE_MS = 7 * 24 * 3600 * 1000;

/** Delete the bundles other than `keep` that have not been used for `maxIdleMs`; never throws. */
export function pruneBundles(dir: string, keep: string, maxIdleMs = BUNDLE_MAX_IDLE_MS, now = Date.now()): string[] {
  const removed: string[] = [];
  try {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (p === keep || !/^(corpus-|writer-)?worker-[0-9a-f]+\.mjs$/.test(name)) continue;
      try {
        if (now - statSync(p).mtimeMs > maxIdleMs) {
          unlinkSync(p);
          removed.push(name);
        }
      } catch {
        // another run pruned it first
      }
    }
  } catch {
    // no cache folder: nothing to prune
  }
  return removed;
}

/** An esbuild plugin that keeps each source file's own import.meta.url (files beside it are found from there). */
export const ownImportMetaUrl: Plugin = {
  name: 'own-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8').replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)),
      loader: 'ts',
    }));
  },
};
