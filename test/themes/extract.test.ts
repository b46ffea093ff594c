import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ProblemStatement, Structure } from '../../src/model/types.js';
import { documentFromText } from '../../src/read/fromText.js';
import { segmentStructure } from '../../src/structure/index.js';
import { extractProblems } from '../../src/themes/extract.js';
import { extractionCounts } from '../../src/eval/themes.js';
import { dev, hasShared, seeds } from '../helpers/corpora.js';

const EMPTY: Structure = { layoutHint: 'unknown', sections: [], paragraphs: [], boilerplate: [] };

/** A small synthetic report around a section 五 written for the test. */
function report(section5: string): string {
  return [
    '某县统计局2022年政府信息公开工作年度报告',
    '一、总体情况',
    '2022年，我局认真贯彻落实条例要求，主动公开各类信息120条。',
    '二、主动公开政府信息情况',
    '三、收到和处理政府信息公开申请情况',
    '四、政府信息公开行政复议、行政诉讼情况',
    '五、存在的主要问题及改进情况',
    section5,
    '六、其他需要报告的事项',
    '本年度未收取信息处理费。',
  ].join('\n');
}

function run(section5: string, structure: 'stage' | 'empty' = 'empty'): { statements: ProblemStatement[]; text: string } {
  const doc = documentFromText(report(section5));
  const st = structure === 'stage' ? segmentStructure(doc) : EMPTY;
  return { statements: extractProblems(doc, st), text: doc.text };
}

const texts = (ps: ProblemStatement[], period?: string) => ps.filter((p) => !period || p.period === period).map((p) => p.text);

