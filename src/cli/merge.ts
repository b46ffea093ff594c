/** `nianbao merge PARTS... --out DIR`: the partial outputs of `analyze --shard i/n` into every output of one run. */
import type { Command, Option } from 'commander';
import { existsSync } from 'node:fs';
import { checkEmbedder, checkOutFolder, EXIT, UsageError } from './usage.js';
import type { CliContext } from './program.js';

export function registerMerge(program: Command, ctx: CliContext, h: { embedderOption: () => Option; takeOutput: (out: string) => () => void }): void {
  program
    .command('merge')
    .description('合并分片输出并写出全部结果 / combine the partial outputs of analyze --shard, run the corpus rules and write every output')
    .argument('<parts...>', 'output folders of analyze --shard 1/n … n/n')
    .requiredOption('-o, --out <dir>', 'output folder')
    .option('--no-themes', 'skip the cross-report problem themes')
    .addOption(h.embedderOption())
    .option('--model <dir>', 'local model folder for --embedder transformers (under models/)')
    .option('--decisions <file>', "reviewers' decisions exported from report.html, applied to this run's findings")
    .option('--expected <file>', 'CSV of the bodies reports are expected from (column body), for the coverage grid')
    .option('--meta <file>', 'the metadata lists given to the shards (--meta), so the coverage grid expects the bodies × years they name; repeatable', (v: string, prev: string[] = []) => [...prev, v])
    .addHelpText('after', '\nExample:\n  nianbao merge parts/1 parts/2 parts/3 --out out/all\n\nExit codes: 0 merged, 2 usage error (a shard missing or repeated), 3 no report could be analysed, 4 internal error.')
    .action(async (parts: string[], o: { out: string; themes: boolean; embedder: string; model?: string; decisions?: string; expected?: string; meta?: string[] }) => {
      for (const p of parts) if (!existsSync(p)) throw new UsageError(`分片输出不存在 / shard output not found: ${p}`);
      for (const m of o.meta ?? []) if (!existsSync(m)) throw new UsageError(`元数据清单不存在 / metadata list not found: ${m}`);
      checkOutFolder(o.out);
      checkEmbedder(o.embedder, o.model);
      const { reviewOptions } = await import('./review.js');
      let review: ReturnType<typeof reviewOptions>;
      try {
        review = reviewOptions(o, (t) => void ctx.stderr.write(t));
      } catch (e) {
        throw new UsageError((e as Error).message);
      }
      const release = h.takeOutput(o.out);
      try {
        const { mergeShards, ShardError } = await import('../pipeline/shard.js');
        const { finishBatch } = await import('../pipeline/finish.js');
        const { formatSummary } = await import('./print.js');
        const t0 = Date.now();
        const merged = await mergeShards(parts, o.out).catch((e: unknown) => {
          throw e instanceof ShardError ? new UsageError(e.message) : e;
        });
        await finishBatch(o.out, { themes: o.themes, embedder: o.embedder, ...(o.model ? { model: o.model } : {}), ...(o.meta ? { meta: o.meta } : {}), ...review });
        const seconds = (Date.now() - t0) / 1000;
        ctx.stderr.write(formatSummary({ ...merged, reused: 0, seconds, phases: { analyse: 0, ...merged.phases } }) + '\n');
        if (merged.ok === 0) ctx.exitCode = EXIT.nothingRead;
      } finally {
        release();
      }
    });
}
