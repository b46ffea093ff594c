/**
 * Native memory the batch's threads have freed, given back to the system between the batch's phases.
 *
 * Why: the analysis threads free what they allocated outside the JavaScript heap (nodejieba's dictionaries, file
 * buffers) before they end, but glibc keeps freed memory in each thread's malloc arena for reuse. After a large
 * batch that is over 100 MiB, held through the corpus pass, which is the batch's peak (its threads allocate on the
 * JavaScript heap, not from those arenas). glibc's malloc_trim gives it back; Node has no binding for it, so it is
 * called through koffi, an FFI package. Best effort: on a system without glibc, or if koffi does not load, nothing
 * happens.
 */
import { createRequire } from 'node:module';

type Trim = (pad: number) => number;

let trim: Trim | null | undefined;

function mallocTrim(): Trim | null {
  if (trim !== undefined) return trim;
  trim = null;
  if (process.platform !== 'linux') return trim;
  try {
    const koffi = createRequire(import.meta.url)('koffi') as { load(path: string): { func(signature: string): Trim } };
    trim = koffi.load('libc.so.6').func('int malloc_trim(size_t pad)');
  } catch {
    // musl, or no prebuilt koffi for this platform: the memory stays with the allocator, as it would anyway
  }
  return trim;
}

/** Return the allocator's free memory to the system; true when glibc released some. Never throws. */
export function returnFreedMemory(): boolean {
  try {
    return (mallocTrim()?.(0) ?? 0) === 1;
  } catch {
    return false;
  }
}
