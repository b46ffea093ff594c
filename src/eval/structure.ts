/**
 * Scores the structure stage against ../shared/corpora/{seeds,dev,pdf}/*.gold.json.
 *
 * (a) Headings. Gold `headings` lists every heading verbatim, sub-headings included; the part headings
 *     (一、… 第一部分 附件…) are the ones a section must carry. Headings are compared after normalisation
 *     (simplified characters, half-width punctuation, no spaces, no trailing 。:). Gold and found headings are
 *     aligned in order (a found heading matches the next unmatched gold heading with the same text), so a
 *     heading found out of place does not count. Recall per layout; precision over files with gold headings;
 *     sub-headings (一)… taken for sections are counted apart.
 * (b) Classifier alone, leave-one-agency-out: for every report whose headings are clear, both classifier layers
 *     are trained on the heading-labelled reports of all other agencies (never on the report scored nor on
 *     another year of the same body), the report's heading paragraphs are removed, and its remaining paragraphs
 *     are labelled (i) each by its own argmax over the context classifier's probabilities (the paragraph's text,
 *     its neighbours, its position, cue words before/after it, the report's era from the years it cites, and a
 *     stacked pass over the first pass's labels of the other paragraphs — no heading text, no order constraint,
 *     no sequence decoding), and (ii) with the
 *     in-order decoding the stage uses when a report has no headings. The first (text-only, naive Bayes) layer
 *     alone is printed for reference. Reference: the heading-derived label. Page chrome (decided by rule) is left
 *     out. Only real reports are used here (the shipped model also learns from synthetic reports; see
 *     scripts/train-sections.ts).
 * (c) Boilerplate inside sections: chrome lines (and inline chrome such as 分享到/打印本页) within any section.
 */
import type { SourceDocument, Structure } from '../model/types.js';
import type { EvalItem, ScoreLine, StageScore } from './types.js';
import { normalise } from '../read/normalise.js';
import { documentFromText } from '../read/fromText.js';
import { readText } from './corpora.js';
import { segmentStructure } from '../structure/index.js';
import { labelLeavingOut } from './leave-out.js';
import { paragraphFeatures, type TrainingDocument, type TrainingParagraph } from '../structure/classifier/index.js';
import { headingLabelledDocument } from '../structure/training.js';
import { isBoilerplateLine } from '../structure/boilerplate.js';
import { INLINE_TRAILERS } from '../structure/lexicon/boilerplate.js';

const PART_HEADING = /^\s*(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]{1,3}\s*[、.,．]|附件)/;

export function normaliseHeading(h: string): string {
  return normalise(h)
    .text.replace(/\s+/g, '')
    .replace(/[。.:;,]+$/, '');
}

function docOf(item: EvalItem): SourceDocument {
  return item.analysis?.doc ?? documentFromText(readText(item.report.path), { file: item.report.path });
}

function structureOf(item: EvalItem, doc: SourceDocument): Structure {
  return item.analysis?.structure ?? segmentStructure(doc);
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);

export function scoreStructure(items: EvalItem[]): StageScore {
  const lines: ScoreLine[] = [];
  const misses: string[] = [];

  // (a) headings
  const byLayout = new Map<string, { hit: number; total: number }>();
  let foundTotal = 0;
  let foundMatched = 0;
  let subAsSection = 0;
  const cache = new Map<EvalItem, { doc: SourceDocument; structure: Structure }>();
  for (const item of items) {
    const doc = docOf(item);
    const structure = structureOf(item, doc);
    cache.set(item, { doc, structure });
    const gold = item.report.gold.headings ?? [];
    if (gold.length === 0) continue;
    const goldParts = gold.filter((h) => PART_HEADING.test(normalise(h).text)).map(normaliseHeading);
    const goldSubs = new Set(gold.filter((h) => !PART_HEADING.test(normalise(h).text)).map(normaliseHeading));
    const found = structure.sections.filter((s) => s.heading).map((s) => normaliseHeading(s.heading));
    const layout = item.report.gold.format;
    const acc = byLayout.get(layout) ?? { hit: 0, total: 0 };
    let gi = 0;
    let hits = 0;
    const matchedGold = new Set<number>();
    for (const f of found) {
      const k = goldParts.indexOf(f, gi);
      if (k >= 0) {
        hits++;
        matchedGold.add(k);
        gi = k + 1;
      } else if (goldSubs.has(f)) {
        subAsSection++;
        misses.push(`${item.report.name}: 小标题被当作部分标题 ${f}`);
      } else {
        misses.push(`${item.report.name}: 多出的标题 ${f}`);
      }
    }
    goldParts.forEach((g, k) => {
      if (!matchedGold.has(k)) misses.push(`${item.report.name}: 未找到标题 ${g}`);
    });
    acc.hit += hits;
    acc.total += goldParts.length;
    byLayout.set(layout, acc);
    foundTotal += found.length;
    foundMatched += hits;
  }
  let hitAll = 0;
  let totalAll = 0;
  for (const v of byLayout.values()) {
    hitAll += v.hit;
    totalAll += v.total;
  }
  lines.push({ name: 'heading recall', value: ratio(hitAll, totalAll), target: 1, detail: `${hitAll}/${totalAll}` });
  for (const [layout, v] of [...byLayout].sort()) {
    lines.push({ name: `heading recall (${layout})`, value: ratio(v.hit, v.total), target: 1, detail: `${v.hit}/${v.total}` });
  }
  lines.push({ name: 'heading precision', value: ratio(foundMatched, foundTotal), target: 1, detail: `${foundMatched}/${foundTotal}` });
  lines.push({ name: 'sub-headings taken as sections', value: subAsSection, target: 0 });

  // (c) boilerplate inside sections
  let chromeInside = 0;
  for (const item of items) {
    const { doc, structure } = cache.get(item)!;
    for (const sec of structure.sections) {
      const body = doc.text.slice(sec.start, sec.end);
      for (const line of body.split('\n')) {
        if (isBoilerplateLine(line) || INLINE_TRAILERS.test(line)) {
          chromeInside++;
          misses.push(`${item.report.name}: 第${sec.n}部分内有网页杂项 ${line.trim().slice(0, 30)}`);
        }
      }
    }
  }
  lines.push({ name: 'boilerplate lines inside sections', value: chromeInside, target: 0 });

  return { stage: 'structure', lines, misses };
}

