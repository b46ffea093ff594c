/**
 * Injected inconsistencies: each one a mistake real reports make, applied to a clean report so that exactly one
 * check rule (plus stated consequences) should fire. Decisions come from a stream of their own, so a report with
 * an injection and its clean twin (errorRate 0) share everything else.
 */
import { T3_ROWS, T4_COLUMNS, T4_GROUPS, t3Key, t4Key } from '../model/metrics.js';
import type { TableId } from '../model/types.js';
import type { Block, Composed, Seg } from './blocks.js';
import { fmtRate } from './blocks.js';
import type { Plan } from './plan.js';
import { Rng } from './random.js';
import { addT3GroupSums, type Values } from './tables.js';
import type { GenerateOptions, Injection, InjectionKind } from './types.js';
import { INJECTION_KINDS } from './types.js';
import { NO_FEE_LINES } from './lexicon/prose.js';
import { imageName } from './render/common.js';
import { isLegacyYear } from '../model/layouts.js';
import { at } from '../util/at.js';

export type Pending = Omit<Injection, 'changes'>;

function claimSegs(c: Composed): Seg[] {
  return c.blocks.flatMap((b) => (b.kind === 'para' ? b.segs.filter((s) => s.claim) : []));
}

/** Chinese row name of a 表三 row key, for the manifest's detail. */
const rowName = (key: string) => T3_ROWS.find((r) => r.key === key)?.name ?? key;

const cited = (c: Composed) => new Set(claimSegs(c).map((s) => s.claim!.metric));

/** Replace the figure `from` (as printed at the end of the quote) by `to`. */
function replaceFigure(seg: Seg, from: string, to: string): void {
  const i = seg.text.lastIndexOf(from);
  if (i < 0) throw new Error(`figure ${from} not in ${seg.text}`);
  seg.text = seg.text.slice(0, i) + to + seg.text.slice(i + from.length);
}

/** Which kinds can apply to this report. */
export function applicableKinds(plan: Plan, v: Values, composed: Composed, slot: number): InjectionKind[] {
  const tables = plan.printed !== 'legacy';
  const groups = claimSegs(composed).map((s) => s.claim!);
  const textual = plan.rendering !== 'docx' && plan.rendering !== 'pdf';
  const ok: Record<InjectionKind, boolean> = {
    table_cell: tables,
    prose_figure: tables && groups.some((g) => g.metric?.startsWith('t3.total.') || g.metric?.startsWith('t4.')),
    parts_sum: groups.some((g) => g.role === 'total' && g.group && groups.some((x) => x.group === g.group && x.role === 'part')),
    rate: groups.some((g) => g.role === 'rate'),
    carry_over: tables && slot > 0 && !isLegacyYear(plan.year - 1),
    outdated_layout: plan.expected === '2021',
    image_table: tables && textual,
    fee_contradiction: plan.printed === '2021' && at(v, 't2.fees') > 0,
  };
  return INJECTION_KINDS.filter((k) => ok[k]);
}

/** Table mistakes are drawn more often than prose ones; parts_sum applies to nearly every report, so it is damped. */
const KIND_WEIGHT: Record<InjectionKind, number> = {
  table_cell: 3,
  prose_figure: 2,
  parts_sum: 1,
  rate: 1.5,
  carry_over: 2.5,
  outdated_layout: 1.5,
  image_table: 1,
  fee_contradiction: 1.5,
};

export function chooseInjection(seed: number, index: number, opts: GenerateOptions, applicable: InjectionKind[]): InjectionKind | null {
  const rng = Rng.of(seed, 'inject', index);
  if (!rng.chance(opts.errorRate ?? 0.2)) return null;
  const allowed = opts.injections?.length ? applicable.filter((k) => opts.injections!.includes(k)) : applicable;
  return allowed.length ? rng.weighted(allowed.map((k) => [k, KIND_WEIGHT[k]] as const)) : null;
}

/** A 表三 leaf row whose value and group are not cited in the prose (so only the table identity breaks). */
function uncitedLeaf(rng: Rng, c: Composed): string | null {
  const seen = cited(c);
  const leaves = T3_ROWS.filter((r) => r.group && !seen.has(t3Key('total', r.key)) && !seen.has(t3Key('total', r.group))).map((r) => r.key);
  return leaves.length ? rng.pick(leaves) : null;
}

