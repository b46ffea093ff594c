/**
 * A second batch of report heads and tails, written after the reader's rules were set from body-cases.ts and run
 * unchanged first, as a check of how the rules carry to renderings they were not made from. Same conventions as
 * body-cases.ts: real places, invented bodies and sentences.
 */
import type { BodyCase } from './body-cases.js';

const OPEN = '\n一、总体情况\n2023年,本机关持续深化政务公开,不断提升公开质量。\n二、主动公开政府信息情况\n';
const OPEN_JU = '\n一、总体情况\n2023年,我局深入贯彻《条例》,稳步推进政务公开。\n二、主动公开政府信息情况\n';
const OPEN_JD = '\n一、总体情况\n2023年,我街道坚持公开为常态,不公开为例外。\n二、主动公开政府信息情况\n';
const MIDDLE = [
  '', '三、收到和处理政府信息公开申请情况', '本年新收申请9件,上年结转1件,均已办结。', '四、政府信息公开行政复议、行政诉讼情况',
  '本年度未发生因政府信息公开引起的行政复议、行政诉讼。', '五、存在的主要问题及改进情况', '一是工作人员业务能力有待提升。',
  '二是政策解读的形式还不够丰富。', '下一步,我们将加强培训,提升解读质量。', '六、其他需要报告的事项', '本年度未收取信息处理费。', '',
].join('\n');

