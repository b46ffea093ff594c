/**
 * npm run train:sections [-- --synth N] — train the paragraph → section classifier (both layers, see
 * src/structure/classifier/), write models/sections.json (text-only naive Bayes) and models/sections-context.json
 * (context logistic regression and its stacked second pass).
 *
 * Training data (labels for free): the real reports in ../shared/corpora/{seeds,dev} whose headings are clear
 * (each paragraph takes the section its heading opens; preamble and page chrome by rule), plus N synthetic
 * reports (default 150, every textual rendering) from src/synth when that module is present, labelled the same
 * way from their headings. Deterministic: same corpora, same synthetic seed → same model.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { dev, readText, seeds } from '../src/eval/corpora.js';
import { documentFromText } from '../src/read/fromText.js';
import { isReadError, readReport } from '../src/read/index.js';
import { CONTEXT_MODEL_PATH, MODEL_PATH, trainModelFiles, type TrainingDocument } from '../src/structure/classifier/index.js';
import { headingLabelledDocument } from '../src/structure/training.js';

const args = process.argv.slice(2);
const synthIdx = args.indexOf('--synth');
const synthCount = synthIdx >= 0 ? Number(args[synthIdx + 1]) : 150;
const SYNTH_SEED = 20240401;

const docs: TrainingDocument[] = [];
const trainedOn: string[] = [];
for (const r of [...seeds(), ...dev()]) {
  const d = headingLabelledDocument(documentFromText(readText(r.path), { file: r.path }), r.name);
  if (!d) continue;
  docs.push(d);
  trainedOn.push(r.name);
}
const count = (ds: TrainingDocument[]) => ds.reduce((a, d) => a + d.paragraphs.length, 0);
const realCount = count(docs);

interface SynthModule {
  generateReport(seed: number, index: number, opts: { renderings: readonly string[] }): { name: string; extension: string; bytes: Buffer };
  TEXT_RENDERINGS: readonly string[];
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
        const r = synth.generateReport(SYNTH_SEED, i, { renderings: synth.TEXT_RENDERINGS });
        const file = join(dir, `${r.name}${r.extension}`);
        writeFileSync(file, r.bytes);
        const doc = await readReport(file);
        if (isReadError(doc)) continue;
        const d = headingLabelledDocument(doc, r.name);
        if (!d) continue;
        docs.push(d);
        synthReports++;
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    if (synthReports > 0) trainedOn.push(`synth:${SYNTH_SEED}:0-${synthCount - 1}`);
  }
}

const { first, context } = trainModelFiles(docs, trainedOn);
mkdirSync(dirname(MODEL_PATH), { recursive: true });
const firstJson = JSON.stringify(first);
const contextJson = JSON.stringify(context);
writeFileSync(MODEL_PATH, firstJson);
writeFileSync(CONTEXT_MODEL_PATH, contextJson);
const counts = new Map<string, number>();
for (const d of docs) for (const p of d.paragraphs) counts.set(String(p.label), (counts.get(String(p.label)) ?? 0) + 1);
console.log(
  `训练完成:真实报告 ${trainedOn.length - (synthReports > 0 ? 1 : 0)} 篇(${realCount} 段),合成报告 ${synthReports} 篇(${count(docs) - realCount} 段);` +
    `模型 ${(firstJson.length / 1024).toFixed(0)} KB → ${MODEL_PATH},${(contextJson.length / 1024).toFixed(0)} KB(${Object.keys(context.weights).length} 个特征,叠加层 ${Object.keys(context.stacked?.weights ?? {}).length} 个)→ ${CONTEXT_MODEL_PATH}`,
);
console.log([...counts].map(([l, c]) => `${l}:${c}`).join(' '));