describe('extractProblems on synthetic section 五 texts', () => {
  it('reads lead-ins, announcers and empty clauses through a page\'s wraps', () => {
    const prose = '2022年,我局政务公开工作取得了一定成效,但是仍然存在一些问题和不足,主要体现在统计数据解读不够深入,网站栏目更新不够及时。与《条例》的要求相比,还存在一定的差距,对业务培训重视不够。';
    const own = run(prose).statements.map((p) => [p.period, p.text]);
    expect(own).toEqual([['current', '统计数据解读不够深入,网站栏目更新不够及时'], ['current', '对业务培训重视不够']]);
    for (const at of ['仍然存\n在', '主要体现\n在', '一定\n的差距']) {
      const wrapped = run(prose.replace(at.replace('\n', ''), at)).statements.map((p) => [p.period, p.text.replace(/\s/g, '')]);
      expect(wrapped, at).toEqual(own);
    }
  });

  it('reads through the report\'s title repeated at a page\'s top, mid-sentence, as a running header', () => {
    const prose = '2022年,我局政务公开工作取得了一定成绩,但也存在一些不足:一是统计数据解读\n不够深入;二是网站栏目更新不够及时。';
    const own = run(prose, 'stage').statements.map((p) => [p.period, p.text]);
    expect(own.length).toBe(2);
    const paged = prose.replace('解读\n', '解读\n某县统计局2022年政府信息公开工作年度报告\n- 3 -\n');
    expect(run(paged, 'stage').statements.map((p) => [p.period, p.text])).toEqual(own);
  });

  it('drops the praise lead-in whether its year is written in digits or in Chinese numerals', () => {
    const prose = '2022 年,我局政务公开工作取得一定的成效,但对照上级要求,仍存在一定差距。如统计数据解读还有待加强、网站栏目更新不够及时等。';
    const own = run(prose).statements.map((p) => [p.period, p.text]);
    expect(own.length).toBeGreaterThan(0);
    expect(own.some(([, t]) => t?.includes('取得'))).toBe(false);
    expect(run(prose.replace('2022', '二〇二二')).statements.map((p) => [p.period, p.text])).toEqual(own);
  });

  it('reads a sub-heading numbered in brackets right before the next list number, no space between ((一)问题1.…)', () => {
    const { statements } = run('(一)问题1.公开内容需要进一步深化。2.解读形式单一。(二)改进措施1.深化公开内容。2.丰富解读形式。');
    expect(texts(statements, 'current')).toEqual(['公开内容需要进一步深化', '解读形式单一']);
    expect(texts(statements, 'measure')).toEqual(['深化公开内容', '丰富解读形式']);
  });

  it('reads numbered sub-headings run into one line, as a page that lost its line breaks gives them', () => {
    const lines = ['(一)问题', '1.统计数据解读不够深入。', '2.网站栏目更新不够及时。', '(二)改进措施', '1.加强数据解读,多用图表说话。'];
    const own = run(lines.join('\n')).statements;
    const oneLine = run(lines.join(' ')).statements;
    expect(texts(own, 'current')).toEqual(['统计数据解读不够深入', '网站栏目更新不够及时']);
    expect(oneLine.map((p) => [p.period, p.text])).toEqual(own.map((p) => [p.period, p.text]));
  });

  it('splits 一是/二是 items, drops the praise lead-in and separates measures after a transition', () => {
    const { statements, text } = run(
      '2022年，我局政务公开工作取得了一定成绩，但也存在一些不足：一是统计数据解读不够深入，群众看不太懂；二是网站栏目更新不够及时；三是业务骨干人手偏少。下一步，我局将采取以下措施：一是加强数据解读，多用图表说话。二是建立栏目更新提醒制度。',
    );
    expect(texts(statements, 'current')).toEqual(['统计数据解读不够深入,群众看不太懂', '网站栏目更新不够及时', '业务骨干人手偏少']);
    expect(texts(statements, 'measure')).toEqual(['加强数据解读,多用图表说话', '建立栏目更新提醒制度']);
    for (const p of statements) expect(text.slice(p.start, p.end)).toBe(p.text);
  });

  it('reads (一)/(二) items under 存在问题 / 改进措施 sub-headings', () => {
    const { statements } = run(
      '(一)存在问题\n(一)公开内容还不够全面,部分业务信息未及时上网。\n(二)工作人员多为兼职,专业能力有待提升。\n(二)改进措施\n(一)梳理公开目录,做到应公开尽公开。\n(二)组织专题培训,提升业务水平。',
    );
    expect(texts(statements, 'current')).toEqual(['公开内容还不够全面,部分业务信息未及时上网', '工作人员多为兼职,专业能力有待提升']);
    expect(texts(statements, 'measure')).toEqual(['梳理公开目录,做到应公开尽公开', '组织专题培训,提升业务水平']);
  });

  it('reads 1./2. items and 首先/其次 items', () => {
    const arabic = run('主要问题如下:\n1.依申请公开答复文书格式不统一。\n2.政务新媒体发布频次偏低。');
    expect(texts(arabic.statements, 'current')).toEqual(['依申请公开答复文书格式不统一', '政务新媒体发布频次偏低']);
    const order = run('首先,对公开工作重视程度不够;其次,考核机制还不健全。');
    expect(texts(order.statements, 'current')).toEqual(['对公开工作重视程度不够', '考核机制还不健全']);
  });

  it('splits a one-sentence list after a lead-in (主要表现在:) at semicolons, and at commas when each clause names a problem', () => {
    const semi = run('对照上级要求,我局仍存在差距,主要表现在:公开形式较为单一;基层公开标准目录落实不到位。');
    expect(texts(semi.statements, 'current')).toEqual(['公开形式较为单一', '基层公开标准目录落实不到位']);
    const comma = run('2022年,我局信息公开工作虽取得一定成效,但仍存在一些不足,主要是:政策解读形式不够多样,回应关切不够及时,专栏内容更新滞后等。');
    expect(texts(comma.statements, 'current')).toEqual(['政策解读形式不够多样', '回应关切不够及时', '专栏内容更新滞后']);
  });

  it('tells last year’s problems, their fixes, this year’s problems and next year’s measures apart', () => {
    const { statements } = run(
      [
        '上年度存在的问题。2021年,我局存在的问题主要表现在:公开平台功能不够完善;信息发布审核流程不够规范。',
        '上年度问题在本年度的改进情况。一是完成平台升级改版。二是修订发布审核办法。',
        '本年度存在的问题。一是主动公开的覆盖面还不够广。二是基层人员业务能力参差不齐。',
        '下年度改进举措。一是扩大重点领域公开范围。二是开展分层分类培训。',
      ].join('\n'),
    );
    expect(texts(statements, 'previous')).toEqual(['公开平台功能不够完善', '信息发布审核流程不够规范']);
    expect(texts(statements, 'current')).toEqual(['主动公开的覆盖面还不够广', '基层人员业务能力参差不齐']);
    expect(texts(statements, 'measure')).toEqual(['扩大重点领域公开范围', '开展分层分类培训']);
    // fixes already made are neither problems nor measures
    expect(statements.some((p) => p.text.includes('平台升级'))).toBe(false);
  });

  it('works with the structure stage’s sections and with the fallback heading search alike', () => {
    const body = '一是信息公开渠道单一;二是解读材料发布不及时。下一步,我局将从以下方面改进:一是拓展新媒体渠道。二是同步起草解读材料。';
    const a = run(body, 'stage').statements;
    const b = run(body, 'empty').statements;
    expect(texts(a)).toEqual(texts(b));
    expect(texts(a, 'current')).toEqual(['信息公开渠道单一', '解读材料发布不及时']);
  });

  it('handles a legacy report whose problems section is run together with the text before it', () => {
    const doc = documentFromText(
      '一、概述本年度工作平稳。二、主动公开政府信息情况全年公开信息50条。三、政府信息公开工作存在的主要问题及改进情况目前仍存在一些不足。一是公开内容不够规范;二是查阅场所利用率不高。因此,我们将从以下方面改进:(一)规范公开内容。(二)完善查阅服务。附件1:统计表',
    );
    const ps = extractProblems(doc, EMPTY);
    expect(texts(ps, 'current')).toEqual(['公开内容不够规范', '查阅场所利用率不高']);
    expect(texts(ps, 'measure')).toEqual(['规范公开内容', '完善查阅服务']);
  });

  it('finds nothing in a report without a problems section', () => {
    const doc = documentFromText('一、总体情况\n全年公开信息30条。\n二、主动公开政府信息情况\n');
    expect(extractProblems(doc, EMPTY)).toEqual([]);
  });
});

