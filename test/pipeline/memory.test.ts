import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const glibc = process.platform === 'linux' && !!(process.report.getReport() as { header?: { glibcVersionRuntime?: string } }).header?.glibcVersionRuntime;
const memoryModule = fileURLToPath(new URL('../../src/pipeline/memory.ts', import.meta.url));

/**
 * In a process of its own, so that no memory earlier tests left with the allocator blurs the figures: a thread
 * allocates 192 MiB of buffers from its malloc arena and ends, which frees them. Every 64th buffer is followed by a
 * small one handed to the main thread, which keeps it: as in a batch, memory still in use lies between the freed
 * blocks, so glibc cannot give them back by shrinking the arena from its end. RSS in MiB: before, after the
 * thread, after returnFreedMemory.
 */
const SCENARIO = `
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
const { returnFreedMemory } = await import(${JSON.stringify(memoryModule)});
const rss = () => Number(/VmRSS:\\s+(\\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0) / 1024;
const code = \`const pins = [];
  for (let i = 0; i < 3072; i++) {
    globalThis['b' + i] = Buffer.allocUnsafeSlow(65536).fill(i & 255);
    if (i % 64 === 63) pins.push(Buffer.allocUnsafeSlow(4096).fill(1).buffer);
  }
  import('node:worker_threads').then((w) => w.parentPort.postMessage(pins, pins));\`;
const start = rss();
let pinned = [];
await new Promise((resolve, reject) => new Worker(code, { eval: true }).on('message', (m) => (pinned = m)).on('exit', resolve).on('error', reject));
const kept = rss();
const released = returnFreedMemory();
console.log(JSON.stringify({ start, kept, after: rss(), released, pinned: pinned.length }));
`;

describe('returnFreedMemory', () => {
  it.skipIf(!glibc)('gives back what an ended thread freed, which glibc otherwise keeps', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', SCENARIO], { encoding: 'utf8' });
    const { start, kept, after, released, pinned } = JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as Record<string, number | boolean>;
    expect(pinned).toBe(48);
    // what the case is about: freed, and still held by the process
    expect(Number(kept) - Number(start)).toBeGreaterThan(100);
    expect(released).toBe(true);
    expect(Number(kept) - Number(after)).toBeGreaterThan(100);
  });
});
