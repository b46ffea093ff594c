/** Progress for a batch: a bar on a terminal (cli-progress), plain lines otherwise. */
import cliProgress from 'cli-progress';

export interface Progress {
  update(done: number, total: number, file: string): void;
  stop(): void;
}

export function makeProgress(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  const t0 = Date.now();
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: '分析 analyze |{bar}| {value}/{total} 份 · {rate} 份/s · 剩余 ETA {eta_formatted}', stream, hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0, { rate: '0.0' });
    return {
      update(done) {
        const rate = done / Math.max(0.001, (Date.now() - t0) / 1000);
        bar.update(done, { rate: rate.toFixed(1) });
      },
      stop: () => bar.stop(),
    };
  }
  let last = 0;
  return {
    update(done, tot) {
      const now = Date.now();
      if (done === tot || now - last > 2000) {
        last = now;
        const rate = done / Math.max(0.001, (now - t0) / 1000);
        stream.write(`[nianbao] ${done}/${tot} files, ${rate.toFixed(1)} files/s\n`);
      }
    },
    stop() {},
  };
}
