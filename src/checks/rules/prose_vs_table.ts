/** Prose figures against the table cells they name. */
import type { Claim, Finding, ReportAnalysis } from '../../model/types.js';
import { isTableKey, metricName, t3Key } from '../../model/metrics.js';
import { failed, message, unassessable, type ReportRule } from '../engine.js';
import { MORE } from '../messages.js';
import { cellValue, countsTheApplications, countsTheTimely, describeBad, metricValue, type Lookup } from '../cells.js';
import { APPROX_WORDS, consistent } from '../lexicon/approx.js';
import { DECIMAL_KEYS, FINISHING_WORDS, TABLE_NAMES, TAKING_UP_WORDS, WHOLE_PLACE } from '../lexicon/cells.js';
import { withoutBlanks } from '../../util/chars.js';

/** The table values a claim may legitimately equal, each with how it was formed. */
function candidates(a: ReportAnalysis, metric: string, c: Claim, cell: Lookup & { ok: true }): { value: number; withCarryover: boolean }[] {
  const out = [{ value: cell.value, withCarryover: false }];
  // 收到申请N件 is often 本年新收 + 上年结转 (一 + 二).
  const column = /^t3\.([a-z_]+)\.new_received$/.exec(metric)?.[1];
  if (column) {
    const co = cellValue(a, t3Key(column, 'carried_over'));
    if (co.ok && co.value > 0) out.push({ value: cell.value + co.value, withCarryover: true });
  }
  // 办理N件 may count what was taken up: the results and what goes on next year (二 + 一), or what came in (一).
  const handled = /^t3\.([a-z_]+)\.total_processed$/.exec(metric)?.[1];
  const words = withoutBlanks(c.text);
  if (handled) {
    const received = cellValue(a, t3Key(handled, 'new_received'));
    const cf = cellValue(a, t3Key(handled, 'carried_forward'));
    if (TAKING_UP_WORDS.some((w) => words.includes(w)) && !FINISHING_WORDS.some((w) => words.includes(w))) {
      if (cf.ok && cf.value > 0) out.push({ value: cell.value + cf.value, withCarryover: false });
      if (received.ok) out.push({ value: received.value, withCarryover: false });
    }
    // 74件申请均在法定期限内答复: the applications counted, then said to be all answered, as received (一, or 一 + 二)
    if (received.ok && countsTheApplications(a, c)) {
      out.push({ value: received.value, withCarryover: false });
      const co = cellValue(a, t3Key(handled, 'carried_over'));
      if (co.ok && co.value > 0) out.push({ value: received.value + co.value, withCarryover: true });
    }
    // …and the results may leave out last year's applications (收到申请50件,办结50件 beside 上年结转2件 also finished):
    // this year's applications less those still open (一 − 四; in a table that balances, also 三 − 二)
    const co = cellValue(a, t3Key(handled, 'carried_over'));
    if (co.ok && co.value > 0 && received.ok) out.push({ value: received.value - (cf.ok ? cf.value : 0), withCarryover: false });
  }
  // 公开规范性文件N件 in the 2019 layout may count all published (对外公开总数量) as well as this year's (本年新公开).
  const published = /^t2\.([a-z]+)\.published$/.exec(metric)?.[1];
  if (published) {
    const total = cellValue(a, `t2.${published}.public_total`);
    if (total.ok) out.push({ value: total.value, withCarryover: false });
  }
  // A fee stated in 元 against a table in 万元.
  if (DECIMAL_KEYS.some((r) => r.test(metric)) && c.unit !== null && !c.unit.includes('万'))
    out.push({ value: cell.value * 10000, withCarryover: false });
  return out;
}

/**
 * How sure a mismatch is, and whether it may be an error: only an exact figure read as written, linked by its own
 * words, about the report's own body, against a readable cell, requires equality. A bound (近/约/余/超/以上), a link
 * inferred from the sentence or section, a figure about another body, one in a sentence about a whole place (全县) or
 * digits a PDF spaced apart are at most a warning.
 */
function certainty(c: Claim, place: string | undefined): { severity: 'error' | 'warning'; confidence: number; doubts: string[] } {
  const doubts: string[] = [];
  let confidence = 0.95;
  if (c.approx || c.upper !== undefined) {
    doubts.push('bound');
    confidence *= 0.75;
  }
  if (c.inferred) {
    doubts.push('inferred');
    confidence *= 0.6;
  }
  if (c.scope === 'other') {
    doubts.push('other');
    confidence *= 0.5;
  }
  if (place) {
    doubts.push('place');
    confidence *= 0.6;
  }
  const q = c.quantity ? c.text.slice(c.quantity.start - c.start, c.quantity.end - c.start) : '';
  if (/\d\s+\d/.test(q)) {
    doubts.push('spaced');
    confidence *= 0.7;
  }
  return { severity: doubts.length ? 'warning' : 'error', confidence: Math.round(confidence * 100) / 100, doubts };
}