describe.skipIf(!hasShared)('extractProblems on the real labelled reports, section 五 laid out another way', () => {
  const norm = (p: ProblemStatement) => `${p.period}:${p.text.replace(/[\s,，。;；:：、]/g, '')}`;
  /** The same section 五, its lines run together, a sentence per line, a blank line after each, or indented. */
  const LAYOUTS: Record<string, (section: string) => string> = {
    'lines run together': (s) => {
      const i = s.indexOf('\n');
      return i < 0 ? s : s.slice(0, i + 1) + s.slice(i + 1).replace(/\n+/g, '');
    },
    'a sentence per line': (s) => s.replace(/。(?!\n)/g, '。\n'),
    'a blank line after each': (s) => s.replace(/\n/g, '\n\n'),
    indented: (s) => s.replace(/\n(?=\S)/g, '\n　　'),
  };
  for (const [name, layout] of Object.entries(LAYOUTS))
    it(`gives the same statements: ${name}`, () => {
      const changed: string[] = [];
      for (const r of [...seeds(), ...dev()].filter((x) => x.path.endsWith('.txt'))) {
        const doc = documentFromText(readFileSync(r.path, 'utf8'), { file: r.path });
        const st = segmentStructure(doc);
        const five = st.sections.find((x) => x.n === 5);
        const before = extractProblems(doc, st);
        if (!five || before.length === 0) continue;
        const text = doc.text.slice(0, five.start) + layout(doc.text.slice(five.start, five.end)) + doc.text.slice(five.end);
        const doc2 = documentFromText(text, { file: r.path });
        const after = new Set(extractProblems(doc2, segmentStructure(doc2)).map(norm));
        for (const p of before) if (!after.has(norm(p))) changed.push(`${r.name}: ${norm(p)}`);
      }
      expect(changed).toEqual([]);
    });
});

