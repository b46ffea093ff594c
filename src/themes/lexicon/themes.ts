import { TAXONOMY } from './taxonomy.js';

/**
 * Vocabularies for theme building: words that say "this is a problem" but not which one (stop words for
 * clustering), domain concepts (words that name the same concern) and noise terms that never name a theme.
 */

/**
 * Words every problem statement uses (problem and measure wording, the subject matter itself), beyond the
 * shared STOP_WORDS of src/nlp: they would pull all statements together.
 */
export const THEME_STOP_WORDS: readonly string[] = [
  '政务', '公开', '信息', '政府', '政府信息', '信息公开', '政务公开', '政府信息公开', '问题', '存在', '有待', '不够', '不足',
  '还', '仍', '仍然', '依然', '尚', '还需', '仍需', '尚需', '需要', '一定', '部分', '个别', '较', '比较', '较为', '程度',
  '现象', '进一步', '加强', '提高', '提升', '完善', '改进', '不强', '不高', '欠缺', '差距', '薄弱', '亟待', '难以',
  '未能', '一些', '有些', '主要', '表现', '体现', '以及', '更加', '还要', '要', '持续', '较少', '有所', '整体',
  '方式方法', '仍有', '尚有', '待', '一批', '往往', '目前', '日常', '今后', '方面', '地方', '领域',
  '虽然', '仍待', '进一步提高', '进一步加强', '进一步完善', '不能', '满足', '条例', '需要进一步', '还有', '造成',
];

/**
 * Domain concepts: a statement using any of the words also gets the concept as a feature, so that
 * 人员力量不足 and 队伍建设有待加强 share something even in a small corpus where co-occurrence cannot tell.
 * One concept per taxonomy area (its cue words, lexicon/taxonomy.ts); the keys are the areas' ids.
 */
export const CONCEPTS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(TAXONOMY.map((e) => [e.id, e.cues]));

/**
 * Times a concept feature counts, in term-frequency units. The concepts carry the taxonomy into statements worded
 * unlike any exemplar; 2 rather than 1 raised the dev gold's cross-validated ARI from 0.76 to 0.85 (3 scored the same).
 */
export const CONCEPT_WEIGHT = 2;

/**
 * Words that count things but name no problem (数条, 数件, 多项…): never a theme term. A term is noise when it is
 * one of NOISE_TERMS, or a count word (NOISE_COUNTS, or digits) followed by a measure word (NOISE_MEASURES).
 */
export const NOISE_TERMS: readonly string[] = ['数条', '数件', '多项', '若干', '少数', '多个', '个别', '部分', '一些', '有的', '其中', '一方面', '另一方面', '一是', '二是', '三是', '四是', '五是', '首先', '其次', '再次', '最后', '同时', '此外'];
export const NOISE_COUNTS: readonly string[] = ['数', '几', '多', '两', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千', '万', '个'];
export const NOISE_MEASURES: readonly string[] = ['条', '件', '个', '项', '次', '家', '篇', '份', '类', '批', '名', '人', '年', '月', '日', '处', '起', '是'];
