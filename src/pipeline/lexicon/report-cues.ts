/**
 * What marks a text as a government information disclosure annual report even when only its opening survives
 * (page excerpts): the regulation every report is written under, and the report speaking of itself. Matched
 * against the normalised text (simplified characters, half-width punctuation).
 */

/** 《中华人民共和国政府信息公开条例》, 《政府信息公开条例》, or the regulation named without its brackets. */
export const STATUTE = /(?:中华人民共和国)?政府信息公开条例/;

/** 本报告 / 本年度报告 / 本年报: the text calls itself the report. */
export const SELF_REFERENCE = /本(?:年度)?(?:报告|年报)/;

/** Standard-table values (表二/表三/表四 metric keys) that by themselves make a text a report. */
export const MIN_TABLE_VALUES = 3;
