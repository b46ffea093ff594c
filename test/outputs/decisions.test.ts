import { describe, expect, it } from 'vitest';
import type { ReportRecord } from '../../src/model/types.js';
import { applyDecisions, assignFindingIds, describeOrphans, findingId, parseDecisions } from '../../src/outputs/decisions.js';
import { parseCsv } from '../../src/outputs/csv.js';
import { parseExpectedBodies } from '../../src/outputs/expected.js';
import { must } from './fixtures.js';

const TEXT = '一、总体情况\n全年收到政府信息公开申请45件，其中予以公开21件。\n';
const SHA = '0123456789abcdef0123456789abcdef01234567';

function record(text: string, sha1 = SHA): ReportRecord {
  const at = (p: string) => ({ start: text.indexOf(p), end: text.indexOf(p) + p.length });
  return {
    file: 'a.txt',
    status: 'ok',
    sha1,
    findings: [
      { rule: 'prose_vs_table', severity: 'error', metric: 't3.total.new_received', message: 'm', expected: 45, actual: 44, evidence: [at('收到政府信息公开申请45件')] },
      { rule: 'prose_vs_table', severity: 'error', metric: 't3.total.granted', message: 'm', expected: 21, actual: 20, evidence: [at('予以公开21件')] },
      { rule: 't4_group_sum', severity: 'error', metric: 't4.review.total', message: 'm', expected: 4, actual: 5, evidence: [] },
      { rule: 't4_group_sum', severity: 'error', metric: 't4.review.total', message: 'm', expected: 4, actual: 5, evidence: [] },
    ],
  };
}

describe('finding ids', () => {
  it('depend on report content, rule, metric and evidence text — not on offsets or order', () => {
    const ids = assignFindingIds(record(TEXT), TEXT).findings!.map((f) => f.id!);
    expect(new Set(ids).size).toBe(4);
    expect(ids[3]).toBe(`${ids[2]}~2`);
    // The same phrase at other offsets (say a reader that keeps one more line) gives the same id.
    const shifted = '标题\n' + TEXT;
    expect(assignFindingIds(record(shifted), shifted).findings!.map((f) => f.id)).toEqual(ids);
    // A finding added elsewhere leaves the others' ids alone.
    const more = record(TEXT);
    more.findings!.unshift({ rule: 'prose_parts', severity: 'warning', message: 'x', evidence: [{ start: 0, end: 6 }] });
    expect(assignFindingIds(more, TEXT).findings!.slice(1).map((f) => f.id)).toEqual(ids);
    // Another report (other content) never shares ids.
    expect(must(assignFindingIds(record(TEXT, 'f'.repeat(40)), TEXT).findings![0]).id).not.toBe(ids[0]);
    expect(findingId(SHA, { rule: 'r', metric: null }, ['收到 申请\n45件'])).toBe(findingId(SHA, { rule: 'r', metric: null }, ['收到 申请 45件']));
  });

  it('fall back to the record’s own phrases when the text is not at hand', () => {
    const r = record(TEXT);
    const span = must(must(r.findings![0]).evidence[0]);
    const withClaim: ReportRecord = { ...r, claims: [{ text: '收到政府信息公开申请45件', ...span, value: 45, unit: '件', approx: null, metric: 't3.total.new_received' }] };
    expect(must(assignFindingIds(structuredClone(withClaim)).findings![0]).id).toBe(must(assignFindingIds(record(TEXT), TEXT).findings![0]).id);
  });
});

describe('decisions', () => {
  it('parse the export, a bare array or a map, keeping the newer of two', () => {
    const list = parseDecisions(
      JSON.stringify({
        format: 'nianbao-decisions',
        version: 1,
        decisions: [
          { id: 'a', status: 'dismissed', reason: '口径不同', at: '2026-01-01' },
          { id: 'a', status: 'confirmed', at: '2026-02-01' },
          { id: 'b', status: 'bogus' },
          { id: 'c', status: null, comment: '待核实' },
          { status: 'confirmed' },
        ],
      }),
    );
    expect(list).toEqual([
      { id: 'a', status: 'confirmed', at: '2026-02-01' },
      { id: 'c', status: null, comment: '待核实' },
    ]);
    expect(parseDecisions('[{"id":"x","status":"confirmed"}]')).toEqual([{ id: 'x', status: 'confirmed' }]);
    expect(parseDecisions('{"x":{"status":"dismissed","reason":"误读"}}')).toEqual([{ id: 'x', status: 'dismissed', reason: '误读' }]);
    expect(() => parseDecisions('not json')).toThrow();
  });

  it('land on their findings; the rest are orphans, described for stderr', () => {
    const r = assignFindingIds(record(TEXT), TEXT);
    const id = must(r.findings![1]).id!;
    const { applied, orphans } = applyDecisions([r], [
      { id, status: 'dismissed', reason: '表格解析有误' },
      { id: 'gone', status: 'confirmed', agency: '某局', year: 2021, message: '正文称…' },
    ]);
    expect(applied).toBe(1);
    expect(must(r.findings![1]).decision).toEqual({ status: 'dismissed', reason: '表格解析有误' });
    expect(must(r.findings![0]).decision).toBeUndefined();
    expect(orphans.map((o) => o.id)).toEqual(['gone']);
    expect(describeOrphans(orphans)).toMatch(/1 条审核记录.*\n  gone 已确认 · 某局 2021 · 正文称…/);
    expect(describeOrphans([])).toBe('');
  });
});

describe('expected bodies', () => {
  it('read a CSV with a body column, region columns and years, or a bare list', () => {
    expect(parseCsv('\uFEFFa,"b,c","d""e"\r\n1,2,3\n')).toEqual([['a', 'b,c', 'd"e'], ['1', '2', '3']]);
    const list = parseExpectedBodies('机关,省,市,县,年度\n青溪区人民政府,江岭省,临川市,青溪区,2021;2022\n南屏县交通运输局,江岭省,西峡市,南屏县,\n');
    expect(list).toEqual([
      { name: '青溪区人民政府', province: '江岭省', city: '临川市', county: '青溪区', years: [2021, 2022] },
      { name: '南屏县交通运输局', province: '江岭省', city: '西峡市', county: '南屏县' },
    ]);
    expect(parseExpectedBodies('青溪区人民政府\n南屏县交通运输局\n').map((b) => b.name)).toEqual(['青溪区人民政府', '南屏县交通运输局']);
  });
});
