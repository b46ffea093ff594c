/**
 * Access to the real reports in ../shared/corpora (never copied into the project).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = resolve(here, '../..');
/** ../shared/corpora beside the repository (CI lays it there); NIANBAO_SHARED overrides. */
export const SHARED_CORPORA = resolve(process.env.NIANBAO_SHARED ?? resolve(REPO_ROOT, '../shared'), 'corpora');
export const SEEDS_DIR = join(SHARED_CORPORA, 'seeds');
export const DEV_DIR = join(SHARED_CORPORA, 'dev');
export const PDF_DIR = join(SHARED_CORPORA, 'pdf');
export const hasShared = existsSync(SEEDS_DIR);

export interface GoldClaim {
  quote: string;
  value: number;
  unit: string | null;
  approx: null | 'gt' | 'lt' | 'about';
  metric: string | null;
}
export interface Gold {
  source: string;
  agency: string | null;
  year: number | null;
  format: '2021' | '2019' | 'legacy' | 'unknown';
  complete: boolean;
  headings: string[];
  claims: GoldClaim[];
  tables: Record<string, number>;
  problems: string[];
  previous_problems?: string[];
  measures?: string[];
  expected_findings?: { rule: string; detail: string }[];
  notes?: string;
  claims_digits_only?: boolean;
}

export interface LabelledReport {
  name: string;
  /** Path of the report text (.txt) */
  path: string;
  gold: Gold;
}

const REPORT_EXTS = ['txt', 'pdf', 'html', 'docx', 'md'];

function labelled(dir: string): LabelledReport[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.gold\.json$/, '');
      const ext = REPORT_EXTS.find((e) => existsSync(join(dir, `${name}.${e}`))) ?? 'txt';
      return { name, path: join(dir, `${name}.${ext}`), gold: JSON.parse(readFileSync(join(dir, f), 'utf8')) as Gold };
    })
    .filter((r) => existsSync(r.path));
}

export const seeds = (): LabelledReport[] => labelled(SEEDS_DIR);
export const dev = (): LabelledReport[] => labelled(DEV_DIR);
/** The real PDFs; their gold equals the dev/hongze-* gold. */
export const pdfs = (): LabelledReport[] => labelled(PDF_DIR);
export const readText = (p: string): string => readFileSync(p, 'utf8');
