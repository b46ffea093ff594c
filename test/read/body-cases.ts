/**
 * Short report heads and tails, written for these tests in the genre's usual renderings, with the body a careful
 * reader would name. The places are real divisions (so the region can be checked); the bodies, sentences, addresses
 * and numbers are invented. `body` is the canonical name expected, or null where the text does not say which body
 * made the report (the reader must then abstain). `region` is [province, city, county] when the body is placed.
 */
import type { Body, ReportRecord } from '../../src/model/types.js';
import { documentFromText } from '../../src/read/index.js';
import { applyMetadata } from '../../src/read/body/sources.js';

export interface BodyCase {
  id: string;
  group: string;
  text: string;
  body: string | null;
  region?: [string, string | null, string | null];
  /** A metadata row's province (sources.tsv), when the case gives one. */
  province?: string;
}

const OPEN = '\n一、总体情况\n2023年,我单位坚持以人民为中心推进政务公开,各项工作有序开展。\n二、主动公开政府信息情况\n';
const OPEN_JU = '\n一、总体情况\n2022年,我局认真贯彻落实《条例》,主动公开工作稳步推进。\n二、主动公开政府信息情况\n';
const OPEN_ZHEN = '\n一、总体情况\n2022年,我镇认真落实《条例》,政务公开工作不断深化。\n二、主动公开政府信息情况\n';
/** The later sections, long enough that the end of a report lies well away from its head. */
const TAIL = [
  '', '三、收到和处理政府信息公开申请情况', '本年度新收申请6件,均已按期答复。', '四、政府信息公开行政复议、行政诉讼情况',
  '本年度未发生行政复议、行政诉讼。', '五、存在的主要问题及改进情况', '(一)存在的主要问题', '一是公开内容不够丰富;二是解读形式较为单一。',
  '(二)改进情况', '下一步,将进一步加强业务培训,丰富解读形式。', '六、其他需要报告的事项', '本年度未收取信息处理费。', '',
].join('\n');

const JS_HUAIAN_JINHU: [string, string, string] = ['江苏省', '淮安市', '金湖县'];
const ZJ_DEQING: [string, string, string] = ['浙江省', '湖州市', '德清县'];
const SC_PIDU: [string, string, string] = ['四川省', '成都市', '郫都区'];
const AH_FEIXI: [string, string, string] = ['安徽省', '合肥市', '肥西县'];

