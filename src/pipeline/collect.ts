/**
 * Expand the user's inputs (files, folders, globs) into a sorted, de-duplicated list of files.
 * A file named explicitly is always kept, whatever its type, so that it shows up in the output
 * (as an error record if it cannot be read). Inside folders only report-like files are taken.
 */
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import fg from 'fast-glob';
import { METADATA_FILE_NAMES } from '../read/lexicon/sources.js';

/** Extensions taken when walking a folder (anything named explicitly is taken regardless). */
export const REPORT_EXTENSIONS = ['txt', 'text', 'md', 'markdown', 'html', 'htm', 'shtml', 'xhtml', 'docx', 'doc', 'pdf'];
/** Side files that live beside reports and are not reports. */
const SIDECARS = ['**/*.truth.json', '**/*.gold.json', '**/node_modules/**', '**/.*'];

export interface Collected {
  files: string[];
  /** Inputs that matched nothing (they become error records too). */
  missing: string[];
  /** Metadata lists (sources.tsv, …) named or lying in an input folder: read as metadata, never as reports. */
  metadata: string[];
}

/** The metadata lists an input names or holds (a folder's sources.tsv at any depth). */
async function metadataLists(input: string, isDirectory: boolean): Promise<string[]> {
  if (!isDirectory) return METADATA_FILE_NAMES.includes(basename(input).toLowerCase()) ? [input] : [];
  const names = `{${METADATA_FILE_NAMES.join(',')}}`;
  return fg(`${fg.escapePath(input.replace(/\/+$/, ''))}/**/${names}`, { ignore: SIDECARS, caseSensitiveMatch: false, onlyFiles: true });
}

export async function collectInputs(inputs: readonly string[]): Promise<Collected> {
  const files = new Set<string>();
  const missing: string[] = [];
  const metadata = new Set<string>();
  for (const input of inputs) {
    const st = await stat(input).catch(() => null);
    const lists = st ? await metadataLists(input, st.isDirectory()) : [];
    for (const m of lists) metadata.add(m);
    if (lists.includes(input)) continue;
    if (st?.isFile()) {
      files.add(input);
    } else if (st?.isDirectory()) {
      const pattern = `${fg.escapePath(input.replace(/\/+$/, ''))}/**/*.{${REPORT_EXTENSIONS.join(',')}}`;
      for (const f of await fg(pattern, { ignore: SIDECARS, caseSensitiveMatch: false, onlyFiles: true })) files.add(f);
    } else if (fg.isDynamicPattern(input)) {
      const found = await fg(input, { ignore: SIDECARS, onlyFiles: true });
      if (found.length === 0) missing.push(input);
      for (const f of found) files.add(f);
    } else {
      missing.push(input);
    }
  }
  return { files: [...files].sort(), missing, metadata: [...metadata].sort() };
}
