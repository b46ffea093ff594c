/**
 * Vocabularies for finding the issuing body in a report's sentences and for naming it canonically.
 * Each phrasing is a prefix and a suffix around the body's name, written as reports write them; src/read/body/
 * turns them into patterns.
 */
import type { BodyKind } from '../../model/types.js';

/** A name as the pattern captures it: Han characters, digits, letters and brackets, no punctuation. */
export const NAME_RUN = String.raw`[\u4e00-\u9fffA-Za-z0-9()]{3,40}?`;

/**
 * Sentences that name the body that made the report, strongest first. `before` and `after` are regex sources around
 * the name (the name is the shortest run between them). 本报告由XX编制 names the compiler, which may be an office
 * of the body (see COMPILER_UNITS).
 */
export const BODY_PHRASES: { before: string; after: string; what: 'compiler' | 'subject' | 'contact' }[] = [
  // 本报告由XX市人民政府信息公开工作领导小组办公室编制 / 本年度报告由XX镇人民政府办公室负责编制
  // 本报告由XX区人民政府办公室根据《条例》编制 / 本年度报告根据《条例》(以下简称…)要求,由XX局编制而成
  { before: String.raw`(?:报告|年报)(?:[^。\n]{0,12}?|[^。\n]{0,80}?[,，]\s?)由`, after: String.raw`(?:(?:负责|牵头|组织)?(?:编制|编写|起草|汇总|发布)|根据|依据|按照)`, what: 'compiler' },
  // 编制单位：XX县统计局 — a label under the text, at the report's end as often as at its head
  { before: String.raw`(?:^|\n)[ \t]*(?:编制|发布)(?:单位|机关|部门)[:：]\s?`, after: String.raw`(?:[\s,，;；。(（]|$)`, what: 'compiler' },
  // 特编制XX市XX局2023年度政府信息公开工作年度报告 (the title inside a sentence), 现将XX局2023年度…情况报告如下
  { before: String.raw`(?:(?:特|现|特此|认真)?编制(?:了|完成)?|现将|现予?公布|向社会公布)[《“"]?`, after: String.raw`\s?(?:19|20)\d{2}\s?年`, what: 'subject' },
  // 结合XX市卫生健康委员会工作实际
  { before: String.raw`结合`, after: String.raw`(?:的)?(?:工作)?实际`, what: 'subject' },
  // contact blocks at the end: 如对本报告有任何疑问，请与XX联系 / 请联系XX（地址…）
  { before: String.raw`请(?:与|和|向|联系[:：]?)`, after: String.raw`(?:联系|咨询|反映|[(（,，;；:：。])`, what: 'contact' },
  // 联系单位：XX局 / 联系方式：XX镇人民政府党政办，电话…
  { before: String.raw`(?:联系|咨询)(?:单位|部门|机关|方式)[:：]\s?`, after: String.raw`(?:[\s,，;；。(（]|$)`, what: 'contact' },
  // an address on the body's own floor: 联系地址：XX县XX局三楼. Not a government's building or floor (XX县人民政府
  // 大楼, XX县人民政府三楼), where the departments that report also sit.
  { before: String.raw`(?:联系|办公|通讯)?地址[:：]\s?`, after: String.raw`(?<!政府)(?:[一二三四五六七八九十\d]+\s?(?:楼|层|室))`, what: 'contact' },
  // weakest: a sentence whose subject publishes the report (not 特向社会公布…, whose subject is left out): ，XX区教育局发布2023年度政府信息公开工作年度报告 / XX局编制了本报告
  { before: String.raw`(?:^|[\n。；;，,])\s?(?![特现向并将])`, after: String.raw`\s?(?:(?:负责|组织)?(?:编制|发布|编写)(?:了|完成)?\s?(?:本(?:年度)?报告|《?\s?(?:19|20)\d{2}\s?年))`, what: 'subject' },
];

/**
 * Offices inside a body that compile its report or answer for it: the body is the name before them
 * (XX市人民政府信息公开工作领导小组办公室 → XX市人民政府; 湖南镇政府综合督考办公室 → 湖南镇政府).
 */
export const COMPILER_UNITS = [
  // none starts with 政府: the body's own name ends in it (…人民政府信息公开办公室 → …人民政府)
  '信息公开工作领导小组办公室', '政务公开工作领导小组办公室', '信息公开领导小组办公室', '政务公开领导小组办公室',
  '政务信息公开办公室', '政务公开办公室', '信息公开办公室', '政务公开办', '信息公开办',
  '综合督考办公室', '党政综合办公室', '党政办公室', '党政办', '综合办公室', '综合办',
];

/**
 * A department's own office named as its contact or compiler (XX区教育局办公室): the body is the department. Not a
 * government's office (人民政府办公室 is a body of its own) nor a party committee's (市委办公室).
 */
