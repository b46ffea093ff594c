/**
 * Benchmark of theme building at corpus scale: N synthetic problem statements (default 100,000) through the
 * default pipeline (jieba features → tf-idf → LSA → assignment to the taxonomy areas by their exemplars → sampled
 * agglomerative clustering of the rest + nearest-centroid assignment → c-TF-IDF labels → per-theme summaries).
 * Target: under a minute on a 2-core machine.
 *
 *   npm run bench:themes -- [--n 100000] [--natural]
 *
 * --natural also times natural.TfIdf alone on the same tokens: the tf-idf step of the embedder, whose idf scans every
 * document once per distinct term (its cost grows with vocabulary × statements).
 */
import { performance } from 'node:perf_hooks';
import { TfIdf } from 'natural/lib/natural/tfidf/index.js';
import { buildThemes } from '../src/themes/build.js';
import { LsaEmbedder } from '../src/themes/embed/lsa.js';
import { headlineFeatures } from '../src/themes/tokens.js';
import type { Embedder, ProblemItem } from '../src/themes/types.js';
import { mulberry32 as prng } from '../src/util/random.js';

/** Synthetic statements in our own words: subject × shortfall, with optional scope and explanation. */
const THEMES: Record<string, { subjects: string[]; faults: string[] }> = {
  staffing: { subjects: ['政务公开工作人员', '信息公开队伍', '基层公开工作力量', '兼职信息员'], faults: ['力量不足', '变动频繁', '业务能力有待提高', '专业素养不够', '培训不够系统'] },
  channels: { subjects: ['公开渠道', '公开形式', '信息发布载体', '新媒体平台运用'], faults: ['较为单一', '不够丰富', '有待拓展', '利用不充分'] },
  interpretation: { subjects: ['政策解读', '解读材料', '图解解读'], faults: ['不够通俗易懂', '形式单一', '发布不及时', '质量不高'] },
  mechanism: { subjects: ['考核机制', '监督制度', '责任落实', '保密审查机制'], faults: ['不健全', '有待完善', '不到位', '执行不严'] },
  timeliness: { subjects: ['信息更新', '动态信息发布', '栏目维护'], faults: ['不及时', '存在滞后', '时效性不强'] },
  awareness: { subjects: ['主动公开意识', '思想认识', '重视程度'], faults: ['不强', '不足', '不够'] },
  platform: { subjects: ['政府网站', '网上办事功能', '专题专栏设置', '互动交流栏目'], faults: ['不够完善', '功能不全', '使用不便'] },
  application: { subjects: ['依申请公开办理', '答复文书', '申请登记流程'], faults: ['不够规范', '质量有待提升', '时限把握不严'] },
};
const SCOPES = ['', '部分单位', '个别部门', '少数乡镇', '一些科室'];
const EXPLANATIONS = ['', '。影响了公开工作质效', '。与群众期盼仍有差距', '。需在下一年度重点解决', '。工作进展不平衡'];


export function syntheticItems(n: number, seed = 1): ProblemItem[] {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => {
    const x = xs[Math.floor(rand() * xs.length)];
    if (x === undefined) throw new RangeError('pick from an empty list');
    return x;
  };
  const themes = Object.values(THEMES);
  const out: ProblemItem[] = [];
  for (let i = 0; i < n; i++) {
    const th = pick(themes);
    const text = `${pick(SCOPES)}${pick(th.subjects)}${pick(th.faults)}${pick(EXPLANATIONS)}`;
    out.push({
      statement: { start: 0, end: text.length, text, period: 'current' },
      file: `synthetic/${i % 5000}.txt`,
      agency: `第${i % 5000}号机关`,
      year: 2019 + (i % 6),
    });
  }
  return out;
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const n = Number(arg('n') ?? 100_000);
  const items = syntheticItems(n);
  console.log(`语料：${n} 条合成问题表述`);

  if (process.argv.includes('--natural')) {
    const t0 = performance.now();
    const docs = items.map((it) => headlineFeatures(it.statement.text));
    const t1 = performance.now();
    const tfidf = new TfIdf();
    for (const d of docs) tfidf.addDocument(d);
    const t2 = performance.now();
    let terms = 0;
    for (let i = 0; i < docs.length; i++) terms += tfidf.listTerms(i).length;
    const t3 = performance.now();
    console.log(`natural.TfIdf：分词 ${((t1 - t0) / 1000).toFixed(1)} s，addDocument ${((t2 - t1) / 1000).toFixed(1)} s，listTerms ${((t3 - t2) / 1000).toFixed(1)} s（${terms} 项）`);
  }

  // time the embedding on its own, then the whole buildThemes (which embeds again)
  const lsa = new LsaEmbedder();
  let t = performance.now();
  await lsa.embed(items.map((it) => it.statement.text));
  console.log(`LSA 向量（分词 + tf-idf + SVD + 投影）：${((performance.now() - t) / 1000).toFixed(1)} s`);

  t = performance.now();
  const timed: Embedder = lsa;
  const report = await buildThemes(items, { embedder: timed });
  const secs = (performance.now() - t) / 1000;
  console.log(`buildThemes 全程：${secs.toFixed(1)} s；方法：${report.method}`);
  console.log(`主题 ${report.themes.length} 个（含离群桶），离群 ${report.themes.find((x) => x.id === 'outliers')?.size ?? 0} 条`);
  for (const th of report.themes.slice(0, 12)) console.log(`  ${th.id.padEnd(18)} ${String(th.size).padStart(6)}  ${th.label}  [${th.terms.slice(0, 5).join(' ')}]`);
  console.log(secs < 60 ? '通过：一分钟以内' : '未通过：超过一分钟');
}

if (process.argv[1] && /bench-themes\.ts$/.test(process.argv[1])) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
