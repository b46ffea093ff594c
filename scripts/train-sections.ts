/**
 * npm run train:sections — train the paragraph → section classifier and write models/sections.json.
 *
 * Training data: the real reports in ../shared/corpora/{seeds,dev} whose headings are clear (labels for free:
 * each paragraph takes the section its heading opens; preamble and page chrome by rule), plus synthetic
 * reports from src/synth when that module offers `synthReports()` (optional).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { dev, readText, seeds } from '../src/eval/corpora.js';
import { documentFromText } from '../src/read/fromText.js';
import { MODEL_PATH, trainModelFile, type TrainingParagraph } from '../src/structure/classifier.js';
import { headingLabelledParagraphs } from '../src/structure/training.js';

const examples: TrainingParagraph[] = [];
const trainedOn: string[] = [];
for (const r of [...seeds(), ...dev()]) {
  const paras = headingLabelledParagraphs(documentFromText(readText(r.path), { file: r.path }));
  if (paras.length === 0) continue;
  examples.push(...paras);
  trainedOn.push(r.name);
}
const model = trainModelFile(examples, trainedOn);
mkdirSync(dirname(MODEL_PATH), { recursive: true });
const json = JSON.stringify(model);
writeFileSync(MODEL_PATH, json);
const counts = new Map<string, number>();
for (const e of examples) counts.set(String(e.label), (counts.get(String(e.label)) ?? 0) + 1);
console.log(`训练完成:${trainedOn.length} 篇报告,${examples.length} 段;模型 ${(json.length / 1024).toFixed(0)} KB → ${MODEL_PATH}`);
console.log([...counts].map(([l, c]) => `${l}:${c}`).join(' '));
