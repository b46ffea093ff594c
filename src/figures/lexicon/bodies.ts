/**
 * Whose figure a clause states, in a government's report: the government itself (我区, 区政府, the office acting for
 * it) or another body under it (区住建局, 各乡镇, 城关镇). A figure whose sentence names another body as its subject
 * counts that body's work, not what the report's tables count. src/figures/bodies.ts reads these words.
 */
import type { BodyKind } from '../../model/types.js';

/**
 * Reports whose own body is a government, its general office, or a zone's committee: their departments and
 * townships are other bodies. A department's or township's own report names itself too variously (市住建局 for
 * 淮安市住房和城乡建设局) to tell itself from others, so it is left alone.
 */
export const GOVERNMENT_KINDS: ReadonlySet<BodyKind> = new Set(['政府', '政府办公室', '开发区']);

/** Administrative levels a name may open with (区住建局, 县政府): the report's own level makes it the report's body. */
export const LEVELS = '省市区县州旗盟';

/**
 * What a place's government and its general office are called, after the place or the level (区政府办, 县人民政府,
 * 管委会): the report's own body when the place or level is its own. The office handles applications in the
 * government's name, so its figures are the government's table's.
 */
export const GOVERNMENT_NAMES: readonly string[] = [
  '人民政府办公室', '人民政府办公厅', '人民政府', '政府办公室', '政府办公厅', '政府办', '政府', '管理委员会办公室', '管委会办公室',
  '管理委员会', '管委会', '办公厅',
];

/** How a report names its own body without a name (我区, 全县, 本机关, 我办). Levels are added by the reader. */
export const SELF_PREFIXES: readonly string[] = ['我', '全', '本'];
export const SELF_WORDS: readonly string[] = [
  '本级', '本机关', '本单位', '本部门', '我办', '本办', '我局', '本局', '我委', '本委', '我中心', '本中心', '我厅', '本厅', '我署', '本署',
  '局机关', '委机关', '厅机关', '我街道', '本街道', '我镇', '本镇', '我乡', '本乡',
];

/**
 * Endings of a department's name (区住建局, 县发改委, 区融媒体中心, 市信访办). Only read after a level or the report's own
 * place, so that words such as 布局 or 网站 are never taken for one.
 */
export const DEPARTMENT_ENDINGS: readonly string[] = ['委员会', '办公室', '局', '委', '办', '中心', '厅', '署'];
/** Endings that close verbs too (现场督办): not enough alone to read a department after another place's name. */
export const WEAK_DEPARTMENT_ENDINGS: readonly string[] = ['办'];

/** The longest name a department's core part may have between its level and its ending (卫生健康, 政务服务和大数据管理). */
export const MAX_DEPARTMENT_CORE = 10;

/**
 * Every level of a place at once (全县各级行政机关共收到申请320件): a wider total than any one body's. Read here at a
 * clause's start and, in every report, anywhere in a figure's phrase (OTHER_SCOPE_WORDS).
 */
export const EVERY_LEVEL_WORDS: readonly string[] = ['各级行政机关', '各级各部门', '各级机关', '各级政府', '各级人民政府'];

/** Several other bodies at once (各乡镇, 区直各部门, 县直单位): never the government's own figure. */
export const OTHER_BODIES: readonly string[] = [
  '各部门', '各单位', '各相关部门', '各有关部门', '各相关单位', '各有关单位', '各乡镇', '各镇街', '各街镇', '各街道', '各镇', '各乡', '各县区', '各区县', '各县(市、区)', '各县市区', '各县市', '各区', '各县', '各市', '各成员单位',
  '各委办局', '区直', '县直', '市直', '州直', '旗直', '组成部门', '工作部门', '直属单位', '直属部门',
  // villages and communities (各村(社区), 各村居) are self-governing, no body of the report
  '各村', '各社区', '各居委会', '各村委会',
  // 区属各部门, 县属单位: after the level; a whole system of bodies (全系统, 全县政府系统, 本系统)
  '属各部门', '属各单位', '属部门', '属单位', '全系统', '政府系统', '本系统',
  ...EVERY_LEVEL_WORDS,
];

/**
 * A level's bodies as a whole, read right after the level or the place (市本级, 县级机关, 区级各部门): the government with its
 * departments, wider than the government's own table. 区政府本级 names the government and stays its own.
 */
export const LEVEL_AS_A_WHOLE: readonly string[] = ['本级', '级机关', '级部门', '级各部门', '级单位', '级各单位'];

/** A body's own subordinate units (本机关及所属单位): named with the body, a wider total than its own. */
export const SUBORDINATE_BODIES: readonly string[] = [
  '所属单位', '所属部门', '所属各单位', '所属机构', '所属事业单位', '下属单位', '下属各单位', '下属部门', '下属机构', '下属事业单位', '直属事业单位', '系统内',
  // named by the body's own kind (我委及委属单位, 本局和局属各单位)
  '委属单位', '委属各单位', '局属单位', '局属各单位', '厅属单位', '厅属各单位',
];

/**
 * What follows a government's name when the name only says whose channel it is (区政府信息公开平台, 县政府门户网站, 以区政府
 * 名义): the clause's subject is not the government then.
 */
export const GOVERNMENT_CHANNELS: readonly string[] = ['信息公开', '门户', '网站', '网', '平台', '公报', '政务', '微信', '微博', '公众号', '客户端', '热线', '名义', '官方'];

/** Words that join the report's own body to others in one subject (本机关及所属单位, 我局和各分局). */
export const JOINING_WORDS: readonly string[] = ['及其', '及', '和', '与', '以及', '连同', '、'];

/**
 * What a place named at a clause's start goes on with when the place is the clause's subject (盱眙县收到申请120件): what
 * its bodies did with applications and documents. Its government and its departments (盱眙县人民政府, 盱眙县住建局) are
 * read by name.
 */
export const PLACE_ACTS: readonly string[] = ['共', '全年', '本年', '累计', '收到', '受理', '办理', '办结', '答复', '新收', '制发', '印发'];

/** Endings of a township's name (城关镇, 东城街道): another body in a county's or district's report. */
export const TOWNSHIP_ENDINGS: readonly string[] = ['街道', '镇', '乡'];

/** Words that end in a township's ending without naming one (城乡, 乡镇, 城镇). */
export const NOT_TOWNSHIPS: readonly string[] = ['城乡', '乡镇', '城镇', '村镇', '集镇', '乡村', '小城镇'];

/**
 * A body acting in the government's name (区政府办代表区政府受理…, 区司法局以县政府名义应诉…): its figures are the
 * government's. `{level}` stands for any level.
 */
export const ACTING_FOR: readonly string[] = ['代表{level}政府', '代表{level}人民政府', '以{level}政府名义', '以{level}人民政府名义', '以{level}政府的名义'];

/**
 * Openings of a clause before its subject: time, connectives (2023年,全年,其中区住建局…). Removed, repeatedly, from
 * a clause's start before its subject is read.
 */
export const CLAUSE_OPENINGS: readonly string[] = [
  '本年度', '本年', '全年', '今年', '年内', '当年', '同期', '其中', '另外', '此外', '另有', '另', '同时', '截至目前', '目前', '共', '均', '辖区内',
];

/** Openings of a sentence that goes on with the one before it (…受理申请8件。其中予以公开5件): it keeps that one's subject. */
export const CONTINUING_OPENINGS: readonly string[] = ['其中'];
