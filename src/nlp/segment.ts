/**
 * Chinese word segmentation (nodejieba) behind a small module of its own, so every stage cuts text the same way
 * and the domain dictionary (政府信息公开, 依申请公开, 行政规范性文件 …) is loaded exactly once, before the first cut.
 *
 * Data files (src/nlp/dict/): `user.dict.utf8` (jieba user dictionary: word [freq] [tag]) and `stopwords.txt`
 * (one word a line: function words plus words every report uses, like 工作/情况/我区).
 */
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { withoutHanBlanks } from '../util/chars.js';
import { fileURLToPath } from 'node:url';

interface Jieba {
  load(opts?: { dict?: string; userDict?: string; idfDict?: string }): void;
  cut(s: string, strict?: boolean): string[];
  cutAll(s: string): string[];
  cutForSearch(s: string, strict?: boolean): string[];
}

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));

/** The dictionary folder: beside this file in the source tree, or src/nlp/dict from the repository root (built code). */
export const DICT_DIR = [join(here, 'dict'), resolve(here, '../../../src/nlp/dict'), resolve(here, '../../src/nlp/dict')].find(
  (d) => existsSync(join(d, 'user.dict.utf8')),
) ?? join(here, 'dict');
export const USER_DICT_PATH = join(DICT_DIR, 'user.dict.utf8');
/**
 * The main dictionary: nodejieba's own, without the words seen fewer than SMALL_DICT_MIN_FREQ times (derived by
 * `npm run build:dict`, scripts/build-dict.ts, which says why). Less than half the memory per thread, same results.
 */
export const SMALL_DICT_PATH = join(DICT_DIR, 'jieba.small.dict.utf8');
export const SMALL_DICT_MIN_FREQ = 5;
export const STOP_WORDS_PATH = join(DICT_DIR, 'stopwords.txt');
/**
 * A one-entry IDF table: nodejieba always builds its keyword extractor, which would parse the bundled 6 MB IDF
 * file (~0.1 s and ~20 MB per worker thread) although no stage extracts keywords. Segmentation never reads it.
 */
const UNUSED_IDF_PATH = join(DICT_DIR, 'idf.unused.utf8');

let jieba: Jieba | null = null;

/** nodejieba with the domain user dictionary loaded (once, lazily: the native module costs ~0.5 s to load its dictionaries). */
function engine(): Jieba {
  if (!jieba) {
    const j = require('nodejieba') as Jieba;
    j.load({ dict: SMALL_DICT_PATH, userDict: USER_DICT_PATH, idfDict: UNUSED_IDF_PATH });
    jieba = j;
  }
  return jieba;
}

/** A one-word dictionary to load in place of the real ones when a thread is done segmenting (see releaseSegmenter). */
const RELEASE_DICT_PATH = join(DICT_DIR, 'release.dict.utf8');

/**
 * Give back the dictionaries' memory (most of the ~95 MB they take) before a worker thread ends: nodejieba never
 * frees them itself, so every finished batch worker would otherwise leave them allocated in the process. Loading
 * a one-word dictionary is the only way its API offers to drop the loaded ones. A later cut loads the real ones again.
 */
export function releaseSegmenter(): void {
  if (!jieba) return;
  jieba.load({ dict: RELEASE_DICT_PATH, userDict: RELEASE_DICT_PATH, idfDict: UNUSED_IDF_PATH });
  jieba = null;
}

/** Precise-mode segmentation (HMM on for unknown words). */
export function cut(text: string): string[] {
  return text ? engine().cut(text, true) : [];
}

/** Every dictionary word found anywhere in the text (overlapping). */
export function cutAll(text: string): string[] {
  return text ? engine().cutAll(text) : [];
}

/** Precise mode plus the shorter words inside long ones (政府信息公开 → 政府, 信息, 公开, 政府信息公开). */
export function cutForSearch(text: string): string[] {
  return text ? engine().cutForSearch(text, true) : [];
}

/** Domain stop words (function words and words every report uses); shared with the themes stage. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  readFileSync(STOP_WORDS_PATH, 'utf8')
    .split('\n')
    .map((w) => w.trim())
    .filter((w) => w && !w.startsWith('#')),
);

/** A token worth a feature: has a CJK character or a Latin word, is no stop word and no digit or punctuation. */
const CONTENT = /[\u4e00-\u9fff]|[A-Za-z]{2,}/;
const DIGITS_OR_PUNCT = /^[\d.,:;%()\[\]{}<>《》“”"'‘’、。!?\-—_+=|/\\*#@~`…·\s]*$/;

/**
 * Tokens for classifiers and term statistics: jieba tokens without punctuation, digits or stop words. Cut with the
 * blanks between Chinese characters closed, so a wrapped or spaced word is the same token as the word.
 */
export function tokensForModel(text: string): string[] {
  // Tokens are pieces of the text: without a CJK character or two letters in a row it has none to keep, and
  // is not cut (long runs of symbols and single letters cost jieba more than their length).
  if (!CONTENT.test(text)) return [];
  text = withoutHanBlanks(text);
  // the verdict per distinct token: a paragraph repeats its words
  const kept = new Map<string, boolean>();
  return cut(text).filter((t) => {
    let keep = kept.get(t);
    if (keep === undefined) kept.set(t, (keep = CONTENT.test(t) && !DIGITS_OR_PUNCT.test(t) && !STOP_WORDS.has(t)));
    return keep;
  });
}
