/**
 * npm run probe [-- --n 150 --seed 11 --only S,Y2 --warnings --renderings flat,markdown,cell-per-line,html --at end]
 *
 * Sentences the genre writes that the corpora may not hold, put into complete generated reports, must not make an
 * error. Each sentence below is built from the report's own table values so that it agrees with its tables, or
 * counts something no table cell counts (one kind of applications, hearings attended, a count as of now, documents
 * reviewed rather than issued…). A generated report without injected errors gets none of its own; any error
 * after a sentence is put in is one a reviewer would meet on a real report written that way.
 *
 * Each sentence goes in on its own, as the first line of the part it belongs to (一 to 六); in a web page, as a paragraph
 * after the part's heading, its figures and words in separate <span>s across line breaks, as pages saved from Word print them. The script prints,
 * per sentence, in how many reports (of those it was put in) it made a new error (and with --warnings a new warning), with the first few.
 * Sentences that came from the probes which found false errors keep their ids in the commit history.
 */
import { generateReport, type Rendering } from '../src/synth/index.js';
import { readBuffer, isReadError } from '../src/read/index.js';
import { analyzeDocument } from '../src/pipeline/analyze.js';
import type { Finding } from '../src/model/types.js';
import iconv from 'iconv-lite';
import { flag, option } from './args.js';

const n = Number(option('n') ?? 150);
const seed = Number(option('seed') ?? 11);
const only = option('only')?.split(',');
const withWarnings = flag('warnings');
/** Where in its part a sentence goes: first (after the heading) or last (before the next part's heading, after its table). */
const atEnd = option('at') === 'end';
/** Text renderings only: a sentence is put into the text as a line of its own. */
const renderings = (option('renderings') ?? 'flat').split(',') as Rendering[];

/** The table values a sentence is built from (表三 totals column, 表二 规范性文件, 表四 totals). */
interface Values {
  /** 表三: new, carried over, processed, carried forward; granted, partial, denied, unable, not processed, other; 自然人 new. */
  N: number; C: number; P: number; F: number; g: number; p: number; d: number; u: number; n: number; o: number; nat: number;
  /** 表二 (2021 layout): issued, repealed, in force; (2019 layout) made, published, public total. */
  iss: number; rep: number; inf: number; made: number; pub: number; tot: number;
  /** 表四 totals, and 行政复议 upheld. */
  r: number; l: number; ru: number;
  /** 表三 sub-rows: 无法提供 本机关不掌握, 不予公开 第三方合法权益 (totals column). */
  unh: number; dtp: number;
  /** Prose-only figures the report already states (人大代表建议, 政协提案, 热线 received and completed), or made-up ones when it states none. */
  dep: number; cppcc: number; hr: number; hc: number; items: number;
  /** 1 when 表二 is in the 2019 layout. */
  l19: number;
  /** The report's year, and 表二's fees (万元). */
  Y: number; fee: number;
  /** 表四 行政复议 corrected, other, pending; 行政诉讼 after review. */
  rc: number; ro: number; rp: number; la: number;
  /** 表二 规章 issued (or made). */
  reg: number;
}

interface Probe {
  id: string;
  part: 1 | 2 | 3 | 4 | 5 | 6;
  sentence(v: Values): string | null;
}

