/**
 * One run at a time per output folder: two runs on one --out would interleave their state and output files.
 * The lock is a file holding the owner's pid, created exclusively; a lock whose process is gone (a run killed
 * with kill -9) is taken over.
 */
import { mkdirSync, openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';

export const LOCK_FILE = '.nianbao.lock';

/** Another live run holds the folder. */
export class OutputLockedError extends Error {
  constructor(
    readonly out: string,
    readonly pid: number,
  ) {
    super(`输出文件夹 ${out} 正被另一个运行中的 nianbao（进程 ${pid}）使用，请等待其结束或换一个 --out / the output folder is in use by another nianbao run (pid ${pid}); wait for it or choose another --out`);
  }
}

function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'; // exists, owned by someone else
  }
}

/** Take the folder's lock (creating the folder); returns its release. Throws OutputLockedError when held. */
export function lockOutput(out: string): () => void {
  mkdirSync(out, { recursive: true });
  const path = join(out, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        try {
          if (Number(readFileSync(path, 'utf8')) === process.pid) rmSync(path, { force: true });
        } catch {
          // already gone
        }
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    let owner = NaN;
    try {
      owner = Number.parseInt(readFileSync(path, 'utf8'), 10);
    } catch {
      continue; // released meanwhile: try again
    }
    // a lock being written this instant reads empty: treat it as live rather than steal it
    if (alive(owner) || Number.isNaN(owner)) throw new OutputLockedError(out, owner);
    rmSync(path, { force: true }); // stale: its run was killed
  }
  throw new OutputLockedError(out, NaN);
}
