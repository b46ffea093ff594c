/**
 * Phrase banks for the prose of generated reports, written for this project. Placeholders: {S} how the body names
 * itself (我区, 本局 …), {A} the agency, {Y} the report year, {N} the next year, {P} the previous year, {O} the office.
 */

export const GUIDING_LINES: readonly string[] = [
  '{Y}年，{S}深入贯彻落实《中华人民共和国政府信息公开条例》，紧扣年度政务公开工作要点，持续提升政务公开质量和实效。',
  '{Y}年，在上级政务公开主管部门的指导下，{S}坚持以公开为常态、不公开为例外，扎实推进政府信息公开各项工作。',
  '{Y}年，{S}认真落实政务公开各项要求，把政府信息公开作为建设法治政府、服务型政府的重要抓手，公开工作规范有序开展。',
  '本年度，{S}围绕中心工作和群众关切，健全公开制度，拓展公开渠道，政府信息公开工作取得新进展。',
  '{Y}年，{S}进一步压实政务公开主体责任，以标准化规范化建设为牵引，推动政府信息公开工作提质增效。',
];

export const PREAMBLE_BASIS: readonly string[] = [
  '本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和国务院办公厅政府信息与政务公开办公室有关要求编制。',
  '根据《中华人民共和国政府信息公开条例》规定，现公布{A}{Y}年度政府信息公开工作年度报告。',
  '依据《中华人民共和国政府信息公开条例》第五十条的规定，{O}编制了本报告。',
  '按照《中华人民共和国政府信息公开条例》的要求，结合{S}政府信息公开工作实际，编制本年度报告。',
];

/** The 统计期限 sentence; the checks read the year from it. */
export const PERIOD_LINES: readonly string[] = [
  '本报告中所列数据的统计期限自{Y}年1月1日起至{Y}年12月31日止。',
  '本报告所列数据统计期限为{Y}年1月1日至{Y}年12月31日。',
  '报告中所使用数据的统计期限自{Y}年1月1日起至{Y}年12月31日止。',
  '本报告统计数据的期限自{Y}年1月1日起至{Y}年12月31日止。',
];

export const CONTACT_LINES: readonly string[] = [
  '本报告电子版可在{A}门户网站查阅或下载。如对本报告有疑问，请与{O}联系（地址：{ADDR}；电话：{TEL}）。',
  '如对本报告有任何疑问，请联系{O}，联系电话：{TEL}。',
  '本报告可在{A}门户网站“政府信息公开”专栏查阅。如有疑问，请与{O}联系（电话：{TEL}；地址：{ADDR}）。',
];

/** Categories of proactively published items, for the part-whole sentence. */
export const PROACTIVE_CATEGORIES: readonly string[] = [
  '政务动态', '通知公告', '政策文件', '工作动态', '人事信息', '财政预决算信息', '规划计划', '重点领域信息', '政策解读',
  '机构职能', '统计信息', '应急管理信息', '民生保障信息', '招标采购信息',
];

export const PROACTIVE_CHANNELS: readonly string[] = ['门户网站', '政府信息公开平台', '政府网站', '政务公开专栏'];

export const PROACTIVE_EXTRA: readonly string[] = [
  '围绕财政预决算、重大建设项目、公共资源配置、社会公益事业等重点领域，及时公开相关信息。',
  '按照主动公开基本目录，做好机构职能、权责清单、办事指南等基础信息的动态更新。',
  '坚持“应公开、尽公开”，重要政策文件在印发后及时在政府网站公开。',
  '结合乡村振兴、稳岗就业、惠企纾困等工作，集中发布一批群众关注度高的政策信息。',
];

export const REQUEST_EXTRA: readonly string[] = [
  '依申请公开办理做到登记、审核、办理、答复、归档全流程规范，均在法定期限内答复。',
  '严格按照《条例》规定的期限和程序办理，答复内容合法、依据充分。',
  '对申请内容不明确的，及时告知申请人补正，做到依法依规、便民高效。',
  '进一步完善依申请公开受理、办理、答复工作流程，统一答复文书格式。',
];

export const MANAGEMENT_LINES: readonly string[] = [
  '严格执行政府信息公开保密审查制度，坚持“先审查、后公开”和“一事一审”，全年未发生泄密事件。',
  '定期对已公开的政府信息进行梳理，对已失效的信息及时作出标注。',
  '动态调整主动公开基本目录，做到目录与实际公开内容一致。',
  '落实政策文件清理工作，对不符合上位法或已不适应实际的文件及时修改或废止。',
  '规范政府信息公开属性源头认定，在公文拟制环节明确公开属性。',
];

export const PLATFORM_LINES: readonly string[] = [
  '持续加强政府网站内容建设，优化栏目设置，确保信息发布准确、规范。',
  '推进政务新媒体规范化管理，对更新缓慢的账号进行整合。',
  '发挥政务公开专区作用，为群众提供政府信息查阅、政策咨询等服务。',
  '完善网站智能检索和无障碍浏览功能，提升网站服务水平。',
];