describe.skipIf(!hasShared)('extractProblems on the real labelled reports', () => {
  const items = [...seeds(), ...dev()].map((report) => ({ report, analysis: null }));
  it('recovers the gold problem statements (precision and recall ≥ 0.9 by span overlap)', () => {
    const c = extractionCounts(items, 'current');
    expect(c.located).toBe(c.gold);
    expect(c.hit / c.gold).toBeGreaterThanOrEqual(0.9);
    expect(c.hit / c.pred).toBeGreaterThanOrEqual(0.9);
  });
  it('recovers previous problems and measures where the gold lists them', () => {
    const prev = extractionCounts(items, 'previous');
    expect(prev.hit).toBe(prev.gold);
    const m = extractionCounts(items, 'measure');
    expect(m.hit / m.gold).toBeGreaterThanOrEqual(0.85);
    expect(m.hit / m.pred).toBeGreaterThanOrEqual(0.9);
  });
});

describe('extractProblems on PDF and converted text', () => {
  const SECTION5 = '2022年，我局政务公开工作仍存在一些不足：一是统计数据解读不够深入；二是网站栏目更新不够及时。下一步，我局将采取以下措施：一是加强数据解读；二是建立栏目更新提醒制度。';
  const clean = run(SECTION5, 'stage').statements.map((p) => [p.period, p.text]);

  it('reads the same statements when a PDF extractor spaced characters apart anywhere', () => {
    expect(clean).toHaveLength(4);
    for (let i = 1; i < SECTION5.length; i++) {
      if (!/[\u4e00-\u9fff]{2}/.test(SECTION5.slice(i - 1, i + 1))) continue;
      const { statements, text } = run(`${SECTION5.slice(0, i)} ${SECTION5.slice(i)}`, 'stage');
      expect(statements.map((p) => [p.period, p.text]), SECTION5.slice(i - 4, i + 4)).toEqual(clean);
      // the spans are the text as printed, blank included
      for (const p of statements) expect(text.slice(p.start, p.end).replace(/\s/g, '')).toBe(p.text.replace(/\s/g, ''));
    }
  });

  it('leaves a page number run into a statement and the marks of a markdown heading after it out of its text', () => {
    const paged = run(SECTION5.replace('网站栏目更新', '网站栏目 -3- 更新').replace(/$/, '\n## '), 'stage').statements;
    expect(paged.map((p) => [p.period, p.text])).toEqual(clean);
  });
});