export const DEPARTMENT_OFFICE = /(?<=(?:局|委员会|厅|中心|署))办公室$/;

/**
 * Words of a zone's name that may follow a place written short (宿迁高新区, 邳州经济开发区, 金湖经济开发区): the place
 * is then read as the city or county-level city of that name (宿迁市, 邳州市), else the county (金湖县).
 */
export const ZONE_AFTER_SHORT_PLACE = /^(?:综合实验区|高新技术产业开发区|高新技术产业园区|高新区|经济技术开发区|经开区|经济开发区|工业园区|综合保税区)/;

/** Labels that web pages print before a name and that may leak into it when the colon is lost (来源XX县人民政府). */
export const NAME_LABELS = ['信息来源', '发布机构', '发布单位', '发文机关', '发文单位', '发布部门', '编制单位', '来源', '单位'];

/** A government written short: 青龙镇政府 is 青龙镇人民政府 (the place's last character before 政府). */
export const SHORT_GOVERNMENT = /([省市县区旗州盟镇乡])政府(办公室|办公厅)?$/;

/** What kind of body a canonical name ends in, first match wins. */
export const BODY_KINDS: [RegExp, BodyKind][] = [
  [/(?:人民)?政府办公(?:室|厅)$/, '政府办公室'],
  [/(?:[镇乡]人民政府|[镇乡]政府|街道办事处|街道办|办事处|街道|[镇乡街])$/, '乡镇街道'],
  [/(?:开发区|高新区|园区|新区|实验区|示范区|保税区|港区).*(?:管委会|管理委员会|管理局|办公室)?$/, '开发区'],
  [/(?:人民政府|政府)$/, '政府'],
  [/(?:局|委员会|委|办公室|办|厅|院|署|中心|所|站|队|社|会|部|处|馆|行|司)$/, '部门'],
];

/**
 * Where a report says it is published: the portal of the place it belongs to (本报告可在高平市政府门户网站下载,
 * “邹城市人民政府”门户网站, 建水县政府网). The place is the group; its name must be a division to count.
 */
export const PORTAL = /([\u4e00-\u9fff]{2,12}?)(?:人民政府|政府)?["”]?(?:门户网站|政府网|网站)/g;

/**
 * Division names that are generic words rather than proper names (城区, 西区, 城关镇, 经济开发区管理委员会 are each
 * the name of some division, and of many bodies elsewhere): such a name does not place a body on its own, only under
 * a place named before it (淮安市经济开发区).
 */
export const GENERIC_DIVISION =
  /^(?:[东西南北中城郊矿新]区|(?:经济技术|经济|高新技术产业|高新技术|高新|工业|产业|农业|科技|城关|城郊|城区|中心|临港|保税)?(?:开发区|工业园区|产业园区|园区|新区|示范区|管理委员会|管委会|街道|镇|乡)(?:管理委员会|管委会|办事处)?)$/;

/**
 * What may stand before the place in a body's name: vertically managed systems and party organs
 * (国家税务总局淮安市税务局, 中共洪泽区委办公室). The place after it is the body's region.
 */
export const NAME_PREFIXES = [
  '国家税务总局', '国家金融监督管理总局', '中国人民银行', '国家外汇管理局', '国家统计局', '国家烟草专卖局', '中国银行保险监督管理委员会',
  '中国证券监督管理委员会', '中国共产党', '中共',
];

/**
 * A body of the whole country, whose name needs no place to be its own (教育部, 海关总署, 国家统计局, 国务院办公厅): a
 * ministry ends in 部 or 总署/总局, a national body opens with 国家/国务院/中国/中华人民共和国.
 */
export const NATIONAL_BODY = /^(?:国务院|国家|中华人民共和国|中国)|(?:部|总署|总局)$/;

/** A name that may hold a township-level place (镇, 乡, 街道, a zone, a farm): only then is the township list read. */
export const TOWN_MARK = /[镇乡街场]|苏木|园区|开发区|实验区|示范区|管委会|管理委员会|办事处|社区/;

/**
 * A government or its office named by its level alone (区政府办公室, 市人民政府, 县政府): the report's own words when it
 * names no place. The level is the first character.
 */
export const LEVEL_GOVERNMENT = /^[区县市旗](?:人民)?政府(?:办公室|办公厅)?$/;

/** How a body of each ending refers to itself (我局, 本委, 我办): a department named by its level needs one of these. */
export const SELF_BY_ENDING: [string, RegExp][] = [
  ['局', /[我本]局/],
  ['委员会', /[我本]委/],
  ['委', /[我本]委/],
  ['中心', /[我本]中心/],
  ['办公室', /[我本]办/],
  ['办', /[我本]办/],
];
