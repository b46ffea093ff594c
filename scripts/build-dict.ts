/**
 * npm run build:dict — derive src/nlp/dict/jieba.small.dict.utf8 from the dictionary nodejieba ships.
 *
 * Why: nodejieba builds its dictionary trie twice in every thread that segments (once for cutting, once for
 * a TextRank extractor its API always creates), so the bundled 349 000-word dictionary costs ~224 MiB and
 * ~0.9 s per batch worker. jieba itself publishes a smaller dictionary (dict.txt.small) for memory-bound use;
 * this does the same by keeping the words jieba has seen at least MIN_FREQ times: ~137 000 words, ~94 MiB,
 * ~0.3 s. The dropped words are rare names and phrases; with HMM on, unknown runs are still joined. Measured on
 * the labelled reports (npm run eval), every stage's figures stay the same (see the closing note of issue #9).
 * Deterministic: same nodejieba dictionary → same file. The domain words are in user.dict.utf8, loaded on top.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { SMALL_DICT_PATH, SMALL_DICT_MIN_FREQ } from '../src/nlp/segment.js';

const { DEFAULT_DICT } = createRequire(import.meta.url)('nodejieba') as { DEFAULT_DICT: string };
const lines = readFileSync(DEFAULT_DICT, 'utf8').split('\n').filter((l) => l.trim());
const kept = lines.filter((l) => Number(l.split(' ')[1]) >= SMALL_DICT_MIN_FREQ);
writeFileSync(SMALL_DICT_PATH, kept.join('\n') + '\n');
console.log(`${kept.length}/${lines.length} words (frequency ≥ ${SMALL_DICT_MIN_FREQ}) → ${SMALL_DICT_PATH}`);
