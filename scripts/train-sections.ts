/**
 * npm run train:sections [-- --synth N] — train the paragraph → section classifier, write models/sections.json.
 *
 * Training data (labels for free): the real reports in ../shared/corpora/{seeds,dev} whose headings are clear
 * (each paragraph takes the section its heading opens; preamble and page chrome by rule), plus N synthetic
 * reports (default 150) from src/synth when that module is present, labelled the same way from their headings.
 * Deterministic: same corpora, same synthetic seed → same model.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { dev, readText, seeds } from '../src/eval/corpora.js';
import { documentFromText } from '../src/read/fromText.js';
import { isReadError, readReport } from '../src/read/index.js';
import { MODEL_PATH, trainModelFile, type TrainingParagraph } from '../src/structure/classifier.js';
import { headingLabelledParagraphs } from '../src/structure/training.js';

const args = process.argv.slice(2);
const synthIdx = args.indexOf('--synth');
const synthCount = synthIdx >= 0 ? Number(args[synthIdx + 1]) : 150;
const SYNTH_SEED = 20240401;

const examples: TrainingParagraph[] = [];
const trainedOn: string[] = [];
for (const r of [...seeds(), ...dev()]) {
  const paras = headingLabelledParagraphs(documentFromText(readText(r.path), { file: r.path }));
  if (paras.length === 0) continue;
  examples.push(...paras);
  trainedOn.push(r.name);
}
const realCount = examples.length;

interface SynthModule {
  generateReport(seed: number, index: number, opts: { renderings: string[] }): { name: string; extension: string; bytes: Buffer };
}
let synthReports = 0;
if (synthCount > 0) {
  // src/synth is optional (written separately); its absence leaves a model of the real reports only.
  const synthPath = '../src/synth/index.js';
  let synth: SynthModule | null = null;
  try {
    synth = (await import(synthPath)) as SynthModule;
  } catch {
    console.warn('未找到 src/synth,只用真实报告训练');
  }
  if (synth) {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-train-'));
    try {
      for (let i = 0; i < synthCount; i++) {
        const r = synth.generateReport(SYNTH_SEED, i, { renderings: ['html', 'markdown', 'flat', 'cell-per-line'] });
        const file = join(dir, `${r.name}${r.extension}`);
        writeFileSync(file, r.bytes);
        const doc = await readReport(file);
        if (isReadError(doc)) continue;
        const paras = headingLabelledParagraphs(doc);
        if (paras.length === 0) continue;
        examples.push(...paras);
        synthReports++;
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    if (synthReports > 0) trainedOn.push(`synth:${SYNTH_SEED}:0-${synthCount - 1}`);
  }
}

const model = trainModelFile(examples, trainedOn);
mkdirSync(dirname(MODEL_PATH), { recursive: true });
const json = JSON.stringify(model);
writeFileSync(MODEL_PATH, json);
const counts = new Map<string, number>();
for (const e of examples) counts.set(String(e.label), (counts.get(String(e.label)) ?? 0) + 1);
console.log(
  `训练完成:真实报告 ${trainedOn.length - (synthReports > 0 ? 1 : 0)} 篇(${realCount} 段),合成报告 ${synthReports} 篇(${examples.length - realCount} 段);` +
    `模型 ${(json.length / 1024).toFixed(0)} KB → ${MODEL_PATH}`,
);
console.log([...counts].map(([l, c]) => `${l}:${c}`).join(' '));
