/** Progress for a batch: a bar on a terminal (cli-progress), plain lines otherwise. */
import cliProgress from 'cli-progress';

export interface Progress {
  update(done: number, total: number, file: string): void;
  stop(): void;
}

/** A terminal, or anything that takes lines of text (a file, a pipe, a test's buffer). */
export type ProgressStream = NodeJS.WriteStream | { write(s: string): unknown; isTTY?: false };

/** A rate is shown only once this much time has passed: over the first files it says nothing true. */
const MIN_SECONDS_FOR_RATE = 2;

/** Files per second since `startedAt`, or '' while too little time has passed to tell. */
export function rateText(done: number, startedAt: number, now: number): string {
  const seconds = (now - startedAt) / 1000;
  return seconds >= MIN_SECONDS_FOR_RATE ? (done / seconds).toFixed(1) : '';
}

/**
 * `startedAt`: when the batch started (the first file's result arrives after worker start-up; timing from then
 * would show a made-up rate).
 */
export function makeProgress(
  total: number,
  stream: ProgressStream = process.stderr,
  startedAt = Date.now(),
  clock: () => number = Date.now,
): Progress {
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: '分析 analyze |{bar}| {value}/{total} 份 · {rate} 份/s · 剩余 ETA {eta_formatted}', stream, hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0, { rate: '…' });
    return {
      update(done) {
        bar.update(done, { rate: rateText(done, startedAt, clock()) || '…' });
      },
      stop: () => bar.stop(),
    };
  }
  let last = 0;
  return {
    update(done, tot) {
      const now = clock();
      if (done === tot || now - last > 2000) {
        last = now;
        const rate = rateText(done, startedAt, now);
        stream.write(`[nianbao] ${done}/${tot} files${rate ? `, ${rate} files/s` : ''}\n`);
      }
    },
    stop() {},
  };
}