/**
 * The paragraph classifier alone, leave one agency out (b above): the slow part of the structure scores (both layers
 * are trained once per agency), so `npm run eval` runs it last.
 */
export async function scoreParagraphClassifier(items: EvalItem[]): Promise<StageScore> {
  const lines: ScoreLine[] = [];
  const misses: string[] = [];
  // (b) classifier alone, leave-one-out
  const labelled = new Map<EvalItem, { doc: TrainingDocument; test: TrainingParagraph[] }>();
  const seenDocs = new Set<string>();
  for (const item of items) {
    const doc = docOf(item);
    // the PDFs repeat the dev/hongze texts: one copy each, or leave-one-out would train on the report itself
    const key = item.report.name;
    if (seenDocs.has(key)) continue;
    const training = headingLabelledDocument(doc, key);
    if (!training) continue;
    seenDocs.add(key);
    const test = training.paragraphs.filter((p) => !p.heading && p.label !== 'boilerplate').map(({ text, label }) => ({ text, label }));
    labelled.set(item, { doc: training, test });
  }
  let indepOk = 0;
  let firstOk = 0;
  let orderOk = 0;
  let nPara = 0;
  let wordyOk = 0;
  let nWordy = 0;
  const confusions = new Map<string, number>();
  const indepConfusions = new Map<string, number>();
  // leave one agency out: two years of one body (hongze-2023/2024) share most of their wording
  const held = [...labelled];
  const folds = await labelLeavingOut({
    docs: held.map(([, v]) => v.doc),
    agencies: held.map(([item]) => agencyKey(item)),
    tests: held.map(([, v]) => v.test.map((p) => p.text)),
  });
  held.forEach(([, { test }], k) => {
    const { first, indep, ordered } = folds[k] ?? { first: [], indep: [], ordered: [] };
    test.forEach((p, i) => {
      nPara++;
      if (first[i] === p.label) firstOk++;
      if (indep[i] === p.label) indepOk++;
      else {
        const key = `${p.label}→${indep[i]}`;
        indepConfusions.set(key, (indepConfusions.get(key) ?? 0) + 1);
      }
      if (paragraphFeatures(p.text).some((f) => !f.startsWith('__'))) {
        nWordy++;
        if (indep[i] === p.label) wordyOk++;
      }
      if (ordered[i] === p.label) orderOk++;
      else {
        const key = `${p.label}→${ordered[i]}`;
        confusions.set(key, (confusions.get(key) ?? 0) + 1);
      }
    });
  });
  lines.push({
    name: 'paragraph accuracy, classifier alone (leave-one-agency-out)',
    value: ratio(indepOk, nPara),
    target: 0.97,
    detail: `${indepOk}/${nPara} in ${labelled.size} reports`,
  });
  lines.push({
    // a harder subset, for reference: the accuracy target is on every paragraph (the line above)
    name: 'paragraph accuracy, classifier alone, paragraphs with a word (leave-one-agency-out; reference)',
    value: ratio(wordyOk, nWordy),
    detail: `${wordyOk}/${nWordy} (cells of bare numbers left out)`,
  });
  lines.push({
    name: 'paragraph accuracy, first layer alone (own text, naive Bayes; reference)',
    value: ratio(firstOk, nPara),
    detail: `${firstOk}/${nPara}`,
  });
  lines.push({
    name: 'paragraph accuracy, classifier + in-order decoding (leave-one-agency-out)',
    value: ratio(orderOk, nPara),
    target: 0.97,
    detail: `${orderOk}/${nPara}`,
  });
  const worstIndep = [...indepConfusions].sort((a, b) => b[1] - a[1]).slice(0, 5);
  if (worstIndep.length) misses.push(`分类混淆,逐段(参考→预测): ${worstIndep.map(([k, v]) => `${k}×${v}`).join(', ')}`);
  const worst = [...confusions].sort((a, b) => b[1] - a[1]).slice(0, 5);
  if (worst.length) misses.push(`分类混淆,按序解码(参考→预测): ${worst.map(([k, v]) => `${k}×${v}`).join(', ')}`);

  return { stage: 'structure', lines, misses };
}

function agencyKey(item: EvalItem): string {
  const a = item.report.gold.agency;
  return a ? normalise(a).text.replace(/\s+/g, '') : `file:${item.report.name}`;
}