describe('extractProblems on further layouts', () => {
  it('reads 一方面/另一方面 and keeps last year’s problems apart from their fixes in one block', () => {
    const a = run('一方面,公开目录编制不够细致;另一方面,政务新媒体互动回应较慢。');
    expect(texts(a.statements, 'current')).toEqual(['公开目录编制不够细致', '政务新媒体互动回应较慢']);
    const b = run(
      '(一)上年度存在问题及整改情况\n一是部分栏目内容更新不及时。二是完成了栏目清理,关停空白栏目6个。\n(二)存在的主要问题\n1.解读形式比较单一。\n2.基层公开专区建设进度不一。\n(三)改进措施\n1.丰富图解和视频解读。\n2.督促各乡镇完成专区建设。',
    );
    expect(texts(b.statements, 'previous')).toEqual(['部分栏目内容更新不及时']);
    expect(texts(b.statements, 'current')).toEqual(['解读形式比较单一', '基层公开专区建设进度不一']);
    expect(texts(b.statements, 'measure')).toEqual(['丰富图解和视频解读', '督促各乡镇完成专区建设']);
  });

  it('takes what a sentence reports as last year’s problems, fixed, for last year’s', () => {
    const { statements } = run('上年度报告中提出的问题已整改到位:针对信息发布不及时的问题,建立了审核发布机制。本年度存在的主要问题是基层公开标准化建设进展较慢。');
    expect(texts(statements, 'previous')).toEqual(['针对信息发布不及时的问题,建立了审核发布机制']);
    expect(texts(statements, 'current')).toEqual(['本年度存在的主要问题是基层公开标准化建设进展较慢']);
  });

  it('takes the list after a sentence reporting last year’s problems fixed for last year’s, up to this year’s', () => {
    const { statements } = run(
      '上年度报告中提出的问题已全部整改。一是办事指南更新不够及时；二是图解解读数量偏少。本年度存在的问题：一是村务公开栏内容较为陈旧；二是专职人员不足。',
    );
    expect(texts(statements, 'previous')).toEqual(['办事指南更新不够及时', '图解解读数量偏少']);
    expect(texts(statements, 'current')).toEqual(['村务公开栏内容较为陈旧', '专职人员不足']);
  });

  it('ends the last item of a list before the sentence that introduces the next list with a colon', () => {
    const { statements } = run(
      '上年度报告中指出的问题均已整改。一是针对解读形式单一的问题，增加了图解解读；二是针对专区更新不及时的问题，建立了巡查机制。本年度工作虽有进展，但仍有一些不足：一是部分单位发布信息不够及时；二是答复文书的规范性有待提高。',
    );
    expect(texts(statements, 'previous')).toEqual(['针对解读形式单一的问题,增加了图解解读', '针对专区更新不及时的问题,建立了巡查机制']);
    expect(texts(statements, 'current')).toEqual(['部分单位发布信息不够及时', '答复文书的规范性有待提高']);
  });

  it('ends last year’s list where the report turns to what still falls short, even inside an item', () => {
    const { statements } = run(
      '针对上年度存在的问题，我局逐条建立台账，现已全部整改到位。一是门户网站检索功能不完善，已完成升级改版；二是公开目录不够细化，已重新梳理，但仍存在部分栏目更新不及时的情况。同时也存在一些不足，一是数据开放程度不高；二是回应关切不够主动。',
    );
    expect(texts(statements, 'previous')).toEqual(['门户网站检索功能不完善,已完成升级改版', '公开目录不够细化,已重新梳理']);
    expect(texts(statements, 'current')).toEqual(['部分栏目更新不及时的情况', '数据开放程度不高', '回应关切不够主动']);
  });

  it('leaves a second list after the one the fixed-problems sentence opens to this year', () => {
    const { statements } = run('上年度报告中提出的问题已全部整改。一是加强了业务培训；二是健全了审核流程。一是基层专区建设进度不一；二是解读质量有待提高。');
    expect(texts(statements, 'previous')).toEqual([]);
    expect(texts(statements, 'current')).toEqual(['基层专区建设进度不一', '解读质量有待提高']);
  });

  it('reads a list as this year’s when no sentence reports last year’s problems fixed', () => {
    const { statements } = run('上年度我局开展了专项培训。一是办事指南更新不够及时；二是图解解读数量偏少。');
    expect(texts(statements, 'previous')).toEqual([]);
    expect(texts(statements, 'current')).toEqual(['办事指南更新不够及时', '图解解读数量偏少']);
  });

  it('reads a traditional-character section with full-width punctuation', () => {
    const { statements } = run('一是信息公開渠道單一；二是工作人員業務能力不足。');
    expect(texts(statements, 'current')).toEqual(['信息公开渠道单一', '工作人员业务能力不足']);
  });
});

describe('extractProblems on nested lists', () => {
  it('gives a list on its own lines inside an item as separate statements', () => {
    const { statements } = run(
      '存在问题:一是政务公开专栏信息量偏少。二是办事指南要素不全。\n改进措施:\n一是抓好专栏建设。按月通报各单位发布情况。\n1.编制专栏维护清单。\n2.落实专人审核。\n二是规范办事指南。',
    );
    expect(texts(statements, 'measure')).toEqual(['抓好专栏建设。按月通报各单位发布情况', '编制专栏维护清单', '落实专人审核', '规范办事指南']);
  });
});

describe('extractProblems with other sub-heading wordings', () => {
  it('reads 存在的不足 / 下一步工作安排 sub-headings and a 今后 transition', () => {
    const a = run('(一)存在的不足\n1.公开目录动态调整不够及时。\n2.业务培训覆盖面偏窄。\n(二)下一步工作安排\n1.每季度复核公开目录。\n2.把培训延伸到村(社区)。');
    expect(texts(a.statements, 'current')).toEqual(['公开目录动态调整不够及时', '业务培训覆盖面偏窄']);
    expect(texts(a.statements, 'measure')).toEqual(['每季度复核公开目录', '把培训延伸到村(社区)']);
    const b = run('本年度工作中还存在一些短板:公开信息的可读性不强;政民互动回复时效偏慢。今后,我局将加强对发布内容的审校,并压缩留言办理时限。');
    expect(texts(b.statements, 'current')).toEqual(['公开信息的可读性不强', '政民互动回复时效偏慢']);
    expect(texts(b.statements, 'measure')).toEqual(['今后,我局将加强对发布内容的审校,并压缩留言办理时限']);
  });
});