/** A count below 100 in Chinese numerals, as reports write small counts (十二, 三十五). */
const cn = (x: number): string => {
  const d = '零一二三四五六七八九';
  if (x < 10) return d[x]!;
  const tens = Math.floor(x / 10);
  return `${tens === 1 ? '' : d[tens]}十${x % 10 ? d[x % 10] : ''}`;
};
/** Digits in their full-width forms (１２), as some pages print them. */
const fullWidth = (x: number): string => String(x).replace(/\d/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

const pct = (x: number, of: number, digits: number) => (Math.floor((10 ** (digits + 2) * x) / Math.max(1, of)) / 10 ** digits).toFixed(digits);

const PROBES: Probe[] = [
  // 表三's totals said in the ways reports say them
  { id: 'A', part: 3, sentence: (v) => `本年度新收政府信息公开申请${v.N}件，上年结转${v.C}件，共计${v.N + v.C}件，已办结${v.P}件，结转下年度${v.F}件。` },
  { id: 'B', part: 3, sentence: (v) => `共受理政府信息公开申请${v.N + v.C}件（新收${v.N}件，上年结转${v.C}件）。` },
  { id: 'C', part: 3, sentence: (v) => `全年共办理政府信息公开申请${v.N + v.C}件。` },
  { id: 'G', part: 3, sentence: (v) => `本年度办结申请${v.P}件，其中予以公开${v.g}件，部分公开${v.p}件，不予公开${v.d}件，无法提供${v.u}件，不予处理${v.n}件，其他处理${v.o}件。` },
  { id: 'H', part: 3, sentence: (v) => `答复${v.P}件，结转下一年度办理${v.F}件。` },
  { id: 'M', part: 3, sentence: (v) => `受理申请${v.N}件，已答复${v.P}件，正在办理${v.F}件。` },
  { id: 'O', part: 3, sentence: (v) => `收到的${v.N}件申请中，自然人提出${v.nat}件，法人或其他组织提出${v.N - v.nat}件。` },
  { id: 'P', part: 3, sentence: (v) => `共办结${v.P}件，其中上年结转申请${v.C}件。` },
  // outcomes under this year's applications, last year's answered too
  { id: 'PA1', part: 3, sentence: (v) => (v.P > v.N ? `共收到申请${v.N}件，其中予以公开${v.g}件、部分公开${v.p}件、不予公开${v.d}件、无法提供${v.u}件、不予处理${v.n}件、其他处理${v.o}件。` : null) },
  { id: 'X4', part: 3, sentence: (v) => `本年度新收政府信息公开申请${v.N}件（其中自然人${v.nat}件，法人或其他组织${v.N - v.nat}件）。` },
  // the applications counted first, then said all answered (the few carried into next year among them)
  { id: 'S', part: 3, sentence: (v) => `${v.N}件申请均在法定期限内答复。` },
  { id: 'S2', part: 3, sentence: (v) => `对收到的${v.N}件申请均在法定期限内予以答复。` },
  { id: 'S4', part: 3, sentence: (v) => `上述${v.N}件申请全部按时办结。` },
  { id: 'S7', part: 3, sentence: (v) => `${v.N + v.C}件申请均已按期办结。` },
  // rates, truncated or rounded as writers do
  { id: 'R1', part: 3, sentence: (v) => (v.C > 0 ? `收到申请${v.N}件，上年结转${v.C}件，办结${v.P}件，办结率${pct(v.P, v.N + v.C, 1)}%。` : null) },
  { id: 'RT1', part: 3, sentence: (v) => (v.N >= 3 ? `共收到申请${v.N}件，其中网上申请${v.N - 1}件，占${pct(v.N - 1, v.N, 1)}%；当面申请1件，占${pct(1, v.N, 1)}%。` : null) },
  { id: 'RT4', part: 3, sentence: (v) => (v.P >= 3 ? `办结的${v.P}件申请中，予以公开${v.g}件，占${pct(v.g, v.P, 1)}%。` : null) },
  // what no 表三 cell counts: people, items of information, one kind, one requester, one channel, answers given one way
  { id: 'D', part: 3, sentence: (v) => `收到申请${v.N}件，涉及申请人${v.N + 3}人次。` },
  { id: 'U1', part: 3, sentence: (v) => `全年共受理政府信息公开申请${v.N + 3}人次。` },
  { id: 'U3', part: 3, sentence: (v) => `共有${v.N + 2}名申请人提出政府信息公开申请。` },
  { id: 'AD1', part: 3, sentence: (v) => `依申请予以公开的信息${v.g + 20}条。` },
  { id: 'AD2', part: 3, sentence: (v) => `向申请人提供政府信息${v.g + 20}份。` },
  { id: 'X1', part: 3, sentence: (v) => (v.N >= 4 ? `申请内容主要涉及征地拆迁${v.N - 1}件、社会保障2件、规划建设2件。` : null) },
  { id: 'Y2', part: 3, sentence: (v) => (v.N >= 4 ? `关于征地拆迁补偿的申请${v.N - 1}件。` : null) },
  { id: 'Y4', part: 3, sentence: (v) => (v.N >= 4 ? `征地拆迁类申请${v.N - 1}件，占比最高。` : null) },
  { id: 'Y5', part: 3, sentence: (v) => (v.N >= 4 ? `其中征地拆迁方面的申请${v.N - 1}件。` : null) },
  { id: 'Y6', part: 3, sentence: (v) => (v.N >= 4 ? `申请人关注的热点主要是征地拆迁、社会保障等，相关申请${v.N - 1}件。` : null) },
  { id: 'AA1', part: 3, sentence: (v) => `同一申请人提出申请${v.N + 4}件。` },
  { id: 'AA3', part: 3, sentence: (v) => `通过12345热线转办的申请${v.N + 4}件。` },
  { id: 'AA5', part: 3, sentence: (v) => `全年向上级机关转办申请${v.N + 4}件。` },
  { id: 'AC1', part: 3, sentence: (v) => (v.P >= 3 ? `当场答复申请${v.P - 1}件。` : null) },
  { id: 'F', part: 3, sentence: () => `依申请公开平均办理时间为7个工作日，较法定期限缩短13个工作日。` },
  { id: 'K', part: 3, sentence: (v) => `与上年相比，申请数量增加${v.N + 7}件。` },
  { id: 'BA1', part: 3, sentence: (v) => `截至2023年12月31日，共收到政府信息公开申请${v.N}件。` },
  { id: 'BA3', part: 3, sentence: (v) => `其中，予以公开${v.g}件，部分公开${v.p}件。` },
  { id: 'BA4', part: 3, sentence: (v) => (v.N >= 1 ? `申请人主要为自然人，共${v.nat}件，占${pct(v.nat, v.N, 1)}%。` : null) },
  { id: 'BA6', part: 3, sentence: (v) => `因申请内容不明确，告知申请人补正${v.N + 2}件。` },
  { id: 'BA8', part: 3, sentence: (v) => `申请数量比上年同期减少${v.N + 5}件。` },
  { id: 'BA9', part: 3, sentence: (v) => `本年度收到的申请数量为近五年最高，达${v.N + 30}件。` },
  { id: 'CA1', part: 3, sentence: (v) => `依申请公开工作中，全年共接待现场查阅${v.N + 10}人次。` },
  { id: 'CA3', part: 3, sentence: (v) => `本年度新收政府信息公开申请${v.N}件，较上年（${v.N + 6}件）减少6件。` },
  { id: 'CA4', part: 3, sentence: (v) => `自然人申请${v.nat}件，法人或其他组织申请${v.N - v.nat}件，合计${v.N}件。` },
  { id: 'CA5', part: 3, sentence: () => `申请答复平均用时6个工作日，最短1个工作日。` },
  { id: 'CA6', part: 3, sentence: (v) => `办理中依法书面征求第三方意见${v.N + 3}件。` },
  { id: 'CA8', part: 3, sentence: (v) => `延期答复的${v.P + 2}件均已书面告知申请人。` },
  { id: 'CA9', part: 3, sentence: (v) => `收到申请后${v.N + 3}个工作日内答复的占90%。` },
  { id: 'DA2', part: 3, sentence: (v) => `经审查，属于本机关公开职责范围的${v.N + 2}件。` },
  { id: 'DA4', part: 3, sentence: (v) => `涉及申请人个人隐私的申请${v.N + 2}件。` },
  { id: 'DA5', part: 3, sentence: (v) => `答复后申请人表示满意的${v.N + 2}件。` },
  { id: 'DA6', part: 3, sentence: (v) => `办理过程中，申请人主动撤回申请${v.N + 2}件。` },
  { id: 'DA7', part: 3, sentence: (v) => `共接待群众来电咨询${v.N + 40}人次，解答政府信息公开相关问题${v.N + 30}个。` },
  { id: 'DA8', part: 3, sentence: (v) => `全年共有${v.N + 5}名申请人提出${v.N}件申请。` },
  { id: 'DA9', part: 3, sentence: (v) => `其中，个别申请人反复申请${v.N + 2}件。` },
  { id: 'DA10', part: 3, sentence: (v) => (v.N >= 2 ? `申请人通过信函方式提交申请${v.N - 1}件，占${pct(v.N - 1, v.N, 1)}%。` : null) },
  { id: 'DA11', part: 3, sentence: (v) => `对申请人提出的${v.N + 2}个问题逐一作出说明。` },
  { id: 'DA12', part: 3, sentence: (v) => `全年共发出补正告知书${v.N + 2}份、延期答复告知书${v.N + 1}份。` },
  { id: 'EA2', part: 3, sentence: (v) => `申请公开的信息主要为${v.N + 4}项行政处罚决定。` },
  { id: 'EA4', part: 3, sentence: (v) => `办理依申请公开件${v.N + v.C}件。` },
  { id: 'EA5', part: 3, sentence: (v) => `政府信息公开申请受理量${v.N}件。` },
  { id: 'EA6', part: 3, sentence: (v) => `全年依申请公开信息${v.N + 20}条。` },
  { id: 'EA7', part: 3, sentence: (v) => (v.C > 0 ? `上年度结转至本年度的${v.C}件申请已全部办结。` : null) },
  { id: 'EA9', part: 3, sentence: (v) => (v.N >= 2 ? `通过政府门户网站依申请公开平台收到申请${v.N - 1}件。` : null) },
  { id: 'EA10', part: 3, sentence: (v) => `市级部门转来申请${v.N + 2}件。` },
  { id: 'FA1', part: 3, sentence: (v) => `受理政府信息公开申请${v.N}件，同比持平。` },
  { id: 'FA2', part: 3, sentence: (v) => `申请量排名前三的事项为征收拆迁${v.N + 3}件、社保${v.N + 2}件、规划${v.N + 1}件。` },
  { id: 'FA3', part: 3, sentence: (v) => `全年新收申请${v.N}件，月均${Math.round(v.N / 12) + 1}件。` },
  { id: 'FA4', part: 3, sentence: () => `受理申请数居全市各部门第3位。` },
  { id: 'FA6', part: 3, sentence: (v) => `申请人以律师、企业为主，其中律师代理申请${v.N + 2}件。` },
  { id: 'FA7', part: 3, sentence: (v) => `申请数量较去年的${v.N + 6}件有所下降。` },
  { id: 'FA9', part: 3, sentence: () => `申请一般在5个工作日内答复。` },
  { id: 'FA10', part: 3, sentence: (v) => `共计${v.N}件次申请。` },
  { id: 'J', part: 3, sentence: (v) => `截至12月31日，尚有${v.F}件申请在法定期限内办理中。` },
  // 表二: its own wording, and documents reviewed, amended, drafted, or issued by another or in one issuer's name
  { id: 'BB1', part: 2, sentence: (v) => `本年度制发规范性文件${v.iss}件，全部在政府网站公开。` },
  { id: 'BB3', part: 2, sentence: (v) => `开展规范性文件合法性审查${v.iss + 3}件。` },
  { id: 'CB1', part: 2, sentence: (v) => `本年度共发布政策解读${v.iss + 12}篇，其中图解${v.iss + 2}篇。` },
  { id: 'EB1', part: 2, sentence: (v) => `制发行政规范性文件${v.iss}件，均按规定进行合法性审核。` },
  { id: 'EB2', part: 2, sentence: (v) => `本年度废止、宣布失效规范性文件${v.rep + 2}件。` },
  { id: 'P1', part: 2, sentence: (v) => `本年度新制发规范性文件${v.iss}件，废止${v.rep}件，现行有效${v.inf}件。` },
  { id: 'P4', part: 2, sentence: (v) => `清理规范性文件${v.inf + 5}件，废止${v.rep}件。` },
  { id: 'P8', part: 2, sentence: () => `修改规范性文件3件，宣布失效2件。` },
  { id: 'P9', part: 2, sentence: (v) => `本年度审核规范性文件${v.iss + 4}件，备案${v.iss + 2}件。` },
  { id: 'PB5', part: 2, sentence: (v) => `我局起草、由县政府印发的规范性文件${v.iss + 2}件。` },
  { id: 'Z1', part: 2, sentence: (v) => `制发涉及群众切身利益的规范性文件${v.iss + 3}件。` },
  { id: 'Z2', part: 2, sentence: (v) => `其中涉企规范性文件${v.iss + 3}件。` },
  { id: 'Z5', part: 2, sentence: (v) => `出台优化营商环境方面的规范性文件${v.iss + 3}件。` },
  { id: 'Z6', part: 2, sentence: (v) => `以县政府名义制发规范性文件${v.iss + 3}件。` },
  { id: 'W1', part: 2, sentence: (v) => (v.made ? `本年新制作规范性文件${v.made}件，新公开${v.pub}件，对外公开总数${v.tot}件。` : null) },
  { id: 'W2', part: 2, sentence: (v) => (v.made ? `规范性文件对外公开总数量${v.tot}件。` : null) },
  // 表四: its totals, another year's, a review body's own caseload, one kind of cases, hearings, a count as of now
  { id: 'Q1', part: 4, sentence: (v) => `本年度共发生政府信息公开行政复议${v.r}件、行政诉讼${v.l}件。` },
  { id: 'Q2', part: 4, sentence: (v) => `上年度行政复议${v.r + 2}件，本年度${v.r}件。` },
  { id: 'Q3', part: 4, sentence: (v) => `截至目前，尚有${v.r + 1}件行政复议案件正在审理中。` },
  { id: 'Q4', part: 4, sentence: (v) => `本机关作为复议机关，共收到行政复议申请${v.r + 9}件。` },
  { id: 'Q6', part: 4, sentence: (v) => `涉及征收拆迁的行政复议${v.r + 3}件。` },
  { id: 'BC1', part: 4, sentence: (v) => (v.l > 0 ? `行政诉讼${v.l}件，其中一审${v.l}件。` : null) },
  { id: 'CC2', part: 4, sentence: (v) => `上年结转的行政复议案件${v.r + 2}件已于本年审结。` },
  { id: 'CC3', part: 4, sentence: (v) => (v.l > 0 ? `行政诉讼${v.l}件均为本年度新发生。` : null) },
  { id: 'EC1', part: 4, sentence: (v) => `因政府信息公开被申请行政复议${v.r}件，较上年减少2件。` },
  { id: 'FC1', part: 4, sentence: (v) => `因政府信息公开申请引发的行政复议${v.r}件。` },
  { id: 'FC2', part: 4, sentence: (v) => `行政复议和行政诉讼案件数量均较上年下降，分别为${v.r}件和${v.l}件。` },
  { id: 'QA6', part: 4, sentence: (v) => `参加行政复议听证${v.r + 2}次。` },
  // part 一: the year's work summed up, beside figures of other work the same office does
  { id: 'GA1', part: 1, sentence: (v) => `全年共办理人大代表建议${v.dep}件、政协委员提案${v.cppcc}件，办复率100%。` },
  { id: 'GA2', part: 1, sentence: (v) => `全年办理网民留言${v.N + 50}件，按时办结率100%。` },
  { id: 'GA3', part: 1, sentence: (v) => `受理12345政务服务便民热线工单${v.hr}件，办结${v.hc}件。` },
  { id: 'GA4', part: 1, sentence: (v) => `处理群众来信来访${v.N + 10}件次。` },
  { id: 'GA5', part: 1, sentence: (v) => `依申请公开方面，全年共受理申请${v.N}件，按时答复率100%。` },
  { id: 'GA6', part: 1, sentence: (v) => `办理政务咨询${v.N + 20}件，回复率100%。` },
  { id: 'GA7', part: 1, sentence: (v) => `累计公开规范性文件${v.inf + 30}件。` },
  { id: 'GA8', part: 1, sentence: (v) => `全年共收到政府信息公开申请${v.N}件，比上年减少${3}件，下降${pct(3, v.N + 3, 1)}%。` },
  // part 三: the number before what it counts, sub-kinds named, all cases before the disclosure ones
  { id: 'GB1', part: 3, sentence: (v) => `${v.N}件申请中，${v.g}件予以公开，${v.p}件部分公开。` },
  { id: 'GB2', part: 3, sentence: (v) => `其中${v.g}件予以公开，${v.d}件不予公开。` },
  { id: 'GB3', part: 3, sentence: (v) => (v.d > 0 ? `有${v.d}件因可能损害第三方合法权益不予公开。` : null) },
  { id: 'GB4', part: 3, sentence: (v) => (v.u > 0 ? `无法提供的${v.u}件中，本机关不掌握相关政府信息${v.unh}件。` : null) },
  { id: 'GB5', part: 3, sentence: (v) => `共收到申请${v.N}件，涉及信息${v.N + 7}项。` },
  { id: 'GB6', part: 3, sentence: (v) => `向${v.N + 3}名申请人送达答复书。` },
  { id: 'GB7', part: 3, sentence: (v) => `以邮寄方式向申请人提供信息${v.N + 3}件。` },
  { id: 'GB8', part: 3, sentence: (v) => (v.C > 0 ? `2022年度结转申请${v.C}件，均已办结。` : null) },
  { id: 'GB9', part: 3, sentence: (v) => `全年收到的申请比2022年的${v.N + 6}件减少6件。` },
  { id: 'GB10', part: 3, sentence: (v) => `其中依申请公开${v.g}件，占${pct(v.g, Math.max(1, v.P), 1)}%。` },
  // part 四: all review and court cases of the office before the disclosure ones
  { id: 'GC1', part: 4, sentence: (v) => `全年共发生行政复议案件${v.r + 3}件，其中涉及政府信息公开的${v.r}件。` },
  { id: 'GC2', part: 4, sentence: (v) => `应诉行政诉讼案件${v.l + 5}件，其中政府信息公开类${v.l}件。` },
  { id: 'GC3', part: 4, sentence: (v) => (v.r > 0 ? `行政复议结果维持${v.ru}件。` : null) },
  { id: 'GC4', part: 4, sentence: (v) => (v.r === 0 && v.l === 0 ? `本年度未发生因政府信息公开引起的行政复议、行政诉讼案件。` : null) },
  { id: 'GC5', part: 4, sentence: (v) => `办理行政复议案件${v.r + 12}件，其中政府信息公开案件${v.r}件。` },
  // part 六: fees, motions, other work
  { id: 'GD1', part: 6, sentence: (v) => `本年度办理人大代表建议${v.dep}件、政协提案${v.cppcc}件。` },
  { id: 'GD2', part: 6, sentence: () => `本年度未收取信息处理费。` },
  { id: 'GD3', part: 6, sentence: (v) => `全年共收到政府信息公开申请${v.N}件，未收取任何费用。` },
  { id: 'GD4', part: 6, sentence: (v) => `落实政务公开工作要点任务${v.N + 25}项。` },
  { id: 'GD5', part: 6, sentence: (v) => `组织开展政务公开培训${3}次，培训${v.N + 60}人次。` },
  // the same figures written otherwise: Chinese numerals, full-width digits, rounded with 余/近, a colon, list numbers
  { id: 'HA1', part: 3, sentence: (v) => (v.N < 100 ? `全年共收到政府信息公开申请${cn(v.N)}件。` : null) },
  { id: 'HA2', part: 3, sentence: (v) => `全年共收到政府信息公开申请${fullWidth(v.N)}件。` },
  { id: 'HA3', part: 3, sentence: (v) => (v.N >= 20 && v.N % 10 ? `全年共收到政府信息公开申请${Math.floor(v.N / 10) * 10}余件。` : null) },
  { id: 'HA4', part: 3, sentence: (v) => (v.N >= 20 && v.N % 10 ? `全年共收到政府信息公开申请近${Math.ceil(v.N / 10) * 10}件。` : null) },
  { id: 'HA5', part: 3, sentence: (v) => `本年度新收政府信息公开申请共计：${v.N}件。` },
  { id: 'HA6', part: 3, sentence: (v) => `1.收到申请${v.N}件。2.办结申请${v.P}件。3.结转下年度${v.F}件。` },
  { id: 'HA7', part: 3, sentence: (v) => `（一）收到申请情况。本年度新收申请${v.N}件。` },
  { id: 'HA8', part: 3, sentence: (v) => (v.C > 0 ? `本年度新收申请${v.N}件，加上上年结转${v.C}件，合计${v.N + v.C}件。` : null) },
  { id: 'HA9', part: 3, sentence: (v) => `予以公开和部分公开共${v.g + v.p}件。` },
  { id: 'HA10', part: 3, sentence: (v) => `2023年1月1日至12月31日，共收到申请${v.N}件。` },
  { id: 'HA11', part: 3, sentence: (v) => `全年共收到申请${v.N}件，较上年的${v.N + 6}件下降${pct(6, v.N + 6, 1)}%。` },
  { id: 'HA12', part: 3, sentence: (v) => `其余${v.d + v.u + v.n + v.o}件为不予公开、无法提供、不予处理等情形。` },
  { id: 'HA13', part: 3, sentence: (v) => (v.u > 0 ? `无法提供${v.u}件，主要是本机关不掌握相关政府信息。` : null) },
  { id: 'HA14', part: 3, sentence: (v) => `于2023年3月15日收到申请1件，均在20个工作日内答复。` },
  // documents said only to be published: the year's issued (2021 layout), or all ever published (2019: 对外公开总数量)
  { id: 'HB1', part: 2, sentence: (v) => `全年主动公开政府信息${v.items}条，其中规范性文件${v.l19 ? v.tot : v.iss}件。` },
  { id: 'HB2', part: 1, sentence: (v) => `全年主动公开各类信息${v.items}条，其中公开规范性文件${v.l19 ? v.tot : v.iss}件、政策解读${v.N + 12}篇。` },
  { id: 'HB3', part: 2, sentence: (v) => `在政府网站规范性文件专栏公开规范性文件${v.l19 ? v.tot : v.iss}件。` },
  { id: 'HB4', part: 2, sentence: (v) => (v.iss >= 2 ? `本年度制发规范性文件${v.iss}件，其中以政府名义${v.iss - 1}件，以政府办公室名义1件。` : null) },
  { id: 'HB5', part: 2, sentence: (v) => `本年共制定规范性文件${v.iss}件，同比增加${2}件。` },
  // 表四 said in full, and cases carried in from last year
  { id: 'HC1', part: 4, sentence: (v) => (v.r > 0 ? `被申请行政复议${v.r}件，结果维持${v.ru}件。` : null) },
  { id: 'HC2', part: 4, sentence: (v) => `行政复议案件${v.r + 2}件（含上年度结转2件）。` },
  { id: 'HC3', part: 4, sentence: (v) => `全年行政复议、行政诉讼分别为${v.r}件、${v.l}件。` },
  { id: 'HC4', part: 4, sentence: (v) => `行政复议${cn(v.r)}件，行政诉讼${cn(v.l)}件。` },
  // years named beside the figures: the report's own, the year before, several years
  { id: 'IA1', part: 3, sentence: (v) => `${v.Y - 1}年收到申请${v.N + 5}件，${v.Y}年收到申请${v.N}件。` },
  { id: 'IA2', part: 3, sentence: (v) => `${v.Y - 1}年、${v.Y}年分别收到政府信息公开申请${v.N + 5}件、${v.N}件。` },
  { id: 'IA3', part: 3, sentence: (v) => `近三年申请量分别为${v.N + 9}件、${v.N + 5}件、${v.N}件。` },
  { id: 'IA4', part: 3, sentence: (v) => (v.C > 0 ? `${v.Y}年度共收到申请${v.N}件，${v.Y - 1}年度结转${v.C}件。` : null) },
  { id: 'IA5', part: 3, sentence: (v) => `与${v.Y - 1}年相比，申请量增加${v.N + 2}件。` },
  { id: 'IA6', part: 3, sentence: (v) => `${v.Y}年，本机关共收到政府信息公开申请${v.N}件，${v.Y - 1}年为${v.N + 4}件。` },
  { id: 'IA7', part: 3, sentence: (v) => (v.F > 0 ? `结转${v.Y + 1}年度继续办理${v.F}件。` : null) },
  { id: 'IA8', part: 3, sentence: (v) => (v.C > 0 ? `${v.Y - 1}年度未办结的${v.C}件申请已于${v.Y}年全部办结。` : null) },
  // shares of what was answered, in either denominator; other measure words
  { id: 'IB1', part: 3, sentence: (v) => (v.P > 0 ? `予以公开${v.g}件，占办结总数的${pct(v.g, v.P, 1)}%。` : null) },
  { id: 'IB2', part: 3, sentence: (v) => (v.N > 0 ? `予以公开${v.g}件，占收到申请的${pct(v.g, v.N, 1)}%。` : null) },
  { id: 'IB3', part: 3, sentence: (v) => `全年收到政府信息公开申请${v.N}宗，办结${v.P}宗。` },
  { id: 'IB4', part: 3, sentence: (v) => `受理申请${v.N}件次。` },
  { id: 'IB5', part: 3, sentence: (v) => `在法定期限内答复${v.P}件，按时答复率100%。` },
  { id: 'IB6', part: 3, sentence: (v) => (v.N >= 2 ? `全年共收到政府信息公开申请${v.N}件（其中当面申请1件，网络申请${v.N - 1}件）。` : null) },
  { id: 'IB7', part: 3, sentence: (v) => (v.d > 0 ? `不予公开${v.d}件，均依法说明理由。` : null) },
  // 表二's fees and other columns, and outcomes of 表四 in full
  { id: 'IC1', part: 2, sentence: (v) => (v.l19 ? null : `本年度行政事业性收费${v.fee}万元。`) },
  { id: 'IC2', part: 2, sentence: (v) => `集中清理后，现行有效规范性文件${v.inf}件。` },
  { id: 'IC3', part: 2, sentence: () => `办理行政许可事项1520件，作出行政处罚决定86件。` },
  { id: 'IC4', part: 4, sentence: (v) => `${v.Y}年被申请行政复议${v.r}件，${v.Y - 1}年为${v.r + 3}件。` },
  { id: 'IC5', part: 4, sentence: (v) => `行政诉讼一审判决${v.l + 1}件，二审${v.l + 2}件。` },
  { id: 'IC6', part: 4, sentence: (v) => `全市行政复议机关共办理政府信息公开类行政复议案件${v.r + 40}件。` },
  // part 五: problems stated with figures
  { id: 'ID1', part: 5, sentence: (v) => `申请数量逐年增加，全年达${v.N}件，办理力量不足。` },
  { id: 'ID2', part: 5, sentence: (v) => `部分申请答复不够规范，被申请行政复议${v.r}件。` },
  // rates and shares written from the report's own figures, rounded or cut as writers do; parts that may overlap (subjects
  // that add up to more than the whole are warned of by design: prose_parts' description)
  { id: 'JA1', part: 3, sentence: (v) => `收到申请${v.N}件，办结${v.P}件，按时办结率100%。` },
  { id: 'JA2', part: 3, sentence: (v) => (v.N > 0 && v.P <= v.N ? `收到申请${v.N}件，办结${v.P}件，办结率${pct(v.P, v.N, 1)}%。` : null) },
  { id: 'JA3', part: 3, sentence: (v) => (v.N + v.C > 0 ? `受理申请${v.N + v.C}件，办结${v.P}件，办结率${pct(v.P, v.N + v.C, 2)}%。` : null) },
  { id: 'JA4', part: 3, sentence: (v) => (v.N + v.C > 0 ? `办结率${Math.round((100 * v.P) / (v.N + v.C))}%。` : null) },
  { id: 'JA5', part: 3, sentence: (v) => (v.P > 0 ? `予以公开率${pct(v.g, v.P, 1)}%，公开率（含部分公开）${pct(v.g + v.p, v.P, 1)}%。` : null) },
  { id: 'JA6', part: 3, sentence: (v) => (v.N > 0 ? `自然人申请占${pct(v.nat, v.N, 1)}%，法人或其他组织申请占${pct(v.N - v.nat, v.N, 1)}%。` : null) },
  { id: 'JA7', part: 3, sentence: (v) => (v.N >= 2 ? `共收到申请${v.N}件，其中涉及征地拆迁${v.N - 1}件、社会保障1件。` : null) },
  { id: 'JA8', part: 3, sentence: (v) => (v.N >= 2 ? `共收到申请${v.N}件，申请内容主要涉及征地拆迁${v.N - 1}件、社会保障2件。` : null) },
  { id: 'JA9', part: 3, sentence: (v) => `共收到申请${v.N}件，申请人${v.N + 4}人次，其中自然人${v.nat + 4}人次。` },
  { id: 'JA10', part: 3, sentence: (v) => (v.P > 0 ? `办结${v.P}件，其中在法定期限内办结${v.P}件，提前办结${Math.max(0, v.P - 1)}件。` : null) },
  { id: 'JA11', part: 3, sentence: (v) => `办结申请${v.P}件，答复平均用时8.6个工作日，较法定时限缩短57%。` },
  { id: 'JA12', part: 3, sentence: (v) => (v.N > 0 ? `申请总数同比增长${pct(3, Math.max(1, v.N - 3), 1)}%。` : null) },
  // numbers that count nothing: articles of the Regulations, document numbers, phone numbers, addresses, ranks
  { id: 'KA1', part: 3, sentence: (v) => `依据《中华人民共和国政府信息公开条例》第36条规定，予以公开${v.g}件。` },
  { id: 'KA2', part: 3, sentence: (v) => `按照《条例》第三十六条第（三）项规定，办结${v.P}件。` },
  { id: 'KA3', part: 3, sentence: () => `严格执行《条例》第二十条、第三十三条关于答复期限的规定。` },
  { id: 'KA4', part: 3, sentence: () => `根据《国务院办公厅关于政府信息公开处理费管理有关事项的通知》（国办函〔2020〕109号）规定，未收取费用。` },
  { id: 'KA5', part: 6, sentence: () => `联系电话：0571-87051234，邮编：310025，地址：解放路18号5楼。` },
  { id: 'KA6', part: 3, sentence: () => `申请受理窗口设在政务服务中心3楼12号窗口。` },
  { id: 'KA7', part: 3, sentence: (v) => `依法依规办理政府信息公开申请，做到件件有回复，全年办结${v.P}件，群众满意度排名全市第2位。` },
  { id: 'KA8', part: 2, sentence: () => `按照《2023年政务公开工作要点》（办发〔2023〕5号）要求，做好重点领域信息公开。` },
  { id: 'KA9', part: 3, sentence: () => `对照《条例》第十四条、第十五条、第十六条规定，严格审查不予公开事项。` },
  { id: 'KA10', part: 1, sentence: () => `召开政务公开工作领导小组会议2次，专题研究部署12项重点任务。` },
  { id: 'KA11', part: 3, sentence: (v) => `依据条例第三十三条，申请均在20个工作日内答复，${v.P}件申请无一延期。` },
  { id: 'KA12', part: 4, sentence: () => `根据《行政复议法》第28条规定，复议机关维持原具体行政行为。` },
  // wider bodies than the report's own: a system, all levels, towns, departments, the hall (a whole place, 全县…, is
  // warned of by design: prose_vs_table's wholePlace)
  { id: 'LA1', part: 3, sentence: (v) => `全系统共受理政府信息公开申请${v.N + 20}件。` },
  { id: 'LA2', part: 3, sentence: (v) => `全县政府系统共收到政府信息公开申请${v.N + 30}件。` },
  { id: 'LA3', part: 3, sentence: (v) => `各乡镇（街道）共收到申请${v.N + 8}件。` },
  { id: 'LA4', part: 3, sentence: (v) => `区属各部门共受理申请${v.N + 11}件，办结${v.N + 10}件。` },
  { id: 'LA5', part: 3, sentence: (v) => `政务服务中心依申请公开窗口接待申请${v.N + 6}件。` },
  { id: 'LA6', part: 2, sentence: (v) => `全市各级行政机关共制发规范性文件${v.iss + 50}件。` },
  { id: 'LA8', part: 3, sentence: (v) => `其中，区政府本级收到申请${v.N}件，区政府办公室代为办理。` },
  { id: 'LA9', part: 3, sentence: (v) => `局机关收到申请${v.N}件，下属单位收到申请${v.N + 3}件。` },
  { id: 'LA10', part: 3, sentence: (v) => `市本级共收到申请${v.N + 40}件，其中市政府办公室${v.N}件。` },
  // other years said otherwise, subjects said with 涉, fees for information, and units that are no counts
  { id: 'MA1', part: 3, sentence: (v) => `信息公开申请数量${v.N}件，比去年多3件。` },
  { id: 'MA2', part: 3, sentence: (v) => `前年为${v.N + 9}件，去年为${v.N + 5}件，今年为${v.N}件。` },
  { id: 'MA3', part: 3, sentence: (v) => `其中涉疫申请${v.N + 2}件。` },
  { id: 'MA4', part: 3, sentence: (v) => `涉房涉地申请${v.N + 2}件，占比较大。` },
  { id: 'MA5', part: 6, sentence: () => `本年度收取信息处理费300元。` },
  { id: 'MA6', part: 6, sentence: (v) => (v.l19 ? null : `本年度未收取信息处理费，行政事业性收费${v.fee}万元。`) },
  { id: 'MA7', part: 3, sentence: (v) => `申请量同比上升12.5个百分点，全年收到申请${v.N}件。` },
  { id: 'MA8', part: 3, sentence: (v) => `平均答复时间5.3天，全年答复${v.P}件。` },
  { id: 'MA9', part: 3, sentence: (v) => `本年度收到的申请中，${v.nat}件由自然人提出。` },
  { id: 'MA10', part: 3, sentence: (v) => `向申请人发出《政府信息公开申请答复书》${v.P}份。` },
  { id: 'MA11', part: 3, sentence: (v) => `一是收到申请${v.N}件；二是办结申请${v.P}件；三是结转下年度${v.F}件。` },
  { id: 'MA12', part: 3, sentence: (v) => `申请人提出的申请事项共${v.N + 14}项，涉及${v.N}件申请。` },
  { id: 'MA13', part: 3, sentence: (v) => `受理申请${v.N}件，比去年的${v.N + 4}件少4件。` },
  { id: 'MA14', part: 3, sentence: (v) => `2年来共收到申请${v.N + 20}件。` },
  // answers in older words (同意公开, 不同意公开, 信息不存在, 非本机关职责范围) and in words of the answer letter
  { id: 'NA1', part: 3, sentence: (v) => `答复结果：同意公开${v.g}件，同意部分公开${v.p}件，不同意公开${v.d}件。` },
  { id: 'NA2', part: 3, sentence: (v) => `不同意公开${v.d}件。` },
  { id: 'NA3', part: 3, sentence: (v) => `不同意公开的${v.d}件均已说明理由。` },
  { id: 'NA4', part: 3, sentence: (v) => (v.u > 0 && v.u === v.unh ? `信息不存在${v.u}件。` : null) },
  { id: 'NA5', part: 3, sentence: (v) => `予以公开${v.g}件，不予公开${v.d}件，不属于公开范围的0件。` },
  { id: 'NA6', part: 3, sentence: (v) => `未予公开${v.d + v.u}件，均依法告知理由。` },
  { id: 'NA7', part: 3, sentence: (v) => `公开${v.g}件，部分公开${v.p}件。` },
  { id: 'NA8', part: 3, sentence: (v) => `已公开${v.g + v.p}件（含部分公开${v.p}件）。` },
  { id: 'NA9', part: 3, sentence: (v) => `不予受理${v.N + 2}件。` },
  { id: 'NA10', part: 3, sentence: (v) => `告知申请人向其他机关申请${v.N + 2}件。` },
  { id: 'NA11', part: 3, sentence: (v) => `按期答复${v.P}件，逾期答复0件。` },
  { id: 'NA12', part: 3, sentence: (v) => `依法不予公开${v.d}件，占${pct(v.d, Math.max(1, v.P), 1)}%。` },
  // 表四 said in full in prose, rates said without their figures, 表二's documents reviewed and amended
  { id: 'OA1', part: 4, sentence: (v) => `行政复议${v.r}件，其中结果维持${v.ru}件、结果纠正${v.rc}件、其他结果${v.ro}件、尚未审结${v.rp}件。` },
  { id: 'OA2', part: 4, sentence: (v) => `被提起行政诉讼${v.l}件（其中复议后起诉${v.la}件）。` },
  { id: 'OA3', part: 4, sentence: (v) => `应诉案件${v.l}件。` },
  { id: 'OA4', part: 4, sentence: (v) => (v.r > v.rp ? `被申请行政复议${v.r}件，复议机关已审结${v.r - v.rp}件。` : null) },
  { id: 'OA5', part: 1, sentence: (v) => `全年主动公开政府信息${v.items}条，受理依申请公开${v.N}件，办结率100%。` },
  { id: 'OA6', part: 3, sentence: () => `依申请公开办结率100%，按时答复率100%。` },
  { id: 'OA7', part: 3, sentence: (v) => `受理申请${v.N}件，全部按时办结。` },
  { id: 'OA8', part: 2, sentence: (v) => `对${v.inf + 20}件规范性文件进行全面清理。` },
  { id: 'OA9', part: 2, sentence: (v) => `废止规范性文件${v.rep}件，宣布失效2件，修订3件。` },
  { id: 'OA10', part: 2, sentence: (v) => `对${v.inf}件现行有效规范性文件进行了全面清理。` },
  { id: 'OA11', part: 2, sentence: (v) => `本年度新制定规章${v.reg}件。` },
  { id: 'OA12', part: 1, sentence: (v) => `累计在门户网站发布规范性文件${v.inf + 60}件，政策解读${v.inf + 20}篇。` },
  // several topics in one sentence, figures before their verbs, the review body's own cases in part 四
  { id: 'PA2', part: 3, sentence: (v) => `全年受理政府信息公开申请${v.N}件，办结${v.P}件；受理12345热线工单${v.hr}件，办结${v.hc}件。` },
  { id: 'PA3', part: 3, sentence: (v) => `收到申请${v.N}件，其中${v.g}件已公开。` },
  { id: 'PA4', part: 1, sentence: (v) => `办理人大建议${v.dep}件，办结率100%；受理政府信息公开申请${v.N}件。` },
  { id: 'PA5', part: 3, sentence: (v) => `全年受理申请${v.N}件，办结${v.P}件，同比分别增长10%和8%。` },
  { id: 'PA6', part: 4, sentence: (v) => `本机关受理行政复议申请${v.r + 15}件。` },
  { id: 'PA7', part: 1, sentence: (v) => `依申请公开方面，收到申请${v.N}件；主动公开方面，发布信息${v.items}条。` },
  { id: 'PA8', part: 3, sentence: (v) => `收到群众来信${v.N + 30}件，办结${v.N + 28}件；收到政府信息公开申请${v.N}件。` },
  { id: 'PA9', part: 3, sentence: (v) => `对${v.N}件申请，均在法定期限内作出答复。` },
  { id: 'PA10', part: 3, sentence: (v) => `本年度办理的${v.P}件申请中，予以公开${v.g}件。` },
  { id: 'PA11', part: 3, sentence: (v) => `申请人提出的${v.N}件申请涉及信息${v.N + 9}条。` },
  { id: 'PA12', part: 3, sentence: (v) => `在办结的申请中，${v.g}件予以公开，${v.p}件部分公开。` },
  // other years named in the text: work plans, last year's report, the coming year, dates of publication
  { id: 'QA1', part: 1, sentence: (v) => `按照《国务院办公厅关于印发${v.Y + 1}年政务公开工作要点的通知》要求，扎实推进各项工作。` },
  { id: 'QA2', part: 5, sentence: (v) => `对照${v.Y - 1}年度报告中提出的问题，逐项整改落实。` },
  { id: 'QA3', part: 5, sentence: (v) => `${v.Y + 1}年，将进一步加强政务公开标准化规范化建设。` },
  { id: 'QA4', part: 6, sentence: (v) => `本报告于${v.Y + 1}年1月20日在门户网站公开。` },
  { id: 'QA5', part: 1, sentence: (v) => `${v.Y}年度政府信息公开工作年度报告于${v.Y + 1}年1月底前发布。` },
  { id: 'QA11', part: 6, sentence: (v) => `${v.Y - 1}年度政府信息公开工作年度报告已按时发布。` },
  { id: 'QA7', part: 1, sentence: (v) => `${v.Y}年，我区政务公开工作在${v.Y - 1}年的基础上取得新进展。` },
  { id: 'QA8', part: 2, sentence: (v) => `${v.Y}年共制发规范性文件${v.iss || v.made}件。` },
  { id: 'QA9', part: 3, sentence: (v) => `${v.Y}年1-12月共收到政府信息公开申请${v.N}件。` },
  { id: 'QA10', part: 6, sentence: (v) => `依据《${v.Y - 2}年度政务公开工作考核办法》，本机关考核结果为优秀。` },
  // notes as they stand under tables (npm run probe -- --at end puts them there)
  { id: 'RA1', part: 3, sentence: (v) => `注：表中数据统计截至${v.Y}年12月31日。` },
  { id: 'RA2', part: 3, sentence: () => `备注：1.本表统计范围为本机关；2.数据来源于依申请公开管理系统；3.无数据项填0。` },
  { id: 'RA3', part: 3, sentence: (v) => `说明：本年度新收申请${v.N}件中，自然人${v.nat}件。` },
  { id: 'RA4', part: 3, sentence: (v) => `注：结转下年度继续办理${v.F}件。` },
  { id: 'RA5', part: 2, sentence: () => `注：行政事业性收费金额单位为万元。` },
  { id: 'RA6', part: 4, sentence: () => `注：本表统计的是因政府信息公开工作引发的行政复议、行政诉讼案件。` },
  { id: 'RA7', part: 3, sentence: () => `（注：1 2 3 4 为表中序号）` },
  { id: 'RA8', part: 3, sentence: (v) => `数据说明：本机关${v.Y}年度共收到申请${v.N}件，其中上年结转${v.C}件已全部办结。` },
  { id: 'RA10', part: 3, sentence: (v) => `注：1.本表数据统计期限为${v.Y}年1月1日至12月31日；2.本年度有3件申请涉及多个办理结果。` },
  { id: 'RA9', part: 2, sentence: (v) => `注：“本年制发件数”${v.iss || v.made}件均已在政府网站公开。` },
  // 表二's other rows in prose (never linked or linked to their own cells), 2019 words, fees in 元
  { id: 'SA1', part: 2, sentence: () => `公开行政许可信息1520条，行政处罚信息86条。` },
  { id: 'SA2', part: 2, sentence: (v) => (v.l19 ? null : `本年度行政事业性收费${Math.round(v.fee * 10000)}元。`) },
  { id: 'SA3', part: 2, sentence: () => `政府集中采购项目38项，采购总金额1250.6万元。` },
  { id: 'SA4', part: 2, sentence: (v) => (v.l19 ? `本年新制作规范性文件${v.made}件，本年新公开${v.pub}件。` : null) },
  { id: 'SA5', part: 2, sentence: (v) => (v.l19 ? `对外公开规范性文件总数${v.tot}件。` : null) },
  { id: 'SA6', part: 2, sentence: () => `行政许可事项减少12项，行政处罚事项增加3项。` },
  { id: 'SA7', part: 2, sentence: (v) => `主动公开规章${v.reg}件，规范性文件${v.iss || v.made}件。` },
  { id: 'SA8', part: 2, sentence: () => `全年办理行政许可2856件，作出行政处罚决定432件、行政强制决定15件。` },
  { id: 'SA9', part: 2, sentence: (v) => `现行有效规范性文件${v.inf}件，均已通过政府网站集中公开。` },
  // receipts said with 办理 in the noun, subsets said on time, counts of other channels beside disclosure, notes on requesters
  { id: 'TA1', part: 3, sentence: (v) => `本年度，我局收到政府信息依申请公开办理事项${v.N}件。` },
  { id: 'TA2', part: 3, sentence: (v) => `${v.Y}年，共收到并办理依申请公开政府信息${v.N}件。` },
  { id: 'TA3', part: 3, sentence: (v) => (v.P >= 2 ? `按期办结${v.P - 1}件，按期办结率${pct(v.P - 1, v.P, 2)}%。` : null) },
  { id: 'TA4', part: 3, sentence: (v) => (v.P >= 2 ? `办结申请${v.P}件，其中按期办结${v.P - 1}件。` : null) },
  { id: 'TA5', part: 3, sentence: (v) => `共收到依申请公开${v.N}件，除${v.F}件结转下年办理外，均依法依规答复。` },
  { id: 'TA6', part: 3, sentence: (v) => (v.nat === v.N ? `共受理${v.N}件政府信息公开申请（均为自然人提交），同比上升16.13%。` : null) },
  { id: 'TA7', part: 3, sentence: (v) => (v.F === 0 ? `无结转${v.Y + 1}年继续办理件。` : null) },
  { id: 'TA8', part: 1, sentence: (v) => `“县长信箱”共受理有效信件${v.N + 3}件，已办结${v.N + 3}件，办结率100%。` },
  { id: 'TA9', part: 1, sentence: (v) => `受理“12345”平台群众诉求${v.hr}件，已按要求全部办结。` },
  { id: 'TA10', part: 1, sentence: (v) => `在“双公示”平台公示行政处罚案件${v.r + 4}件。` },
  { id: 'TA11', part: 1, sentence: (v) => `全年收到因政府信息公开申请引起的行政复议${v.r}件（已办结），行政诉讼${v.l}件。` },
  { id: 'TA12', part: 1, sentence: (v) => `本年度共处理群众留言${v.N + 40}条，办理网民咨询${v.N + 12}件。` },
  { id: 'TA13', part: 2, sentence: (v) => `制发行政规范性文件${v.iss || v.made}件，废止${v.rep}件，现行有效件数${v.inf}件。` },
  { id: 'TA14', part: 2, sentence: (v) => `主动公开规章${v.reg + 5}件（含新制定${v.reg}件，修改5件）。` },
  { id: 'TA15', part: 1, sentence: (v) => `累计主动公开政府信息${v.items}条（均在本单位专栏中公开），其中政务信息公开指南1条。` },
  { id: 'TA16', part: 3, sentence: (v) => `全年新收申请${v.N}件（含网上申请${Math.floor(v.N / 2)}件），加上年结转${v.C}件，合计${v.N + v.C}件。` },
  { id: 'TA17', part: 1, sentence: (v) => `政务服务中心全年受理各类服务事项${v.N + 5000}件，办结率100%。` },
  { id: 'TA18', part: 3, sentence: (v) => `申请人撤回申请${v.N + 1}件。` },
  { id: 'TA19', part: 3, sentence: (v) => (v.P >= 2 ? `按时办结${v.P - 1}件，延期答复1件。` : null) },
  { id: 'TA20', part: 3, sentence: (v) => (v.P >= 2 ? `在法定期限内答复${v.P - 1}件，经批准延长答复期限1件。` : null) },
  { id: 'TA21', part: 3, sentence: (v) => (v.P >= 2 ? `及时办结${v.P - 1}件。` : null) },
  { id: 'TA22', part: 3, sentence: (v) => (v.P >= 2 ? `全年办结申请中，按期办结${v.P - 1}件，逾期办结1件。` : null) },
  { id: 'TA23', part: 3, sentence: (v) => (v.P >= 2 ? `当场答复${v.P - 1}件。` : null) },
  // part 六's fixed items (fees charged, proposals handled, the year's tasks), part 五's follow-up, part 四 in words
  { id: 'UA1', part: 6, sentence: () => `本年度共发出收费通知0件，收费总金额0元，实际收取总金额0元。` },
  { id: 'UA2', part: 6, sentence: (v) => `依据《政府信息公开信息处理费管理办法》，本年度未收取信息处理费，办理政府信息公开申请${v.N}件均免费。` },
  { id: 'UA3', part: 6, sentence: (v) => `全年承办人大代表建议${v.dep}件、政协委员提案${v.cppcc}件，均已按期办结，办复率100%，满意率98.5%。` },
  { id: 'UA4', part: 6, sentence: (v) => `${v.Y}年政务公开工作要点明确的${v.N + 18}项任务已全部完成。` },
  { id: 'UA5', part: 5, sentence: () => `上年度报告中提出的3个问题已全部整改到位。` },
  { id: 'UA6', part: 5, sentence: (v) => `针对${v.Y - 1}年度第三方评估指出的4项问题，逐项制定整改措施。` },
  { id: 'UA7', part: 4, sentence: (v) => (v.r === 0 && v.l === 0 ? `本年度未发生因政府信息公开引起的行政复议、行政诉讼案件。` : null) },
  { id: 'UA8', part: 4, sentence: (v) => `共发生政府信息公开行政复议和行政诉讼案件${v.r + v.l}件，其中行政复议${v.r}件、行政诉讼${v.l}件。` },
  { id: 'UA9', part: 4, sentence: (v) => `行政复议案件较上年减少2件，行政诉讼案件与上年持平。` },
  { id: 'UA10', part: 4, sentence: (v) => (v.rp === 0 && v.r > 0 ? `${v.r}件行政复议案件均已审结。` : null) },
  { id: 'UA11', part: 4, sentence: (v) => `复议机关作出维持决定${v.ru}件，责令重新答复${v.rc}件。` },
  { id: 'UA12', part: 6, sentence: (v) => `开展政务公开专题培训2期，覆盖机关干部${v.N + 80}人次；开展“政府开放日”活动3场。` },
  { id: 'UA13', part: 1, sentence: (v) => `政府网站全年访问量达${v.items * 30}人次，发布政策解读${v.inf + 5}篇。` },
  { id: 'UA14', part: 3, sentence: (v) => `本年度申请量较上年增长${v.N + 1}件，增幅${v.N + 10}%。` },
  // channels and kinds of what was published, with shares rounded down; receipts and their absence said in a clause
  { id: 'TB1', part: 1, sentence: (v) => `${v.Y}年主动公开信息${v.items}条，其中：政府网站发布信息${Math.floor(v.items / 3)}条，微信公众号发布信息${v.items - Math.floor(v.items / 3)}条。` },
  {
    id: 'TB2',
    part: 1,
    sentence: (v) => {
      const a = Math.max(1, Math.floor(v.items / 12));
      const b = Math.floor((v.items * 5) / 12);
      const c = Math.floor((v.items - a - b) / 3);
      const d = v.items - a - b - 2 * c;
      if (c < 1) return null;
      const share = (x: number) => Math.floor((100 * x) / v.items);
      return `累计主动公开政府信息${v.items}条，其中政务信息公开指南${a}条，占${share(a)}%；其他公文${b}条，占${share(b)}%；预决算${c}条，占${share(c)}%；采购目录${c}条，占${share(c)}%；公示公告${d}条，占${share(d)}%。`;
    },
  },
  { id: 'TB3', part: 1, sentence: (v) => `全年通过各渠道主动公开政府信息${v.items}余条。` },
  { id: 'TB4', part: 1, sentence: (v) => `通过门户网站公开信息${v.items}条，通过微信公众号、今日头条等新媒体公开信息${Math.floor(v.items / 2)}条。` },
  { id: 'TB5', part: 3, sentence: (v) => (v.nat === v.N ? `${v.Y}年，共收到${v.N}份政府信息公开申请，均为自然人申请。` : null) },
  { id: 'TB6', part: 3, sentence: (v) => (v.F === 0 ? `无下年度结转。` : null) },
  { id: 'TB7', part: 1, sentence: (v) => (v.N === 0 ? `${v.Y}年，未收到依申请公开事项。` : null) },
  { id: 'TB8', part: 1, sentence: (v) => `本单位${v.Y}年度共受理信息公开申请${v.N}件，已完成政府信息公开答复工作。` },
  { id: 'TB9', part: 1, sentence: (v) => (v.r === 0 && v.l === 0 ? `全年未发生针对本机关政府信息公开事务的行政复议案件、行政诉讼案件和举报申诉件。` : null) },
  { id: 'TB10', part: 1, sentence: (v) => `本年度新增主动公开政府信息${v.items}条，全文电子化率达90.3%。` },
  { id: 'TB11', part: 1, sentence: (v) => `政府网站共发布各类信息${v.items + 40000}条。全年共举办191场新闻发布活动，领导出席新闻发布会共计25人次。` },
  { id: 'TB12', part: 1, sentence: (v) => `“局长信箱”收到来信${v.N + 5}封，均已按时回复。` },
  { id: 'TB13', part: 3, sentence: (v) => `依申请公开办件${v.N}件，均在法定时限内办结。` },
  { id: 'TB14', part: 1, sentence: (v) => `在“两法衔接”平台录入案件${v.r + 2}件。` },
  { id: 'TB15', part: 4, sentence: (v) => (v.l === 0 ? `全年收到因政府信息公开申请引起的行政复议${v.r}件（已办结），未收到因政府信息公开申请引起的行政诉讼。` : null) },
  { id: 'TB16', part: 3, sentence: (v) => `其中，予以公开${v.g}件，部分公开${v.p}件，本办不掌握相关政府信息${v.unh}件。` },
  { id: 'TB17', part: 1, sentence: (v) => `截至${v.Y}年12月31日，通过官方网站发布政务类信息${v.items}条，概况类信息150条。` },
  // another body's or a wider total than the report's: another place of the national list, its government, villages,
  // the government with its departments, a body with its own units
  { id: 'OB1', part: 3, sentence: (v) => `盱眙县收到政府信息公开申请${v.N + 7}件。` },
  { id: 'OB2', part: 3, sentence: (v) => `盱眙县人民政府制发行政规范性文件${v.iss + 3}件，受理政府信息公开申请${v.N + 7}件。` },
  { id: 'OB3', part: 3, sentence: (v) => `县政府和各部门共收到政府信息公开申请${v.N + 40}件。` },
  { id: 'OB4', part: 3, sentence: (v) => `各村(社区)共收到申请${v.N + 3}件。` },
  { id: 'OB6', part: 3, sentence: (v) => `我局及局属各单位共受理申请${v.N + 6}件。` },
  // parts that split the whole two ways at once
  { id: 'PW1', part: 3, sentence: (v) => (v.N >= 4 ? `共收到申请${v.N}件，其中网上申请${v.N - 1}件，涉及房屋征收的${v.N - 2}件。` : null) },
  { id: 'PW2', part: 3, sentence: (v) => (v.N >= 4 ? `共收到申请${v.N}件，其中自然人申请${v.nat}件，涉及征地拆迁的${v.N - 1}件。` : null) },
];

/** The part's heading line, however it is numbered (三、, 第三部分, （三）, 三 …); in markup, up to the end of its block. */
const numbered = (numeral: string, words: string) => ({
  text: new RegExp(String.raw`\n[ \t\u3000]*(?:第${numeral}部分|[(（]${numeral}[)）]|${numeral}[、.．\s])[^\n]{0,24}${words}[^\n]*\n`),
  html: new RegExp(String.raw`>[ \t\u3000]*(?:第${numeral}部分|[(（]${numeral}[)）]|${numeral}[、.．\s])(?:[^<\n]|<[^>]*>){0,60}?${words}[\s\S]*?(?:</p>|</h[1-6]>|</div>|<br\s*/?>)`),
});
const PART_HEADING: Record<Probe['part'], { text: RegExp; html: RegExp }> = {
  1: numbered('[一1]', '(?:总体情况|基本情况|概述)'),
  5: numbered('[五5]', '(?:存在的主要问题|问题)'),
  6: numbered('[六6]', '其他需要报告'),
  2: numbered('[二2]', '主动公开'),
  3: numbered('[三3]', '收到和处理'),
  4: numbered('[四4]', '行政复议'),
};

/**
 * Where the part that starts at `from` ends: the start of the next part's heading line (or block, in markup), or the
 * text's end after part 六; -1 when no later part is found before the text's end and the part is not the last.
 */
function partEnd(text: string, part: Probe['part'], from: number, page: boolean): number {
  const later = ([1, 2, 3, 4, 5, 6] as const).filter((q) => q > part);
  const starts = later.flatMap((q) => {
    const re = PART_HEADING[q][page ? 'html' : 'text'];
    const m = new RegExp(re.source, 'g');
    m.lastIndex = from;
    const hit = m.exec(text);
    if (!hit) return [];
    if (!page) return [hit.index + 1];
    return [Math.max(...['<p', '<h', '<div', '<P', '<H', '<DIV'].map((t) => text.lastIndexOf(t, hit.index)))];
  });
  if (starts.length) return Math.min(...starts);
  return part === 6 ? text.length : -1;
}

/** A paragraph as Word saves it to the web: digits and words in separate spans, the markup wrapped between them. */
const asSpans = (sentence: string): string =>
  `<p class=MsoNormal style="text-indent:32.0pt">${sentence
    .split(/(\d+(?:\.\d+)?)/)
    .filter(Boolean)
    .map((run, k) => (/^\d/.test(run) ? `<span\nlang=EN-US style='font-family:"Times New Roman"'>${run}</span>` : `<span style='font-family:仿宋_GB2312${k % 3 ? '' : ';\ncolor:black'}'>${run}</span>`))
    .join('')}</p>\n`;

const key = (f: Finding) => `${f.severity} ${f.rule} ${f.message}`;
const failing = (fs: readonly Finding[]) => new Set(fs.filter((f) => f.status === 'fail' && (f.severity === 'error' || (withWarnings && f.severity === 'warning'))).map(key));

const probes = PROBES.filter((p) => !only || only.includes(p.id));
const found = new Map<string, string[]>(probes.map((p) => [p.id, []]));
const tried = new Map<string, number>(probes.map((p) => [p.id, 0]));
let reports = 0;
for (let i = 0; i < n; i++) {
  const r = generateReport(seed, i, { renderings, errorRate: 0 });
  const doc = await readBuffer(r.bytes, `${r.name}${r.extension}`);
  if (isReadError(doc)) continue;
  const before = analyzeDocument(doc);
  const x = before.values;
  const said = (metric: string): number | undefined => before.claims.find((c) => c.metric === metric)?.value;
  const v: Values = {
    N: x['t3.total.new_received'] ?? NaN, C: x['t3.total.carried_over'] ?? NaN, P: x['t3.total.total_processed'] ?? NaN, F: x['t3.total.carried_forward'] ?? NaN,
    g: x['t3.total.granted'] ?? NaN, p: x['t3.total.partial'] ?? NaN, d: x['t3.total.denied'] ?? NaN, u: x['t3.total.unable'] ?? NaN,
    n: x['t3.total.not_processed'] ?? NaN, o: x['t3.total.other'] ?? NaN, nat: x['t3.natural.new_received'] ?? NaN,
    iss: x['t2.normative.issued'] ?? 0, rep: x['t2.normative.repealed'] ?? 0, inf: x['t2.normative.in_force'] ?? 0,
    made: x['t2.normative.made'] ?? 0, pub: x['t2.normative.published'] ?? 0, tot: x['t2.normative.public_total'] ?? 0,
    r: x['t4.review.total'] ?? 0, l: x['t4.litigation.total'] ?? 0, ru: x['t4.review.upheld'] ?? 0,
    unh: x['t3.total.unable.not_held'] ?? 0, dtp: x['t3.total.denied.third_party'] ?? 0,
    dep: said('prose.proposals.deputies') ?? 23, cppcc: said('prose.proposals.cppcc') ?? 17,
    hr: said('prose.hotline.received') ?? 160, hc: said('prose.hotline.completed') ?? 158, items: said('prose.proactive.items') ?? 3012,
    l19: x['t2.normative.made'] === undefined ? 0 : 1,
    Y: doc.meta.year ?? NaN, fee: x['t2.fees'] ?? 0,
    rc: x['t4.review.corrected'] ?? 0, ro: x['t4.review.other'] ?? 0, rp: x['t4.review.pending'] ?? 0, la: x['t4.litigation_after_review.total'] ?? 0,
    reg: x['t2.regulations.issued'] ?? x['t2.regulations.made'] ?? 0,
  };
  // a report whose 表三 was not read whole gives no sentence to build
  if (Object.values(v).some((y) => Number.isNaN(y))) continue;
  reports++;
  const had = failing(before.findings);
  // a web page is changed in its markup, in its own encoding; other renderings in their text
  const page = r.extension === '.html';
  const text = page ? iconv.decode(r.bytes, doc.encoding) : doc.original;
  for (const probe of probes) {
    const sentence = probe.sentence(v);
    const heading = PART_HEADING[probe.part][page ? 'html' : 'text'].exec(text);
    if (!sentence || !heading) continue;
    const at = atEnd ? partEnd(text, probe.part, heading.index + heading[0].length, page) : heading.index + heading[0].length;
    if (at < 0) continue;
    const bytes = page
      ? iconv.encode(`${text.slice(0, at)}\n${asSpans(sentence)}${text.slice(at)}`, doc.encoding)
      : Buffer.from(`${text.slice(0, at)}${sentence}\n${text.slice(at)}`);
    const changed = await readBuffer(bytes, `${r.name}${r.extension}`);
    if (isReadError(changed)) continue;
    tried.set(probe.id, (tried.get(probe.id) ?? 0) + 1);
    for (const f of failing(analyzeDocument(changed).findings)) if (!had.has(f)) found.get(probe.id)!.push(`${r.name}: ${f.slice(0, 120)} ⇐ ${sentence}`);
  }
}

console.log(`nianbao probe: ${probes.length} sentences in ${reports} generated reports (seed ${seed}, ${renderings.join('/')}), new ${withWarnings ? 'errors and warnings' : 'errors'}`);
let total = 0;
for (const p of probes) {
  const list = found.get(p.id) ?? [];
  total += list.length;
  console.log(`  ${p.id.padEnd(5)} ${String(list.length).padStart(4)} of ${tried.get(p.id) ?? 0}`);
  for (const s of list.slice(0, 3)) console.log(`          ${s}`);
}
console.log(`  all   ${String(total).padStart(4)} of ${[...tried.values()].reduce((a, b) => a + b, 0)}`);
