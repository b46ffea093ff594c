/**
 * Writes the sample corpus (corpora/sample): 40 generated reports with their truth files and a manifest.
 *
 *   npx tsx src/synth/sample.ts [--out corpora/sample] [--seed 2033] [--n 40]
 *
 * Reports come in pairs of consecutive years of one body, so the carry-over rule can be seen across files.
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateCorpus, defaultRenderings, type CorpusOptions, type Truth } from './index.js';
import { readFile } from 'node:fs/promises';

export const SAMPLE_OPTIONS: Omit<CorpusOptions, 'out'> = {
  n: 40,
  seed: 2033,
  prefix: 'sample',
  yearsPerBody: 2,
  errorRate: 0.25,
  gbkRate: 0.25,
  traditionalRate: 0.15,
};

export async function writeSample(out: string, overrides: Partial<CorpusOptions> = {}): Promise<Truth[]> {
  await mkdir(out, { recursive: true });
  // start clean: a smaller n must not leave old files behind
  for (const f of await readdir(out)) if (/^sample-\d+(\.|$)/.test(f) || f === 'manifest.json') await rm(join(out, f));
  const opts: CorpusOptions = { ...SAMPLE_OPTIONS, renderings: defaultRenderings(), ...overrides, out };
  delete opts.onReport;
  const { files } = await generateCorpus(opts);
  const truths: Truth[] = [];
  for (const f of files) truths.push(JSON.parse(await readFile(f.replace(/\.[a-z]+$/, '.truth.json'), 'utf8')) as Truth);
  const manifest = truths.map((t) => ({
    file: t.file,
    agency: t.agency,
    year: t.year,
    layout: t.layout,
    rendering: t.rendering,
    encoding: t.encoding,
    script: t.script,
    injected: t.injected.map((i) => ({ kind: i.kind, rule: i.rule, detail: i.detail })),
  }));
  await writeFile(join(out, 'manifest.json'), JSON.stringify({ command: 'npx tsx src/synth/sample.ts', options: { ...opts, out: undefined }, reports: manifest }, null, 1) + '\n');
  return truths;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const out = arg('out') ?? 'corpora/sample';
  const overrides: Partial<CorpusOptions> = {};
  if (arg('seed')) overrides.seed = Number(arg('seed'));
  if (arg('n')) overrides.n = Number(arg('n'));
  const truths = await writeSample(out, overrides);
  const count = (f: (t: Truth) => string) => Object.entries(truths.reduce<Record<string, number>>((m, t) => ((m[f(t)] = (m[f(t)] ?? 0) + 1), m), {}));
  console.log(`已生成 ${truths.length} 份样例年报 → ${out}`);
  for (const [label, f] of [
    ['格式', (t: Truth) => t.layout],
    ['呈现', (t: Truth) => t.rendering],
    ['编码', (t: Truth) => t.encoding],
    ['字形', (t: Truth) => t.script],
    ['年份', (t: Truth) => String(t.year)],
    ['注入', (t: Truth) => t.injected.map((i) => i.kind).join('+') || '无'],
  ] as const)
    console.log(`${label}: ${count(f).map(([k, n]) => `${k}×${n}`).join(' ')}`);
}