export const proseVsTable: ReportRule = {
  id: 'prose_vs_table',
  severity: 'error',
  scope: 'report',
  title: '正文数字与表格不一致',
  description:
    '正文中指向表格的数字（如“收到政府信息公开申请45件”）应与对应单元格一致：确数须相等，“余/多/超/以上”不大于表格值，“近/不足”不小于表格值，“约/左右”相差不超过10%。“收到申请N件”可等于本年新收或本年新收加上年结转；“办理申请N件”可等于办理结果总计、其加结转下年度继续办理，或本年新收；“办结N件”也可不计上年结转（有上年结转时，本年新收减结转下年度）；“N件申请均已答复”一类先点数、后称全部如何的说法，N也可等于本年新收或本年新收加上年结转；“按时办结N件”“在法定期限内答复N件”一类只计按时办理的，N可小于办理结果总计，不可大于。只有确数、由正文自身措辞指向该单元格且属本机关的数字不一致才报错误；约数越界、所指系据上下文推断或范围不明（如仅为本单位，或“全县”“全区”等可能为全地区各机关合计）的数字，以及表格行次系按标准顺序推定（行标签在文本中丢失）的，只作警告。',
  messages: {
    mismatch: {
      zh: '正文称“{claim}”{bound?}，{metric}为{value}{unit?}{alt?}{doubt?}',
      en: 'The text says "{claim}"{bound?}; {metric} is {value}{unit?}{alt?}{doubt?}',
    },
    range: { zh: '（表中数字应在{value}至{upper}{unit?}之间）', en: ' (the table should read between {value} and {upper}{unit?})' },
    bound: { zh: '（表中数字{word}{value}{unit?}）', en: ' (the table should read {word} {value}{unit?})' },
    withCarryover: { zh: '，加上年结转为{value}{unit?}', en: ', {value}{unit?} with last year\'s carry-over' },
    otherBody: { zh: '；该数字可能另有所指（如仅为本单位），请核实', en: '; the figure may be about something else (the office alone, say): please verify' },
    inferred: { zh: '；该数字所指系据上下文推断，请核实', en: '; what the figure refers to was inferred from its context: please verify' },
    wholePlace: {
      zh: '；“{place}”的数字可能是各机关的合计，与本机关表格的统计范围可能不同，请核实',
      en: '; a figure for "{place}" may sum every body of the place, while the tables may count this body alone: please verify',
    },
    cellUnreadable: { zh: '正文称“{claim}”，但{cause}，无法核对', en: 'The text says "{claim}", but {cause}: cannot check' },
    tableUnread: {
      zh: '正文有{count}处数字对应{table}（{claims*}{more?}），但未能读到{table}，无法核对',
      en: '{count} figures in the text refer to {table} ({claims*}{more?}), but {table} was not read: cannot check',
    },
    quoted: { zh: '“{text}”', en: '"{text}"' },
    more: MORE,
  },
  run(a: ReportAnalysis): Finding[] {
    const out: Finding[] = [];
    // Figures pointing at a table that was not read: one not_assessable finding per table, not one per figure.
    const unread = new Map<string, typeof a.claims>();
    for (const c of a.claims) {
      const metric = c.metric;
      if (!metric || !isTableKey(metric) || c.unit === '%') continue;
      const unit = c.unit ?? '';
      const cell = metricValue(a, metric);
      if (!cell.ok) {
        const id = metric.slice(0, 2);
        if (cell.reason === 'missing' && !a.tables.tables.some((t) => t.id === id)) {
          unread.set(id, [...(unread.get(id) ?? []), c]);
          continue;
        }
        out.push(
          unassessable(this, 'cellUnreadable', { claim: c.text, cause: describeBad(cell, metricName) }, {
            metric,
            expected: c.value,
            evidence: [c, ...cell.cells.map((x) => x.span)],
          }),
        );
        continue;
      }
      const cands = candidates(a, metric, c, cell);
      if (cands.some((x) => consistent(c.value, c.approx, c.upper, x.value))) continue;
      // those handled in time are a part of those handled: fewer is no contradiction
      if (countsTheTimely(c) && c.approx === null && c.upper === undefined && c.value <= cell.value) continue;
      const bound =
        c.upper !== undefined
          ? message(this, 'range', { value: c.value, upper: c.upper, unit })
          : c.approx
            ? message(this, 'bound', { word: APPROX_WORDS[c.approx], value: c.value, unit })
            : null;
      // a whole place (全县) named anywhere in the sentence before the figure: a list goes on with it (全县…行政复议7件、行政诉讼3件)
      const place = WHOLE_PLACE.exec(withoutBlanks(a.doc.text.slice(c.sentence.start, c.quantity?.end ?? c.end)))?.[0];
      const sure = certainty(c, place);
      const doubt =
        c.scope === 'other'
          ? message(this, 'otherBody')
          : sure.doubts.includes('inferred')
            ? message(this, 'inferred')
            : place
              ? message(this, 'wholePlace', { place })
              : null;
      const second = cands[1];
      const alt = second?.withCarryover ? message(this, 'withCarryover', { value: second.value, unit }) : null;
      const finding = failed(this, 'mismatch', { claim: c.text, bound, metric: metricName(metric), value: cell.value, unit, alt, doubt }, {
        severity: sure.severity,
        metric,
        expected: c.value,
        actual: cell.value,
        evidence: [c, ...cell.spans],
      });
      finding.confidence = sure.confidence;
      out.push(finding);
    }
    for (const [id, claims] of unread) {
      const table = TABLE_NAMES[id as 't2' | 't3' | 't4'];
      const quotes = claims.slice(0, 3).map((c) => message(this, 'quoted', { text: c.text }));
      const only = claims.length === 1 ? claims[0] : undefined;
      out.push(
        unassessable(this, 'tableUnread', { count: claims.length, table, claims: quotes, more: claims.length > 3 ? message(this, 'more') : null }, {
          metric: only ? only.metric : null,
          evidence: claims,
        }),
      );
    }
    return out;
  },
};
