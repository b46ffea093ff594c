/** Synthetic report text for the reader's tests (own words and numbers, no real report). */
import { normalise, spanToOriginal } from '../../src/read/index.js';
import type { SourceDocument } from '../../src/model/types.js';

export const SYNTHETIC_REPORT = [
  '青禾县农业农村局2022年政府信息公开工作年度报告',
  '本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。',
  '一、总体情况',
  '2022年，青禾县农业农村局认真落实《中华人民共和国政府信息公开条例》，全年主动公开政府信息１２８条，其中政策文件１５条。',
  '（一）主动公开。通过门户网站发布惠农补贴、种子管理等信息。',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '全年收到政府信息公开申请７件，予以公开５件，不予处理２件。',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '一是栏目更新不够及时；二是政策解读形式较为单一。',
  '六、其他需要报告的事项',
  '本年度未收取信息处理费。',
].join('\n');

export const SYNTHETIC_TRADITIONAL = [
  '青禾縣農業農村局2022年政府信息公開工作年度報告',
  '一、總體情況',
  '2022年，青禾縣農業農村局認真落實《中華人民共和國政府信息公開條例》，全年主動公開政府信息１２８條。',
  '三、收到和處理政府信息公開申請情況',
  '全年收到政府信息公開申請７件，予以公開５件。',
].join('\n');

/** Every span of the normalised text maps back to original text that normalises to the same string. */
export function expectOffsetsRoundTrip(doc: SourceDocument, spans: [number, number][]): string[] {
  const bad: string[] = [];
  for (const [start, end] of spans) {
    const want = doc.text.slice(start, end);
    const o = spanToOriginal(doc.toOriginal, start, end);
    const got = normalise(doc.original.slice(o.start, o.end), { traditional: doc.traditional }).text;
    if (got.trim() !== want.trim()) bad.push(`[${start},${end}) ${JSON.stringify(want)} ← ${JSON.stringify(got)}`);
  }
  return bad;
}

/** Spans over the text: each line, and windows of several sizes. */
export function sampleSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) spans.push([at, at + line.length]);
    at += line.length + 1;
  }
  for (const w of [1, 5, 17, 60]) for (let s = 0; s + w <= text.length; s += Math.max(1, Math.floor(text.length / 40))) spans.push([s, s + w]);
  return spans;
}