export const HELD_OUT_CASES: BodyCase[] = [
  { id: 'h-title-dept', group: 'title', text: `兰陵县农业农村局2023年政府信息公开工作年度报告${OPEN_JU}`, body: '山东省临沂市兰陵县农业农村局', region: ['山东省', '临沂市', '兰陵县'] },
  { id: 'h-title-city-dept-full', group: 'title', text: `洛阳市栾川县应急管理局2023年度政府信息公开工作年度报告${OPEN_JU}`, body: '河南省洛阳市栾川县应急管理局', region: ['河南省', '洛阳市', '栾川县'] },
  { id: 'h-title-province-city', group: 'title', text: `广东省佛山市顺德区人民政府2023年政府信息公开工作年度报告${OPEN}`, body: '广东省佛山市顺德区人民政府', region: ['广东省', '佛山市', '顺德区'] },
  { id: 'h-title-name-below', group: 'title', text: `2023年政府信息公开工作年度报告\n凤翔区人民政府办公室\n${OPEN}`, body: '陕西省宝鸡市凤翔区人民政府办公室', region: ['陕西省', '宝鸡市', '凤翔区'] },
  { id: 'h-title-municipality-district', group: 'title', text: `重庆市渝北区财政局2023年政府信息公开工作年度报告${OPEN_JU}`, body: '重庆市渝北区财政局', region: ['重庆市', '重庆市', '渝北区'] },
  { id: 'h-title-municipality-town', group: 'title', text: `浦东新区张江镇2023年政府信息公开工作年度报告${OPEN}`, body: '上海市浦东新区张江镇', region: ['上海市', '上海市', '浦东新区'] },
  { id: 'h-title-ambiguous-by-portal', group: 'title', text: `朝阳区人民政府2023年政府信息公开工作年度报告${OPEN}${MIDDLE}本报告电子版可在“长春市朝阳区人民政府”门户网站下载。`, body: '吉林省长春市朝阳区人民政府', region: ['吉林省', '长春市', '朝阳区'] },
  { id: 'h-title-ambiguous-left', group: 'title', text: `城关区人民政府2023年政府信息公开工作年度报告${OPEN}`, body: '城关区人民政府' },
  { id: 'h-title-wrapped', group: 'title', text: `麒麟区住房和城乡建设局2023年度政府信息\n公开工作年度报告${OPEN_JU}`, body: '云南省曲靖市麒麟区住房和城乡建设局', region: ['云南省', '曲靖市', '麒麟区'] },
  { id: 'h-title-short-gov', group: 'title', text: `武宁县政府2023年政府信息公开工作年度报告${OPEN}`, body: '江西省九江市武宁县人民政府', region: ['江西省', '九江市', '武宁县'] },
  { id: 'h-compiled-by', group: 'sentence', text: `政府信息公开工作年度报告\n本报告由望城区人民政府办公室根据《条例》要求编制。${OPEN}`, body: '湖南省长沙市望城区人民政府办公室', region: ['湖南省', '长沙市', '望城区'] },
  { id: 'h-te-bianzhi-town', group: 'sentence', text: `按照《条例》规定,特编制宜兴市丁蜀镇人民政府2023年政府信息公开工作年度报告。${OPEN}`, body: '江苏省无锡市宜兴市丁蜀镇人民政府', region: ['江苏省', '无锡市', '宜兴市'] },
  { id: 'h-opening-subject-street', group: 'sentence', text: `一、总体情况\n2023年,顺德区大良街道办事处紧紧围绕中心工作,扎实推进政务公开。\n二、主动公开政府信息情况\n`, body: '广东省佛山市顺德区大良街道办事处', region: ['广东省', '佛山市', '顺德区'] },
  { id: 'h-contact-end', group: 'contact', text: `政府信息公开工作年度报告${OPEN_JD}${MIDDLE}如对本报告有疑问,请与东阳市横店镇人民政府党政办公室联系,联系电话:0579-00000000。`, body: '浙江省金华市东阳市横店镇人民政府', region: ['浙江省', '金华市', '东阳市'] },
  { id: 'h-signature', group: 'contact', text: `2023年度政府信息公开工作年度报告${OPEN_JU}${MIDDLE}\n赛罕区市场监督管理局\n2024年1月22日`, body: '内蒙古自治区呼和浩特市赛罕区市场监督管理局', region: ['内蒙古自治区', '呼和浩特市', '赛罕区'] },
  { id: 'h-contact-unit-line', group: 'contact', text: `政府信息公开工作年度报告${OPEN_JU}${MIDDLE}联系单位:石狮市教育局办公室\n联系地址:石狮市某某大道100号\n邮政编码:362700`, body: '福建省泉州市石狮市教育局', region: ['福建省', '泉州市', '石狮市'] },
  { id: 'h-label-fabu', group: 'label', text: `发布机构:巩义市自然资源局 发布日期:2024-01-18 字号:大 中 小\n2023年度政府信息公开工作年度报告${OPEN_JU}`, body: '河南省郑州市巩义市自然资源局', region: ['河南省', '郑州市', '巩义市'] },
  { id: 'h-label-laiyuan-town', group: 'label', text: `来源:新郑市龙湖镇人民政府 时间:2024-01-10\n龙湖镇2023年政府信息公开工作年度报告${OPEN}`, body: '河南省郑州市新郑市龙湖镇人民政府', region: ['河南省', '郑州市', '新郑市'] },
  { id: 'h-omitted-label-place', group: 'omitted', text: `信息来源:鄞州区人民政府\n区司法局2023年政府信息公开工作年度报告${OPEN_JU}`, body: '浙江省宁波市鄞州区司法局', region: ['浙江省', '宁波市', '鄞州区'] },
  { id: 'h-town-ambiguous-text', group: 'parent', text: `姜山镇人民政府2023年政府信息公开工作年度报告${OPEN}${MIDDLE}本报告电子版可在鄞州区人民政府门户网站查阅。`, body: '浙江省宁波市鄞州区姜山镇人民政府', region: ['浙江省', '宁波市', '鄞州区'] },
  { id: 'h-dept-parent-mentioned', group: 'parent', text: `道里区城市管理和行政执法局2023年政府信息公开工作年度报告\n根据哈尔滨市人民政府办公厅工作部署,结合本单位实际,编制本报告。${OPEN_JU}`, body: '黑龙江省哈尔滨市道里区城市管理和行政执法局', region: ['黑龙江省', '哈尔滨市', '道里区'] },
  { id: 'h-trad-dept', group: 'traditional', text: '東陽市教育局2023年政府信息公開工作年度報告\n一、總體情況\n2023年,我局紮實推進政務公開。\n', body: '浙江省金华市东阳市教育局', region: ['浙江省', '金华市', '东阳市'] },
  { id: 'h-superior-notice', group: 'abstain', text: `2023年度政府信息公开工作年度报告\n根据栾川县人民政府办公室关于做好年度报告编制发布工作的通知要求,我局认真编制了本年度报告。${OPEN_JU}`, body: null },
  { id: 'h-banner-adjacent-dept', group: 'abstain', text: `巩义市人民政府\n2023年度政府信息公开工作年度报告${OPEN_JU}我局全年收到申请4件,本局均已按期答复。`, body: null },
  { id: 'h-only-we', group: 'abstain', text: `一、总体情况\n2023年,我街道认真落实上级部署,政务公开工作取得新进展。\n二、主动公开政府信息情况\n`, body: null },
  // web-page renderings: site names after the title, 标题 labels, notices that wrap the report, branch offices
  { id: 'h-web-title-site-suffix', group: 'web', text: `萧山区发展和改革局2023年政府信息公开工作年度报告_萧山区人民政府门户网站\n${OPEN_JU}`, body: '浙江省杭州市萧山区发展和改革局', region: ['浙江省', '杭州市', '萧山区'] },
  { id: 'h-web-title-label', group: 'web', text: `标题:新都区统计局2023年度政府信息公开工作年度报告\n发文日期:2024年01月19日\n${OPEN_JU}`, body: '四川省成都市新都区统计局', region: ['四川省', '成都市', '新都区'] },
  { id: 'h-web-branch', group: 'web', text: `永川区公安局交通巡逻警察支队2023年政府信息公开工作年度报告${OPEN}`, body: '重庆市永川区公安局交通巡逻警察支队', region: ['重庆市', '重庆市', '永川区'] },
  { id: 'h-web-vertical', group: 'web', text: `国家税务总局射阳县税务局2023年政府信息公开工作年度报告${OPEN_JU}`, body: '国家税务总局江苏省盐城市射阳县税务局', region: ['江苏省', '盐城市', '射阳县'] },
  { id: 'h-web-street-site', group: 'web', text: `首页 > 信息公开 > 法定主动公开内容 > 政府信息公开年报\n锦城街道2023年度政府信息公开工作年度报告\n信息来源:临安区人民政府 发布日期:2024-01-25\n${OPEN_JD}`, body: '浙江省杭州市临安区锦城街道', region: ['浙江省', '杭州市', '临安区'] },
  { id: 'h-web-ambiguous-by-label', group: 'web', text: `来源:南通市通州区人民政府\n通州区人民政府2023年政府信息公开工作年度报告${OPEN}`, body: '江苏省南通市通州区人民政府', region: ['江苏省', '南通市', '通州区'] },
  { id: 'h-web-town-named-short', group: 'web', text: `合德镇政府2023年政府信息公开工作年度报告${OPEN}`, body: '江苏省盐城市射阳县合德镇人民政府', region: ['江苏省', '盐城市', '射阳县'] },
  { id: 'h-web-year-bracket', group: 'web', text: `仁和街道办事处政府信息公开工作年度报告(2023年)\n${OPEN_JD}`, body: '浙江省杭州市余杭区仁和街道办事处', region: ['浙江省', '杭州市', '余杭区'] },
  { id: 'h-web-superior-label-only', group: 'abstain', text: `发布机构:大丰区人民政府办公室\n2023年度政府信息公开工作年度报告${OPEN_JU}本局将进一步做好政务公开工作。`, body: null },
  { id: 'h-web-superior-genju-title-bare', group: 'abstain', text: `政府信息公开工作年度报告\n根据《射阳县人民政府关于做好政务公开工作的通知》要求,现将本局2023年度政府信息公开工作情况报告如下。${OPEN_JU}`, body: null },
  // a third batch, also run unchanged first: PDF page furniture, older titles, direct-administered places
  { id: 'h3-pdf-page-header', group: 'pdf', text: `— 1 —\n都江堰市水务局\n2023年政府信息公开工作年度报告\n${OPEN_JU}— 2 —\n${MIDDLE}`, body: '四川省成都市都江堰市水务局', region: ['四川省', '成都市', '都江堰市'] },
  { id: 'h3-pdf-cover-date', group: 'pdf', text: `灌口街道办事处\n2023年度政府信息公开工作年度报告\n2024年1月\n${OPEN_JD}`, body: '四川省成都市都江堰市灌口街道办事处', region: ['四川省', '成都市', '都江堰市'] },
  { id: 'h3-direct-county-city', group: 'pdf', text: `仙桃市人民政府2023年政府信息公开工作年度报告${OPEN}`, body: '湖北省仙桃市人民政府', region: ['湖北省', null, '仙桃市'] },
  { id: 'h3-direct-street', group: 'pdf', text: `沙嘴街道办事处2023年政府信息公开工作年度报告${OPEN_JD}`, body: '湖北省仙桃市沙嘴街道办事处', region: ['湖北省', null, '仙桃市'] },
  { id: 'h3-forestry-district', group: 'pdf', text: `神农架林区2023年政府信息公开工作年度报告${OPEN}`, body: '湖北省神农架林区人民政府', region: ['湖北省', null, '神农架林区'] },
  { id: 'h3-legacy-title', group: 'older', text: `丰台区卢沟桥街道办事处2012年政府信息公开工作年度报告\n一、概述\n2012年,街道办事处认真贯彻《条例》。\n`, body: '北京市丰台区卢沟桥街道办事处', region: ['北京市', '北京市', '丰台区'] },
  { id: 'h3-legacy-guanyu', group: 'older', text: `崇明区城桥镇人民政府关于2015年政府信息公开工作情况的报告\n一、概述\n2015年,城桥镇认真落实《条例》。\n`, body: '上海市崇明区城桥镇人民政府', region: ['上海市', '上海市', '崇明区'] },
  { id: 'h3-city-dept-short', group: 'older', text: `海口市美兰区教育局2023年政府信息公开工作年度报告${OPEN_JU}`, body: '海南省海口市美兰区教育局', region: ['海南省', '海口市', '美兰区'] },
  { id: 'h3-trad-street', group: 'traditional', text: '義烏市稠城街道辦事處2023年政府信息公開工作年度報告\n一、總體情況\n2023年,我街道紮實推進政務公開。\n', body: '浙江省金华市义乌市稠城街道办事处', region: ['浙江省', '金华市', '义乌市'] },
  { id: 'h3-autonomous-prefecture', group: 'older', text: `延吉市人力资源和社会保障局2023年政府信息公开工作年度报告${OPEN_JU}`, body: '吉林省延边朝鲜族自治州延吉市人力资源和社会保障局', region: ['吉林省', '延边朝鲜族自治州', '延吉市'] },
  { id: 'h3-contact-then-signature', group: 'pdf', text: `政府信息公开工作年度报告${OPEN_JD}${MIDDLE}联系电话:020-00000000\n\n番禺区市桥街道办事处\n2024年1月15日`, body: '广东省广州市番禺区市桥街道办事处', region: ['广东省', '广州市', '番禺区'] },
  { id: 'h3-abstain-portal-head', group: 'abstain', text: `和龙市人民政府门户网站\n当前位置:首页 > 政府信息公开 > 年度报告\n2023年度政府信息公开工作年度报告${OPEN_JU}本局全年受理申请3件。`, body: null },
  { id: 'h3-abstain-we-office', group: 'abstain', text: `一、总体情况\n2023年,县政府办公室牵头推进全县政务公开,我办主动公开信息200条。\n二、主动公开政府信息情况\n`, body: null },
];