describe('extractProblems under a sub-heading of how last year’s problems were fixed', () => {
  it('reads the problems it names as last year’s, without the sentence that says how they were fixed', () => {
    for (const close of ['本年度通过完善制度、加强督导,问题已得到有效改善。', '经过一年的整改,相关问题已明显改善。', '对此,我局已逐项制定整改措施,目前已基本整改到位。', '针对上述问题,我局及时调整工作安排,逐项落实整改。']) {
      const { statements } = run(
        [
          '(一)上年度问题整改情况',
          `2021年,我局政府信息公开工作存在的问题主要有:一是栏目内容更新不够及时;二是政策解读形式较为单一。${close}`,
          '(二)当前存在的不足',
          '一是依申请公开答复说理不够充分;二是基层公开人员力量薄弱。',
          '(三)改进措施',
          '一是建立栏目更新提醒机制;二是开展依申请公开业务培训。',
        ].join('\n'),
      );
      expect(texts(statements, 'previous'), close).toEqual(['栏目内容更新不够及时', '政策解读形式较为单一']);
      expect(texts(statements, 'current'), close).toEqual(['依申请公开答复说理不够充分', '基层公开人员力量薄弱']);
      expect(texts(statements, 'measure'), close).toEqual(['建立栏目更新提醒机制', '开展依申请公开业务培训']);
    }
  });

  it('reads the problems a sentence quotes while it tells their fix (针对…提出的“…”问题,已…整改到位)', () => {
    const { statements } = run(
      [
        '(一)上年度问题整改情况',
        '针对上年度报告中提出的“政策解读形式较为单一”“栏目更新不够及时”等问题,已全部整改到位。',
        '(二)本年度存在的问题',
        '依申请公开答复文书不够规范。',
      ].join('\n'),
    );
    expect(texts(statements, 'previous')).toEqual(['政策解读形式较为单一', '栏目更新不够及时']);
    expect(texts(statements, 'current')).toEqual(['依申请公开答复文书不够规范']);
    // a quote that names no problem (a slogan) is none
    const slogan = run('(一)上年度问题整改情况\n针对“放管服”改革中群众反映的问题,我局已全面整改。\n(二)本年度存在的问题\n信息更新不及时。');
    expect(texts(slogan.statements, 'previous')).toEqual([]);
    expect(texts(slogan.statements, 'current')).toEqual(['信息更新不及时']);
  });

  it('takes nothing from it that only tells the fixes', () => {
    const { statements } = run('(一)上年度问题整改情况\n一是完成门户网站改版升级。二是修订信息发布审核办法。\n(二)本年度存在的问题\n一是主动公开的覆盖面还不够广。');
    expect(texts(statements, 'previous')).toEqual([]);
    expect(texts(statements, 'current')).toEqual(['主动公开的覆盖面还不够广']);
  });
});