export const BODY_CASES: BodyCase[] = [
  // title lines, with and without the places above the body
  { id: 'title-county-dept', group: 'title', text: `金湖县交通运输局2023年政府信息公开工作年度报告${OPEN}`, body: '江苏省淮安市金湖县交通运输局', region: JS_HUAIAN_JINHU },
  { id: 'title-city-county-gov', group: 'title', text: `淮安市金湖县人民政府2023年度政府信息公开工作年度报告${OPEN}`, body: '江苏省淮安市金湖县人民政府', region: JS_HUAIAN_JINHU },
  // 工作 inside a body's name, right before its ending (a 工作局, a 工作办公室)
  { id: 'title-work-bureau', group: 'title', text: `郫都区乡村振兴工作局2023年政府信息公开工作年度报告${OPEN_JU}`, body: '四川省成都市郫都区乡村振兴工作局', region: SC_PIDU },
  { id: 'title-work-office-inline', group: 'title', text: `肥西县金融工作办公室2022年政府信息公开工作年度报告(以下简称年报)是根据《条例》编制。${OPEN}`, body: '安徽省合肥市肥西县金融工作办公室', region: AH_FEIXI },
  { id: 'title-year-first', group: 'title', text: `2023年德清县人民政府政府信息公开工作年度报告${OPEN}`, body: '浙江省湖州市德清县人民政府', region: ZJ_DEQING },
  { id: 'title-name-line-above', group: 'title', text: `寿光市人民政府办公室\n2022年政府信息公开工作年度报告${OPEN}`, body: '山东省潍坊市寿光市人民政府办公室', region: ['山东省', '潍坊市', '寿光市'] },
  { id: 'title-bare-place-gov-named', group: 'title', text: `郫都区2022年政府信息公开工作年度报告${OPEN}本报告电子版可在郫都区人民政府门户网站查阅。`, body: '四川省成都市郫都区人民政府', region: SC_PIDU },
  { id: 'title-bare-county', group: 'title', text: `德清县2022年政府信息公开工作年度报告${OPEN}`, body: '浙江省湖州市德清县人民政府', region: ZJ_DEQING },
  { id: 'title-spaced', group: 'title', text: `醴陵市林业局 2021 年度 政府信息公开工作年度报告${OPEN}`, body: '湖南省株洲市醴陵市林业局', region: ['湖南省', '株洲市', '醴陵市'] },
  { id: 'title-broken-line', group: 'title', text: `涿州市市场监督管理局2022年度政府信息公开\n工作年度报告${OPEN}`, body: '河北省保定市涿州市市场监督管理局', region: ['河北省', '保定市', '涿州市'] },
  { id: 'title-guanyu-de', group: 'title', text: `阳朔县人民政府关于2021年度政府信息公开工作的年度报告${OPEN}`, body: '广西壮族自治区桂林市阳朔县人民政府', region: ['广西壮族自治区', '桂林市', '阳朔县'] },
  { id: 'title-town-with-county', group: 'title', text: `肥西县上派镇人民政府2022年政府信息公开工作年度报告${OPEN_ZHEN}`, body: '安徽省合肥市肥西县上派镇人民政府', region: AH_FEIXI },
  { id: 'title-town-unique', group: 'title', text: `上派镇2022年政务公开工作年度报告${OPEN_ZHEN}上派镇人民政府将继续做好政务公开工作。`, body: '安徽省合肥市肥西县上派镇人民政府', region: AH_FEIXI },
  { id: 'title-ambiguous-district-pinned', group: 'title', text: `鼓楼区人民政府2022年政府信息公开工作年度报告${OPEN}本报告电子版可在南京市鼓楼区人民政府门户网站查阅。`, body: '江苏省南京市鼓楼区人民政府', region: ['江苏省', '南京市', '鼓楼区'] },
  { id: 'title-ambiguous-district-unpinned', group: 'title', text: `鼓楼区人民政府2022年政府信息公开工作年度报告${OPEN}`, body: '鼓楼区人民政府' },
  { id: 'title-zhengwu', group: 'title', text: `湄潭县教育局2023年政务信息公开工作年度报告${OPEN}`, body: '贵州省遵义市湄潭县教育局', region: ['贵州省', '遵义市', '湄潭县'] },
  { id: 'title-book-marks', group: 'title', text: `《桐乡市财政局2022年度政府信息公开工作年度报告》${OPEN_JU}`, body: '浙江省嘉兴市桐乡市财政局', region: ['浙江省', '嘉兴市', '桐乡市'] },
  { id: 'title-yearless-year-below', group: 'title', text: `南康区卫生健康委员会政府信息公开工作年度报告\n(2022年度)${OPEN}`, body: '江西省赣州市南康区卫生健康委员会', region: ['江西省', '赣州市', '南康区'] },
  { id: 'title-spaced-chars', group: 'title', text: `金 湖 县 财 政 局\n2 0 2 2 年 政 府 信 息 公 开 工 作 年 度 报 告${OPEN_JU}`, body: '江苏省淮安市金湖县财政局', region: JS_HUAIAN_JINHU },
  { id: 'title-chinese-year', group: 'title', text: `德清县财政局二〇二二年政府信息公开工作年度报告${OPEN_JU}`, body: '浙江省湖州市德清县财政局', region: ZJ_DEQING },
  { id: 'title-under-breadcrumb', group: 'title', text: `当前位置:首页 > 政务公开 > 政府信息公开年报\n寿光市审计局2022年政府信息公开工作年度报告\n发布时间:2023-01-16 浏览次数:88${OPEN_JU}`, body: '山东省潍坊市寿光市审计局', region: ['山东省', '潍坊市', '寿光市'] },
  { id: 'title-qingkuang-de-baogao', group: 'title', text: `湄潭县人民政府关于2012年政府信息公开工作情况的报告\n一、概述\n2012年,县政府认真贯彻《条例》。\n`, body: '贵州省遵义市湄潭县人民政府', region: ['贵州省', '遵义市', '湄潭县'] },
  { id: 'title-bracketed-name', group: 'title', text: `【郫都区商务局】2022年度政府信息公开工作年度报告${OPEN_JU}`, body: '四川省成都市郫都区商务局', region: SC_PIDU },
  { id: 'title-customs', group: 'title', text: `宁波海关2022年政府信息公开工作年度报告${OPEN}`, body: '宁波海关' },
  { id: 'title-name-spaced-from-place', group: 'title', text: `金湖县 财政局 2022年政府信息公开工作年度报告${OPEN_JU}`, body: '江苏省淮安市金湖县财政局', region: JS_HUAIAN_JINHU },
  { id: 'title-below-other-reports', group: 'title', text: `相关链接\n德清县财政局2021年政府信息公开工作年度报告\n金湖县财政局2022年政府信息公开工作年度报告${OPEN_JU}`, body: '江苏省淮安市金湖县财政局', region: JS_HUAIAN_JINHU },
  { id: 'title-then-other-report-quoted', group: 'title', text: `金湖县财政局2022年政府信息公开工作年度报告\n本年度参照《德清县财政局2021年政府信息公开工作年度报告》的体例编写。${OPEN_JU}`, body: '江苏省淮安市金湖县财政局', region: JS_HUAIAN_JINHU },
  { id: 'title-work-report', group: 'title', text: `夷陵区司法局2022年度政府信息公开工作报告${OPEN_JU}`, body: '湖北省宜昌市夷陵区司法局', region: ['湖北省', '宜昌市', '夷陵区'] },

  // 编制/发布 sentences and the opening sentence
  { id: 'compiled-by-office', group: 'sentence', text: `政府信息公开工作年度报告\n本报告由肥西县人民政府办公室编制,所列数据统计期限自2022年1月1日起至2022年12月31日止。${OPEN}`, body: '安徽省合肥市肥西县人民政府办公室', region: AH_FEIXI },
  { id: 'compiled-by-leading-group', group: 'sentence', text: `本年度报告由涿州市人民政府信息公开工作领导小组办公室负责编制。${OPEN}`, body: '河北省保定市涿州市人民政府', region: ['河北省', '保定市', '涿州市'] },
  { id: 'te-bianzhi', group: 'sentence', text: `根据《条例》第五十条规定,特编制桐乡市财政局2022年度政府信息公开工作年度报告。${OPEN_JU}`, body: '浙江省嘉兴市桐乡市财政局', region: ['浙江省', '嘉兴市', '桐乡市'] },
  { id: 'xian-jiang', group: 'sentence', text: `现将寿光市自然资源和规划局2022年度政府信息公开工作情况报告如下。${OPEN_JU}`, body: '山东省潍坊市寿光市自然资源和规划局', region: ['山东省', '潍坊市', '寿光市'] },
  { id: 'jiehe-shiji', group: 'sentence', text: `依据《条例》要求,结合大理市住房和城乡建设局工作实际,形成本报告。${OPEN_JU}`, body: '云南省大理白族自治州大理市住房和城乡建设局', region: ['云南省', '大理白族自治州', '大理市'] },
  { id: 'opening-subject', group: 'sentence', text: `一、总体情况\n2022年,涿州市审计局坚持以习近平新时代中国特色社会主义思想为指导,扎实推进政务公开。\n二、主动公开政府信息情况\n`, body: '河北省保定市涿州市审计局', region: ['河北省', '保定市', '涿州市'] },
  { id: 'publishes-sentence', group: 'sentence', text: `按照《条例》要求,郫都区发展和改革局发布2022年度政府信息公开工作年度报告。${OPEN_JU}`, body: '四川省成都市郫都区发展和改革局', region: SC_PIDU },

  // contact blocks at the end
  { id: 'contact-sentence-office', group: 'contact', text: `政府信息公开工作年度报告${OPEN_ZHEN}${TAIL}如对本报告有任何疑问,请与晋江市陈埭镇人民政府党政办公室联系(地址:晋江市陈埭镇某某路1号,电话:0595-00000000,邮编:362200)。`, body: '福建省泉州市晋江市陈埭镇人民政府', region: ['福建省', '泉州市', '晋江市'] },
  { id: 'contact-lianxifangshi', group: 'contact', text: `政府信息公开工作年度报告${OPEN_ZHEN}${TAIL}联系方式:吴江区黎里镇人民政府党政办,电话:0512-00000000,邮编:215200。`, body: '江苏省苏州市吴江区黎里镇人民政府', region: ['江苏省', '苏州市', '吴江区'] },
  { id: 'contact-block-lines', group: 'contact', text: `政府信息公开工作年度报告${OPEN_ZHEN}${TAIL}联系单位:桐乡市乌镇镇人民政府\n联系地址:桐乡市乌镇镇某某路88号\n联系电话:0573-00000000\n邮编:314500`, body: '浙江省嘉兴市桐乡市乌镇镇人民政府', region: ['浙江省', '嘉兴市', '桐乡市'] },
  { id: 'contact-address-floor', group: 'contact', text: `政府信息公开工作年度报告${OPEN}${TAIL}地址:武侯区晋阳街道办事处三楼,电话:028-00000000。`, body: '四川省成都市武侯区晋阳街道办事处', region: ['四川省', '成都市', '武侯区'] },
  { id: 'contact-qing-lianxi-colon', group: 'contact', text: `政府信息公开工作年度报告${OPEN_ZHEN}${TAIL}如有疑问,请联系:桐乡市乌镇镇人民政府(电话:0573-00000000)。`, body: '浙江省嘉兴市桐乡市乌镇镇人民政府', region: ['浙江省', '嘉兴市', '桐乡市'] },
  { id: 'signature-at-end', group: 'contact', text: `政府信息公开工作年度报告${OPEN_JU}${TAIL}\n德清县财政局\n2023年1月18日`, body: '浙江省湖州市德清县财政局', region: ZJ_DEQING },
  { id: 'signature-date-in-chinese', group: 'contact', text: `2022年度政府信息公开工作年度报告${OPEN_JU}${TAIL}\n金湖县水务局\n二〇二三年一月十六日`, body: '江苏省淮安市金湖县水务局', region: JS_HUAIAN_JINHU },

  // page labels that lead or leak into the name
  { id: 'label-laiyuan', group: 'label', text: `来源:德清县人民政府 发布时间:2023-01-15\n2022年政府信息公开工作年度报告${OPEN}`, body: '浙江省湖州市德清县人民政府', region: ZJ_DEQING },
  { id: 'label-fabujigou', group: 'label', text: `索引号:000000000/2023-00001\n发布机构:金湖县水务局\n生成日期:2023-01-10\n2022年政府信息公开工作年度报告${OPEN_JU}`, body: '江苏省淮安市金湖县水务局', region: JS_HUAIAN_JINHU },
  { id: 'label-xinxilaiyuan', group: 'label', text: `信息来源:醴陵市统计局 浏览次数:120\n2022年度政府信息公开工作年度报告${OPEN_JU}`, body: '湖南省株洲市醴陵市统计局', region: ['湖南省', '株洲市', '醴陵市'] },
  { id: 'label-colon-lost', group: 'label', text: `信息来源寿光市财政局 2023-01-12\n2022年政府信息公开工作年度报告${OPEN_JU}`, body: '山东省潍坊市寿光市财政局', region: ['山东省', '潍坊市', '寿光市'] },
  { id: 'label-bracketed', group: 'label', text: `2022年政府信息公开工作年度报告\n[来源:金湖县财政局] [发布时间:2023-01-10]${OPEN_JU}`, body: '江苏省淮安市金湖县财政局', region: JS_HUAIAN_JINHU },
  { id: 'label-parent-publisher', group: 'label', text: `发布机构:肥西县人民政府\n上派镇人民政府2022年政府信息公开工作年度报告${OPEN_ZHEN}`, body: '安徽省合肥市肥西县上派镇人民政府', region: AH_FEIXI },
  { id: 'label-in-title-line', group: 'label', text: `来源:郫都区人民政府 | 郫都区2022年政府信息公开工作年度报告${OPEN}`, body: '四川省成都市郫都区人民政府', region: SC_PIDU },

  // bodies under a parent, zones, streets
  { id: 'parent-district-dept', group: 'parent', text: `成都市武侯区民政局2023年政府信息公开工作年度报告${OPEN_JU}`, body: '四川省成都市武侯区民政局', region: ['四川省', '成都市', '武侯区'] },
  { id: 'parent-county-town', group: 'parent', text: `湄潭县永兴镇人民政府2022年政府信息公开工作年度报告${OPEN_ZHEN}`, body: '贵州省遵义市湄潭县永兴镇人民政府', region: ['贵州省', '遵义市', '湄潭县'] },
  { id: 'town-ambiguous-pinned-by-text', group: 'parent', text: `永兴镇人民政府2022年政府信息公开工作年度报告${OPEN_ZHEN}本报告电子版可在湄潭县人民政府网站查阅。`, body: '贵州省遵义市湄潭县永兴镇人民政府', region: ['贵州省', '遵义市', '湄潭县'] },
  { id: 'town-ambiguous-unpinned', group: 'parent', text: `永兴镇人民政府2022年政府信息公开工作年度报告${OPEN_ZHEN}`, body: '永兴镇人民政府' },
  { id: 'zone-listed', group: 'zone', text: `合肥高新技术产业开发区管理委员会2022年政府信息公开工作年度报告${OPEN}`, body: '安徽省合肥市合肥高新技术产业开发区管理委员会', region: ['安徽省', '合肥市', '合肥高新技术产业开发区'] },
  { id: 'zone-short-city', group: 'zone', text: `株洲高新区管委会2022年政府信息公开工作年度报告${OPEN}`, body: '湖南省株洲市株洲高新区管委会', region: ['湖南省', '株洲市', null] },
  { id: 'zone-short-county', group: 'zone', text: `金湖经济开发区管理委员会2022年政府信息公开工作年度报告${OPEN}`, body: '江苏省淮安市金湖县金湖经济开发区管理委员会', region: JS_HUAIAN_JINHU },
  { id: 'zone-under-county', group: 'zone', text: `金湖县经济开发区管理委员会2022年政府信息公开工作年度报告${OPEN}`, body: '江苏省淮安市金湖县经济开发区管理委员会', region: JS_HUAIAN_JINHU },
  { id: 'zone-generic-alone', group: 'zone', text: `经济开发区管委会2022年政府信息公开工作年度报告${OPEN}`, body: '经济开发区管委会' },
  { id: 'street-with-district', group: 'street', text: `成都市武侯区晋阳街道办事处2022年政府信息公开工作年度报告${OPEN}`, body: '四川省成都市武侯区晋阳街道办事处', region: ['四川省', '成都市', '武侯区'] },
  { id: 'street-unique', group: 'street', text: `小溪塔街道办事处2022年度政府信息公开工作年度报告${OPEN}`, body: '湖北省宜昌市夷陵区小溪塔街道办事处', region: ['湖北省', '宜昌市', '夷陵区'] },
  { id: 'street-ambiguous-pinned', group: 'street', text: `下关街道办事处2022年政府信息公开工作年度报告${OPEN}本报告可在大理市人民政府门户网站下载。`, body: '云南省大理白族自治州大理市下关街道办事处', region: ['云南省', '大理白族自治州', '大理市'] },
  { id: 'street-bare', group: 'street', text: `灵隐街道2022年政府信息公开工作年度报告${OPEN}`, body: '浙江省杭州市西湖区灵隐街道', region: ['浙江省', '杭州市', '西湖区'] },
  { id: 'street-short-jie', group: 'street', text: `劝业场街2022年政府信息公开工作年度报告${OPEN}`, body: '天津市和平区劝业场街道', region: ['天津市', '天津市', '和平区'] },

  // departments whose name leaves out the region: the title above, the portal or the metadata gives it
  { id: 'omitted-portal', group: 'omitted', text: `区民政局2023年政府信息公开工作年度报告${OPEN_JU}${TAIL}本报告电子版可在郫都区人民政府门户网站查阅。`, body: '四川省成都市郫都区民政局', region: SC_PIDU },
  { id: 'omitted-source-label', group: 'omitted', text: `来源:德清县人民政府\n县卫生健康局2022年政府信息公开工作年度报告${OPEN_JU}`, body: '浙江省湖州市德清县卫生健康局', region: ZJ_DEQING },
  { id: 'omitted-no-place', group: 'omitted', text: `县卫生健康局2022年政府信息公开工作年度报告${OPEN_JU}`, body: null },
  { id: 'omitted-meta-province', group: 'omitted', text: `湄江街道办事处2022年政府信息公开工作年度报告${OPEN}`, body: '贵州省遵义市湄潭县湄江街道办事处', region: ['贵州省', '遵义市', '湄潭县'], province: '贵州' },

  // traditional characters
  { id: 'trad-title', group: 'traditional', text: '德清縣衛生健康局2022年政府信息公開工作年度報告\n一、總體情況\n2022年,我局認真貫徹《條例》,穩步推進政務公開。\n二、主動公開政府信息情況\n', body: '浙江省湖州市德清县卫生健康局', region: ZJ_DEQING },
  { id: 'trad-compiler', group: 'traditional', text: '本報告由金湖縣人民政府辦公室編製,統計期限自2022年1月1日起至2022年12月31日止。\n一、總體情況\n2022年,本辦認真貫徹《條例》。\n', body: '江苏省淮安市金湖县人民政府办公室', region: JS_HUAIAN_JINHU },
  { id: 'trad-street', group: 'traditional', text: '晉陽街道辦事處2021年政府信息公開工作年度報告\n一、總體情況\n2021年,我街道穩步推進政務公開。\n', body: '四川省成都市武侯区晋阳街道办事处', region: ['四川省', '成都市', '武侯区'] },

  // bodies merely mentioned: a superior office, a portal owner, a site footer. The report's own body is unnamed.
  { id: 'superior-in-genju', group: 'abstain', text: `政府信息公开工作年度报告\n根据湄潭县人民政府办公室《关于做好2022年度政府信息公开工作年度报告编制发布工作的通知》要求,现将我局2022年政府信息公开工作情况报告如下。${OPEN_JU}`, body: null },
  { id: 'superior-leading-group', group: 'abstain', text: `2022年度政府信息公开工作年度报告\n按照德清县人民政府信息公开工作领导小组办公室的统一部署,我局编制了本报告。${OPEN_JU}`, body: null },
  { id: 'superior-in-opening', group: 'abstain', text: `一、总体情况\n2022年,在德清县人民政府的正确领导下,我局认真贯彻《条例》。\n二、主动公开政府信息情况\n`, body: null },
  { id: 'site-banner', group: 'abstain', text: `德清县人民政府\n首页 | 政务公开 | 政务服务 | 互动交流\n2022年度政府信息公开工作年度报告${OPEN_JU}`, body: null },
  { id: 'label-government-on-department-report', group: 'abstain', text: `来源:金湖县人民政府\n2022年度政府信息公开工作年度报告${OPEN_JU}我局收到申请2件。`, body: null },
  { id: 'government-office-contact-on-department-report', group: 'abstain', text: `2022年度政府信息公开工作年度报告${OPEN_JU}我局全年主动公开信息50条。${TAIL}如对本报告有疑问,请与金湖县人民政府信息公开办公室联系。`, body: null },
  { id: 'bare-county-title-on-department-report', group: 'abstain', text: `金湖县2022年政府信息公开工作年度报告${OPEN_JU}我局全年主动公开信息50条。`, body: null },
  { id: 'county-office-contact-on-township-report', group: 'abstain', text: `2022年度政府信息公开工作年度报告${OPEN_ZHEN}我镇全年主动公开信息80条。${TAIL}如对本报告有疑问,请与金湖县人民政府办公室联系。`, body: null },
  { id: 'district-bureau-contact-on-street-report', group: 'abstain', text: `政府信息公开工作年度报告\n一、总体情况\n2022年,我街道稳步推进政务公开,本街道全年公开信息60条。${TAIL}如有疑问,请与武侯区政务服务管理局联系。`, body: null },
  { id: 'site-footer', group: 'abstain', text: `2022年度政府信息公开工作年度报告${OPEN_JU}${TAIL}主办单位:金湖县人民政府办公室 承办单位:金湖县大数据中心 ICP备00000000号`, body: null },
  { id: 'only-self-reference', group: 'abstain', text: `一、总体情况\n2022年,区政府办公室认真贯彻《条例》,我办主动公开政府信息120条。\n二、主动公开政府信息情况\n`, body: null },
  { id: 'level-only-title', group: 'abstain', text: `区政府办公室2022年政府信息公开工作年度报告${OPEN}`, body: null },
  { id: 'portal-mention-only', group: 'abstain', text: `2022年度政府信息公开工作年度报告${OPEN_JU}${TAIL}本报告电子版可在金湖县人民政府门户网站查阅。`, body: null },
  { id: 'superior-mentioned-title-named', group: 'parent', text: `湄潭县农业农村局2022年政府信息公开工作年度报告\n根据遵义市人民政府办公室的统一部署,现将有关情况报告如下。${OPEN_JU}`, body: '贵州省遵义市湄潭县农业农村局', region: ['贵州省', '遵义市', '湄潭县'] },
];

export interface CaseResult {
  agency: string | null;
  body: Body | null;
  outcome: 'right' | 'wrong' | 'missing' | 'abstained' | 'named';
  regionRight: boolean | null;
}

/** The reader on one case: text → metadata, then the case's metadata province, scored against what it expects. */
export function runCase(c: BodyCase): CaseResult {
  const meta = documentFromText(c.text).meta;
  let body = meta.body ?? null;
  if (c.province) {
    const record = { status: 'ok', agency: meta.agency, body, year: meta.year, origin: meta.origin } as ReportRecord;
    body = applyMetadata(record, { file: '', agency: null, year: null, url: null, province: c.province }).body ?? null;
  }
  const got = body?.name ?? null;
  const outcome = c.body === null ? (got === null ? 'abstained' : 'named') : got === null ? 'missing' : got === c.body ? 'right' : 'wrong';
  const region = c.region;
  const regionRight = region ? !!body && body.province === region[0] && body.city === region[1] && body.county === region[2] : null;
  return { agency: meta.agency, body, outcome, regionRight };
}
