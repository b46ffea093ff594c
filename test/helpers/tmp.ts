/**
 * Temporary folders for tests. Every folder made here is recorded, and test/setup/remove-temp-dirs.ts (a setup file, so
 * run for each test file) removes the recorded ones after the file's last test and afterAll hook: a test need not
 * clean up, and a folder that child processes, worker threads or a later test of the file still use outlives them.
 *
 * With `isolate: false` this module is loaded once per worker and shared by the files it runs, one file after
 * another: at a file's end the list holds that file's folders only.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made = new Set<string>();

/** A new empty folder under the system's temporary folder, named `prefix` and six random characters. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.add(dir);
  return dir;
}

/** Removes every folder tempDir made that is still recorded (one a test removed itself is no error). */
export function removeTempDirs(): void {
  for (const dir of made) {
    rmSync(dir, { recursive: true, force: true });
    made.delete(dir);
  }
}