export const OVERSIGHT_LINES: readonly string[] = [
  '成立由主要负责同志任组长的政务公开工作领导小组，明确分管领导和具体承办人员。',
  '将政务公开工作纳入年度目标考核，强化考核结果运用。',
  '开展政府网站和政务新媒体常态化检查，发现问题及时督促整改。',
  '主动接受社会监督，畅通意见建议反馈渠道，本年度未发生因公开工作不到位引发的责任追究情形。',
];

export const HOTLINE_NAMES: readonly string[] = ['12345政务服务便民热线转办件', '网上信箱来信', '政民互动平台留言', '群众来电来信'];

export const OTHER_MATTERS: readonly string[] = [
  '按照本年度政务公开工作要点要求，各项重点任务均已按期完成。',
  '本年度无其他需要报告的事项。',
  '按照上级统一部署，组织开展了“政府开放日”活动，邀请群众代表走进机关，了解政府工作。',
  '年度报告编制完成后，已在门户网站“政府信息公开年报”栏目集中发布。',
];

/** Section 六 saying no information-processing fee was charged (only where 表二 shows no fee amount). */
export const NO_FEE_LINES: readonly string[] = [
  '{Y}年度，{S}未收取政府信息公开信息处理费。',
  '本年度{S}依申请公开政府信息未收取任何费用。',
  '{Y}年，{S}没有收取信息处理费。',
];

/** Legacy reports: fee part. */
export const LEGACY_FEE_LINES: readonly string[] = [
  '{Y}年，{S}在提供政府信息公开服务过程中，未收取任何费用，也未发生减免收费的情况。',
  '本年度未收取政府信息公开检索、复制、邮寄等费用。',
  '{S}依申请提供政府信息，严格执行收费规定，本年度未收取费用。',
];

export const LEGACY_OVERVIEW: readonly string[] = [
  '{Y}年，{S}按照《中华人民共和国政府信息公开条例》和上级部门的部署，进一步健全政府信息公开工作机制，明确公开责任，规范公开程序。',
  '{Y}年，{S}以推进行政权力公开透明运行为重点，不断深化政府信息公开内容，完善工作机制，拓展公开渠道。',
  '一年来，{S}高度重视政府信息公开工作，将其作为转变职能、提升服务的重要举措，调整充实了工作领导小组。',
];

export const HTML_COLUMNS: readonly string[] = ['政府信息公开', '政务公开', '信息公开', '政府信息公开年报', '法定主动公开内容'];

// ── Distractors: figures that share 表三/表二's words but not their scope, so the truth can say they stay unlinked.
// {n} is the figure; the segment holding it is the claim's quote.

/** 结转下年度继续办理 as reports phrase it (the figure is 表三 四 whatever the wording). */
export const CARRIED_FORWARD_PHRASES: readonly string[] = [
  '结转下年度继续办理{n}件',
  '{n}件转下一年度办理',
  '{n}件结转至下一年度继续办理',
  '另有{n}件申请依规顺延到下年度答复',
];

/** Applications by channel, as a sentence of its own (no cell: 表三 has no channel rows). */
export const CHANNEL_LEADS: readonly string[] = ['从提交渠道看，', '按申请方式统计，', '从申请方式看，'];
export const CHANNEL_ITEMS: readonly (readonly [string, string, string])[] = [
  ['网上申请', '信函申请', '当面申请'],
  ['通过网络平台提交', '通过信函提交', '现场提交'],
];

/** Granted and partial stated together (never 予以公开 alone). */
export const COMBINED_OUTCOME_LINES: readonly string[] = ['从办理结果看，予以公开及部分公开的共{n}件', '其中公开和部分公开合计{n}件'];

/** Work counted with 表三's verbs in other matters: service halls, petitions, gazette, website posts. */
export const SERVICE_HALL_LINES: readonly [string, string][] = [
  ['政务服务中心全年受理办件{n}件', '办结{m}件'],
  ['便民服务窗口全年受理各类事项{n}件', '按时办结{m}件'],
];
export const PETITION_LINES: readonly string[] = ['全年受理群众信访事项{n}件', '本年度共办理信访件{n}件'];
export const GAZETTE_LINES: readonly [string, string][] = [
  ['编印政府公报{n}期', '刊登规范性文件等{m}件'],
  ['出版《政府公报》{n}期', '刊载政策文件等{m}件'],
];
export const WEBSITE_POST_LINES: readonly string[] = ['全年在政府网站发布各类信息{n}条', '门户网站全年更新信息{n}条'];

/** Label numbers: slogans with a numeral in them, never counts of anything in the tables. */
export const LABEL_LINES: readonly { before: string; label: string; value: number; after: string }[] = [
  { before: '围绕“', label: '两个全覆盖', value: 2, after: '”目标，持续推进基层政务公开标准化建设。' },
  { before: '构建“', label: '三个统一', value: 3, after: '”工作机制，做到公开标准、流程、格式统一。' },
  { before: '着力打造“', label: '四个平台', value: 4, after: '”，拓宽政务公开渠道。' },
];
