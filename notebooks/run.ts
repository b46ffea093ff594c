/**
 * Runs a notebook's code cells without Jupyter: `npx tsx notebooks/run.ts notebooks/01-corpus-overview.ipynb [OUT]`.
 * The cells are joined into one ES module in a temp folder and run with node (the notebooks import only Node's own
 * modules, as Jupyter runs them as they are).
 * The notebook test uses the same functions, so what runs here is what the test checks.
 * `--sync` writes each notebook's code to test/notebooks/extracted/*.ts, where the project's `tsc` type-checks it.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..');

export interface Notebook {
  cells: { cell_type: string; source: string | string[] }[];
  metadata: { kernelspec?: { name?: string; display_name?: string; language?: string } };
}

export function readNotebook(path: string): Notebook {
  return JSON.parse(readFileSync(path, 'utf8')) as Notebook;
}

/** The code cells as one module, `../src/…` imports made absolute. */
export function notebookModule(nb: Notebook, srcDir = join(ROOT, 'src')): string {
  return nb.cells
    .filter((c) => c.cell_type === 'code')
    .map((c) => (Array.isArray(c.source) ? c.source.join('') : c.source))
    .join('\n\n')
    .replace(/from '\.\.\/src\//g, `from '${srcDir}/`);
}

/** Where the type-checked copies of the notebooks live (inside tsconfig's `test/**`, so `tsc` checks them). */
export const TYPED_COPIES = join(ROOT, 'test', 'notebooks', 'extracted');

/**
 * The notebooks read reports.jsonl through their own declaration of its fields (they import nothing of nianbao,
 * so that the Jupyter kernel runs them as they are): the typed copy checks that the library's records fit it.
 */
const LIBRARY_FIT = `
// Not in the notebook: the library's records must fit the notebook's own ReportRecord.
import type { ReportRecord as LibraryRecord } from '../../../src/model/types.js';
export const fitsLibrary = (r: LibraryRecord): ReportRecord => r;
`;

/** A notebook's code as a .ts file for TYPED_COPIES: the module with imports relative to that folder. */
export function typedCopy(nb: Notebook, name: string): string {
  const header = `// Generated from notebooks/${name} by \`npx tsx notebooks/run.ts --sync\`; edit the notebook, not this file.\n`;
  const code = notebookModule(nb, '../../../src').replace(/\n*$/, '\n');
  return header + code + (/^interface ReportRecord\b/m.test(code) ? LIBRARY_FIT : '');
}

/** Rewrites every typed copy from the notebooks; returns the files written. */
export function syncTypedCopies(): string[] {
  mkdirSync(TYPED_COPIES, { recursive: true });
  return notebookFiles().map((name) => {
    const path = join(TYPED_COPIES, name.replace(/\.ipynb$/, '.ts'));
    writeFileSync(path, typedCopy(readNotebook(join(HERE, name)), name));
    return path;
  });
}

export function notebookFiles(): string[] {
  return readdirSync(HERE).filter((f) => f.endsWith('.ipynb')).sort();
}

/**
 * Runs a notebook against an output folder (NIANBAO_OUT); resolves to what it printed. The notebooks import only
 * Node's own modules, so their code needs no loader: esbuild strips the types and node runs the module (a tsx start
 * costs several times the CPU, and the test runs notebooks six times).
 */
export async function runNotebook(path: string, out?: string, inherit = false): Promise<string> {
  const tmp = mkdtempSync(join(tmpdir(), 'nianbao-notebook-'));
  try {
    const module = join(tmp, basename(path).replace(/\.ipynb$/, '.mjs'));
    const { transform } = await import('esbuild');
    const { code } = await transform(notebookModule(readNotebook(path)), { loader: 'ts', format: 'esm', target: 'node20' });
    writeFileSync(module, code);
    const env = out ? { ...process.env, NIANBAO_OUT: resolve(out) } : process.env;
    const { stdout, stderr } = await execFileAsync(process.execPath, [module], {
      cwd: HERE,
      env,
      encoding: 'utf8',
      timeout: 120_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    if (inherit) process.stdout.write(stdout);
    if (inherit) process.stderr.write(stderr);
    return stdout;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [nb, out] = process.argv.slice(2);
  if (nb === '--sync') {
    for (const p of syncTypedCopies()) console.log(`已更新 ${p}`);
  } else if (!nb) {
    console.error('用法：npx tsx notebooks/run.ts <笔记本.ipynb> [输出目录]    或    npx tsx notebooks/run.ts --sync');
    process.exit(2);
  } else await runNotebook(nb, out, true);
}
