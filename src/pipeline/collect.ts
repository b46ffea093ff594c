/**
 * Expand the user's inputs (files, folders, globs) into a sorted, de-duplicated list of files.
 * A file named explicitly is always kept, whatever its type, so that it shows up in the output
 * (as an error record if it cannot be read). Inside folders only report-like files are taken.
 * Metadata lists (sources.tsv / sources.csv) are never taken as reports.
 */
import { stat } from 'node:fs/promises';
import fg from 'fast-glob';
import { isMetadataList } from './report-like.js';

/** Extensions taken when walking a folder (anything named explicitly is taken regardless). */
export const REPORT_EXTENSIONS = ['txt', 'text', 'md', 'markdown', 'html', 'htm', 'shtml', 'xhtml', 'docx', 'doc', 'pdf'];
/** Side files that live beside reports and are not reports. */
const SIDECARS = ['**/*.truth.json', '**/*.gold.json', '**/node_modules/**', '**/.*'];

export interface Collected {
  files: string[];
  /** Inputs that matched nothing (they become error records too). */
  missing: string[];
  /** The files named on the command line themselves (not found in a folder or by a glob). */
  named: Set<string>;
}

export async function collectInputs(inputs: readonly string[]): Promise<Collected> {
  const files = new Set<string>();
  const named = new Set<string>();
  const missing: string[] = [];
  for (const input of inputs) {
    const st = await stat(input).catch(() => null);
    if (st?.isFile()) {
      if (isMetadataList(input)) continue;
      files.add(input);
      named.add(input);
    } else if (st?.isDirectory()) {
      const pattern = `${fg.escapePath(input.replace(/\/+$/, ''))}/**/*.{${REPORT_EXTENSIONS.join(',')}}`;
      for (const f of await fg(pattern, { ignore: SIDECARS, caseSensitiveMatch: false, onlyFiles: true })) if (!isMetadataList(f)) files.add(f);
    } else if (fg.isDynamicPattern(input)) {
      const found = await fg(input, { ignore: SIDECARS, onlyFiles: true });
      if (found.length === 0) missing.push(input);
      for (const f of found) if (!isMetadataList(f)) files.add(f);
    } else {
      missing.push(input);
    }
  }
  return { files: [...files].sort(), missing, named };
}