/** Applies the injection in place (values, composed blocks) and returns what was done, without the cell diff. */
export function applyInjection(kind: InjectionKind, seed: number, plan: Plan, v: Values, composed: Composed): Pending | null {
  const rng = Rng.of(seed, 'inject-apply', plan.index);
  const d = rng.int(1, 5);
  const seen = cited(composed);
  const also = (rules: string[]) => (rules.length ? { alsoRules: rules } : {});
  switch (kind) {
    case 'table_cell': {
      const variants = rng.shuffle(['t3_row_sum', 't3_total_processed', 't3_balance', 't4_group_sum'] as const);
      for (const variant of variants) {
        if (variant === 't3_row_sum') {
          // move d between two leaves of the 自然人 column: its own sums hold, the rows' 总计 no longer do
          // (六)'s rows are left alone: the 2019 layout prints them as one row, where a move among them would not show
          const rows = T3_ROWS.filter((r) => (r.group && r.group !== 'other') || r.key === 'granted' || r.key === 'partial');
          const donors = rows.filter((r) => at(v, t3Key('natural', r.key)) >= d);
          if (!donors.length) continue;
          const from = rng.pick(donors).key;
          const to = rng.pick(rows.filter((r) => r.key !== from)).key;
          v[t3Key('natural', from)] = at(v, t3Key('natural', from)) - d;
          v[t3Key('natural', to)] = at(v, t3Key('natural', to)) + d;
          addT3GroupSums(v);
          return { kind, rule: 't3_row_sum', metric: t3Key('total', to), detail: `表三自然人列“${rowName(to)}”多计${d}件、“${rowName(from)}”少计${d}件，两行总计与六类申请人之和不符` };
        }
        if (variant === 't3_total_processed') {
          const leaf = uncitedLeaf(rng, composed);
          if (!leaf) continue;
          v[t3Key('natural', leaf)] = at(v, t3Key('natural', leaf)) + d;
          v[t3Key('total', leaf)] = at(v, t3Key('total', leaf)) + d;
          addT3GroupSums(v);
          return { kind, rule: 't3_total_processed', metric: 't3.total.total_processed', detail: `表三“${rowName(leaf)}”行自然人与总计各多计${d}件，(七)总计不再等于各项办理结果之和` };
        }
        if (variant === 't3_balance') {
          const leaf = uncitedLeaf(rng, composed);
          if (!leaf) continue;
          for (const col of ['natural', 'total']) {
            v[t3Key(col, leaf)] = at(v, t3Key(col, leaf)) + d;
            v[t3Key(col, 'total_processed')] = at(v, t3Key(col, 'total_processed')) + d;
          }
          addT3GroupSums(v);
          return {
            kind,
            rule: 't3_balance',
            ...also(seen.has('t3.total.total_processed') ? ['prose_vs_table'] : []),
            metric: 't3.total.total_processed',
            detail: `表三办理结果“${rowName(leaf)}”与(七)总计在自然人列和总计列各多计${d}件，一＋二不再等于(七)总计＋四`,
          };
        }
        const group = rng.pick(T4_GROUPS);
        const col = rng.pick(T4_COLUMNS.filter((x) => x.key === 'other' || x.key === 'pending'));
        v[t4Key(group.key, col.key)] = at(v, t4Key(group.key, col.key)) + d;
        return { kind, rule: 't4_group_sum', metric: t4Key(group.key, 'total'), detail: `表四${group.name}“${col.name}”多计${d}件，分项之和不等于总计` };
      }
      return null;
    }
    case 'prose_figure': {
      const segs = claimSegs(composed).filter((s) => s.claim!.metric?.startsWith('t3.total.') || s.claim!.metric?.startsWith('t4.'));
      const seg = rng.pick(segs);
      const c = seg.claim!;
      const before = seg.text;
      const to = c.value === 0 || rng.chance(0.6) ? c.value + d : Math.max(0, c.value - d);
      replaceFigure(seg, `${c.value}${c.unit}`, `${to}${c.unit}`);
      const fromValue = c.value;
      c.value = to;
      return {
        kind,
        rule: 'prose_vs_table',
        metric: c.metric,
        detail: `正文“${before}”改为${to}${c.unit}，与表格${fromValue}不符`,
        claim: { metric: c.metric, from: before, to: seg.text, fromValue, toValue: to },
      };
    }
    case 'parts_sum': {
      const all = claimSegs(composed);
      const totals = all.filter((s) => s.claim!.role === 'total' && all.some((x) => x.claim!.group === s.claim!.group && x.claim!.role === 'part'));
      const seg = rng.pick(totals);
      const c = seg.claim!;
      const partsSum = all.filter((x) => x.claim!.group === c.group && x.claim!.role === 'part').reduce((s, x) => s + x.claim!.value, 0);
      const to = Math.max(0, partsSum - Math.min(d * (rng.chance(0.5) ? 1 : 10), Math.max(1, partsSum - 1)));
      const before = seg.text;
      replaceFigure(seg, `${c.value}${c.unit}`, `${to}${c.unit}`);
      const fromValue = c.value;
      c.value = to;
      return {
        kind,
        rule: 'prose_parts',
        ...also(c.metric && (c.metric.startsWith('t3.') || c.metric.startsWith('t4.')) && plan.printed !== 'legacy' ? ['prose_vs_table'] : []),
        metric: c.metric,
        detail: `“${before}”改为${to}${c.unit}，而其后各分项之和为${partsSum}${c.unit}`,
        claim: { metric: c.metric, from: before, to: seg.text, fromValue, toValue: to },
      };
    }
    case 'rate': {
      const seg = rng.pick(claimSegs(composed).filter((s) => s.claim!.role === 'rate'));
      const c = seg.claim!;
      const delta = rng.int(2, 9) + (rng.chance(0.5) ? 0.5 : 0);
      const to = Number(fmtRate(c.value >= 90 ? c.value - delta : Math.min(100, c.value + delta)));
      const before = seg.text;
      replaceFigure(seg, `${fmtRate(c.value)}%`, `${fmtRate(to)}%`);
      const fromValue = c.value;
      c.value = to;
      return {
        kind,
        rule: 'prose_rate',
        metric: c.metric,
        detail: `“${before}”改为${fmtRate(to)}%，与办结数和受理数之比${fmtRate(fromValue)}%不符`,
        claim: { metric: c.metric, from: before, to: seg.text, fromValue, toValue: to },
      };
    }
    case 'carry_over': {
      // this year's 二 no longer equals last year's 四; the table itself stays balanced
      const leaf = uncitedLeaf(rng, composed) ?? 'unable.unclear';
      for (const col of ['natural', 'total']) {
        v[t3Key(col, 'carried_over')] = at(v, t3Key(col, 'carried_over')) + d;
        v[t3Key(col, leaf)] = at(v, t3Key(col, leaf)) + d;
        v[t3Key(col, 'total_processed')] = at(v, t3Key(col, 'total_processed')) + d;
      }
      addT3GroupSums(v);
      const group = T3_ROWS.find((r) => r.key === leaf)?.group ?? '';
      const touched = ['carried_over', 'total_processed', leaf, group].map((r) => t3Key('total', r));
      const rules = touched.some((m) => seen.has(m)) ? ['prose_vs_table'] : [];
      return {
        kind,
        rule: 'carryover',
        ...also(rules),
        metric: 't3.total.carried_over',
        detail: `表三“上年结转”比上一年度报告的“结转下年度继续办理”多${d}件（自然人列与总计列）`,
      };
    }
    case 'outdated_layout':
      return {
        kind,
        rule: 'layout_outdated',
        metric: null,
        detail: `${plan.year}年度报告仍使用2019年版表格格式（国办公开办函〔2019〕60号）`,
        layout: { expected: '2021', printed: '2019' },
      };
    case 'image_table': {
      const id = rng.weighted<TableId>([['t2', 1], ['t3', 2], ['t4', 1]]);
      const idx = composed.blocks.findIndex((b) => b.kind === 'table' && b.id === id);
      const section = (composed.blocks[idx] as Extract<Block, { kind: 'table' }>).section;
      const file = imageName(seed, plan.index, id);
      composed.blocks[idx] = { kind: 'image', id, src: `/uploads/${plan.year + 1}/${plan.style.publishDate.slice(5).replace('-', '')}/${file}`, section };
      return { kind, rule: 'table_image', metric: null, detail: `${{ t2: '表二', t3: '表三', t4: '表四' }[id]}以图片形式发布（${file}），无法核对`, table: id };
    }
    case 'fee_contradiction': {
      const sentence = rng.pick(NO_FEE_LINES).replace('{Y}', String(plan.year)).replace('{S}', plan.self);
      const block = composed.blocks.find((b): b is Extract<Block, { kind: 'para' }> => b.kind === 'para' && b.role === 'fee');
      if (!block) return null;
      block.segs.unshift({ text: sentence });
      return { kind, rule: 'fee_contradiction', metric: 't2.fees', detail: `表二行政事业性收费${v['t2.fees']}万元，第六部分却称“${sentence}”`, sentence };
    }
  }
}