describe('extractProblems under numbered sub-headings that name their year', () => {
  it('reads 1.上一年度存在问题… / 2.本年度存在的主要问题 / 3.下一步工作打算 around numbered lists of their own', () => {
    const { statements } = run(
      [
        '1.上一年度存在问题及改进情况',
        '上年度报告中反映的问题主要是:1.信息发布不够及时,存在集中发布的现象;2.业务培训不够深入。针对上述问题,我局及时调整工作安排,整改工作已完成。',
        '2.本年度存在的主要问题',
        '本年度仍有薄弱环节:1.部分人员公开意识不强;2.网站检索功能不够完善,群众查找信息不够方便。',
        '3.下一步工作打算',
        '2023年,我局将重点做好以下工作:1.压实政务公开主体责任;2.按照标准规范调整栏目设置。',
      ].join('\n'),
    );
    expect(texts(statements, 'previous')).toEqual(['信息发布不够及时,存在集中发布的现象', '业务培训不够深入']);
    expect(texts(statements, 'current')).toEqual(['部分人员公开意识不强', '网站检索功能不够完善,群众查找信息不够方便']);
    expect(texts(statements, 'measure')).toContain('压实政务公开主体责任');
    // the sub-headings are no statements
    expect(statements.some((p) => p.text.includes('存在问题及改进情况') || p.text.includes('本年度存在的主要问题'))).toBe(false);
  });

  it('takes 2022年存在的问题 for this year’s, and leaves out a sentence that says last year’s problem was dealt with', () => {
    const { statements } = run(
      [
        '(一)上年度存在的问题及整改情况',
        '2021年,我局存在的问题主要有:一是依申请公开办理时限把握偏紧。本年度通过完善制度、加强督导,问题已得到有效改善。',
        '(二)2022年存在的问题',
        '一是主动公开的广度和深度还需拓展;二是业务培训开展不够经常。',
      ].join('\n'),
    );
    expect(texts(statements, 'previous')).toEqual(['依申请公开办理时限把握偏紧']);
    expect(texts(statements, 'current')).toEqual(['主动公开的广度和深度还需拓展', '业务培训开展不够经常']);
    // a fix denied is still a problem
    const denied = run('本年度存在的问题:一是依申请公开办理时限把握偏紧,至今尚未得到有效解决。');
    expect(texts(denied.statements, 'current')).toContain('依申请公开办理时限把握偏紧');
  });
});

describe('extractProblems on part 五 printed as a table', () => {
  it('takes each row\'s problem cell as this year\'s statement and its measure cell as a measure', () => {
    for (const table of [
      ['| 存在问题 | 改进措施 |', '|---|---|', '| 网站栏目更新不够及时 | 建立栏目更新提醒机制 |', '| 政策解读形式较为单一 | 推出图解和视频解读 |'],
      ['序号 | 存在的主要问题 | 改进情况', '1 | 网站栏目更新不够及时 | 建立栏目更新提醒机制', '2 | 政策解读形式较为单一 | 推出图解和视频解读'],
    ]) {
      const { statements } = run(['本年度存在的问题及改进情况如下:', ...table, '下一步,我局将持续做好政务公开工作。'].join('\n'));
      expect(texts(statements, 'current'), table[0]).toEqual(['网站栏目更新不够及时', '政策解读形式较为单一']);
      expect(texts(statements, 'measure'), table[0]).toEqual(['建立栏目更新提醒机制', '推出图解和视频解读', '下一步,我局将持续做好政务公开工作']);
      expect(statements.some((p) => p.text.includes('|'))).toBe(false);
    }
  });
});

describe('extractProblems on what is no problem', () => {
  it('takes no statement from a report that found no problem', () => {
    for (const s of [
      '本年度未发现存在的问题。',
      '暂无明显问题。',
      '(一)存在的问题\n无。\n(二)改进措施\n继续做好政务公开工作。',
      // with the year and the body named, or the work
      '2023年度,我局未发现存在的问题。',
      '2023年,本机关政府信息公开工作不存在问题。',
      '我局政务公开工作中未发现明显问题。',
    ]) {
      expect(texts(run(s).statements, 'current'), s).toEqual([]);
    }
  });

  it('still takes a problem whose words hold 无问题 inside them', () => {
    expect(texts(run('本年度存在的问题:部分栏目内容无问题导向,更新不及时。').statements, 'current').length).toBeGreaterThan(0);
  });

  it('reads a sentence opening with the next year (2023年,我局将…) as measures, the year not taken for a list number', () => {
    const { statements } = run('本年度存在的不足:公开内容不够全面,政策解读形式较为单一。2023年,我局将进一步拓展公开内容,丰富解读形式。');
    expect(texts(statements, 'current')).toEqual(['公开内容不够全面', '政策解读形式较为单一']);
    expect(texts(statements, 'measure')).toEqual(['2023年,我局将进一步拓展公开内容,丰富解读形式']);
  });
});
