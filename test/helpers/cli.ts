/**
 * The `nianbao` command in tests. Most run it in this process (`nianbao`): the same command line as the process
 * runs (src/cli/program.ts), with its output captured, and without starting node, loading the modules and the
 * segmenter's dictionaries again for every run (about 2 s of CPU each).
 *
 * The tests of the process itself (its exit status, the output lock across processes) start src/cli/main.ts built
 * with esbuild into plain JavaScript once per version of the sources, then run with node: bin/nianbao.js registers
 * tsx, whose loader thread compiles and loads the CLI's modules on every start. The build is the one the batch
 * worker gets (src/pipeline/bundle.ts): packages stay imports, resolved from node_modules (hence the cache folder
 * below it), and each module keeps its own import.meta.url, so models, dictionaries and the worker bundle are found
 * as from the sources. Code splitting keeps the command's lazy imports lazy. bin/nianbao.js itself is started by
 * the launcher's own test and by the moved-checkout test (test/pipeline/bundle.test.ts).
 */
import { ownImportMetaUrl } from '../../src/pipeline/bundle.js';
import { spawnSync, type SpawnSyncOptions, type SpawnSyncReturns } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, renameSync, rmSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { analyzerFingerprint } from '../../src/pipeline/fingerprint.js';
import { REPO_ROOT } from './corpora.js';
import { runCommand } from '../../src/cli/program.js';

const CACHE = join(REPO_ROOT, 'node_modules', '.cache', 'nianbao-test');
/** A build no test run has used for this long belongs to sources no longer here. */
const MAX_IDLE_MS = 24 * 3600 * 1000;

let pending: Promise<string> | null = null;

/** The built CLI's entry file, building it when these sources have none yet. */
export function cliEntry(): Promise<string> {
  pending ??= build();
  return pending;
}

async function build(): Promise<string> {
  // src/ (the CLI included) is what the analyzer fingerprint covers
  const key = createHash('sha1').update(analyzerFingerprint()).update('\0').update(REPO_ROOT).digest('hex').slice(0, 16);
  const dir = join(CACHE, `cli-${key}`);
  const entry = join(dir, 'main.mjs');
  if (existsSync(entry)) {
    const now = new Date();
    utimesSync(entry, now, now);
    return entry;
  }
  const esbuild = await import('esbuild');
  // built aside and renamed: a test file in another worker building at the same time never sees half a build
  const tmp = `${dir}.${process.pid}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: [join(REPO_ROOT, 'src/cli/main.ts')],
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outdir: tmp,
    outExtension: { '.js': '.mjs' },
    logLevel: 'silent',
    plugins: [ownImportMetaUrl],
  });
  try {
    renameSync(tmp, dir);
  } catch {
    // another worker renamed its build first: the same sources, so the same files
    rmSync(tmp, { recursive: true, force: true });
  }
  prune(dir);
  return entry;
}

function prune(keep: string): void {
  for (const name of readdirSync(CACHE)) {
    const p = join(CACHE, name);
    if (p === keep || !name.startsWith('cli-')) continue;
    try {
      const main = join(p, 'main.mjs');
      const used = existsSync(main) ? statSync(main).mtimeMs : statSync(p).mtimeMs;
      if (Date.now() - used > MAX_IDLE_MS) rmSync(p, { recursive: true, force: true });
    } catch {
      // another run pruned it first
    }
  }
}

const ENV = { ...process.env, DOTENV_CONFIG_QUIET: 'true' };

/** Runs the built CLI and waits for it (call `await cliEntry()` first, e.g. in beforeAll). */
export function runCli(entry: string, args: readonly string[], opts: SpawnSyncOptions = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [entry, ...args], { encoding: 'utf8', cwd: REPO_ROOT, timeout: 120_000, env: ENV, ...opts }) as SpawnSyncReturns<string>;
}

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs the command line in this process with its output captured. Runs wait for each other: a command may
 * change the working state of the modules it loads (the segmenter's dictionaries), as a process would alone.
 */
export function nianbao(...args: string[]): Promise<CliResult> {
  const run = async (): Promise<CliResult> => {
    let stdout = '';
    let stderr = '';
    const ctx = { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) }, exitCode: 0 };
    const status = await runCommand(['node', 'nianbao', ...args], ctx);
    return { status, stdout, stderr };
  };
  const next = queue.then(run, run);
  queue = next.catch(() => undefined);
  return next;
}
