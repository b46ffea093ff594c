/**
 * Expand the user's inputs (files, folders, globs) into a sorted, de-duplicated list of files.
 * A file named explicitly is always kept, whatever its type, so that it shows up in the output
 * (as an error record if it cannot be read). Inside folders only report-like files are taken.
 *
 * Folders are walked by hand, not by a glob: symbolic links are followed but each real folder is entered once
 * (two links pointing at each other once made the walk grow without end), each real file is taken once,
 * a folder that cannot be read is reported instead of ending the run, and names that are not UTF-8 are
 * kept as bytes (shown with \xNN escapes) so the file can still be opened.
 * Metadata lists (sources.tsv / sources.csv) are never taken as reports.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import type { Dirent } from 'node:fs';
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
  /** Metadata lists (sources.tsv, …) named or lying in an input folder: read as metadata, never as reports. */
  metadata: string[];
  /** Folders and files that could not be read for lack of permission (records with reason 'permission'). */
  unreadable: string[];
  /** Files whose names are not valid UTF-8: the shown (escaped) path → the path's bytes to open it with. */
  rawPaths: Map<string, Buffer>;
}

const SLASH = Buffer.from('/');
const REPORT_EXT = new RegExp(`\\.(?:${REPORT_EXTENSIONS.join('|')})$`, 'i');

/** The bytes as text, each byte that is not part of valid UTF-8 written as \xNN. */
export function escapedName(bytes: Buffer): string {
  const text = bytes.toString('utf8');
  if (!text.includes('\ufffd') || Buffer.from(text, 'utf8').equals(bytes)) return text;
  let out = '';
  let i = 0;
  for (let b = bytes[i]; b !== undefined; b = bytes[i]) {
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    const piece = len ? bytes.subarray(i, i + len) : null;
    const decoded = piece && piece.length === len ? piece.toString('utf8') : '';
    if (piece && decoded && !decoded.includes('\ufffd') && Buffer.from(decoded, 'utf8').equals(piece)) {
      out += decoded;
      i += len;
    } else {
      out += `\\x${b.toString(16).padStart(2, '0')}`;
      i++;
    }
  }
  return out;
}

interface Walk {
  files: Map<string, Buffer | null>;
  metadata: Set<string>;
  realFiles: Set<string>;
  realDirs: Set<string>;
  unreadable: string[];
}

const denied = (e: unknown) => ['EACCES', 'EPERM'].includes((e as NodeJS.ErrnoException).code ?? '');

async function walk(dir: Buffer, shown: string, w: Walk): Promise<void> {
  let real: string;
  let entries: Dirent<Buffer>[];
  try {
    real = (await realpath(dir)).toString();
    if (w.realDirs.has(real)) return; // entered already, by another path or a link loop
    w.realDirs.add(real);
    entries = await readdir(dir, { withFileTypes: true, encoding: 'buffer' });
  } catch (e) {
    if (denied(e)) w.unreadable.push(shown);
    return;
  }
  entries.sort((a, b) => Buffer.compare(a.name, b.name));
  for (const entry of entries) {
    const name = entry.name;
    if (name[0] === 0x2e || name.toString('latin1') === 'node_modules') continue; // .hidden, node_modules
    const path = Buffer.concat([dir, SLASH, name]);
    const childShown = `${shown}/${escapedName(name)}`;
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      const target = await stat(path).catch(() => null); // a broken link is no file
      isDir = !!target?.isDirectory();
      isFile = !!target?.isFile();
    }
    if (isDir) await walk(path, childShown, w);
    else if (isFile && isMetadataList(childShown)) w.metadata.add(childShown);
    else if (isFile && REPORT_EXT.test(childShown)) {
      const realFile = await realpath(path).then((p) => p.toString(), () => childShown);
      if (w.realFiles.has(realFile)) continue; // the same file reached through a link
      w.realFiles.add(realFile);
      w.files.set(childShown, childShown === path.toString('utf8') ? null : path);
    }
  }
}

export async function collectInputs(inputs: readonly string[]): Promise<Collected> {
  const w: Walk = { files: new Map(), metadata: new Set(), realFiles: new Set(), realDirs: new Set(), unreadable: [] };
  const missing: string[] = [];
  const explicit = new Set<string>();
  const named = new Set<string>();
  for (const input of inputs) {
    const st = await stat(input).catch((e: unknown) => (denied(e) ? 'denied' : null));
    if (st === 'denied') w.unreadable.push(input);
    else if (st?.isFile()) {
      if (isMetadataList(input)) {
        w.metadata.add(input);
        continue;
      }
      explicit.add(input);
      named.add(input);
    } else if (st?.isDirectory()) {
      const root = input.length > 1 ? input.replace(/\/+$/, '') : input;
      await walk(Buffer.from(root), root, w);
    } else if (fg.isDynamicPattern(input)) {
      const found = await fg(input, { ignore: SIDECARS, onlyFiles: true, followSymbolicLinks: false }).catch(() => []);
      if (found.length === 0) missing.push(input);
      for (const f of found) if (!isMetadataList(f)) explicit.add(f);
    } else {
      missing.push(input);
    }
  }
  const files = new Set<string>(explicit);
  const rawPaths = new Map<string, Buffer>();
  for (const [shown, raw] of w.files) {
    files.add(shown);
    if (raw) rawPaths.set(shown, raw);
  }
  return { files: [...files].sort(), missing, named, metadata: [...w.metadata].sort(), unreadable: [...new Set(w.unreadable)].sort(), rawPaths };
}
