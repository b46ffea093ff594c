/**
 * Report heads and tails in renderings that wrap, sign or surround the report: a notice that forwards it (关于印发《…年度
 * 报告》的通知), the body signing with its date on the same line or with a web page's furniture below, a 编制单位 line
 * at the end of a long report, links to other reports under the text. Same conventions as body-cases.ts: real places,
 * invented bodies, sentences and numbers.
 */
import type { BodyCase } from './body-cases.js';

const OPEN = '\n一、总体情况\n2023年,本机关扎实推进政务公开,公开质量稳步提升。\n二、主动公开政府信息情况\n';
const OPEN_JU = '\n一、总体情况\n2023年,我局对照《条例》要求,持续做好主动公开。\n二、主动公开政府信息情况\n';
const OPEN_ZHEN = '\n一、总体情况\n2023年,我镇把政务公开作为重点工作推进。\n二、主动公开政府信息情况\n';
const REST = [
  '', '三、收到和处理政府信息公开申请情况', '本年共收到申请5件,全部按时答复。', '四、政府信息公开行政复议、行政诉讼情况',
  '本年度无行政复议和行政诉讼案件。', '五、存在的主要问题及改进情况', '一是主动公开的时效性有待加强。', '六、其他需要报告的事项',
  '本年度未收取信息处理费。', '',
].join('\n');
/** What a government site prints under a page's text. */
const PAGE_FOOTER = [
  '附件下载:', '【打印本页】【关闭窗口】', '分享到:', '相关链接', '网站地图 | 联系我们 | 使用帮助', '主办单位:某某办公室',
  '网站标识码:0000000000', '备案号:某ICP备00000000号', '公安机关备案号:00000000000000', '技术支持:某某信息技术有限公司',
].join('\n');

/** Enough of a section that the end of a report lies beyond its head. */
const LONG = `\n${'本年度围绕重点领域持续做好主动公开,及时发布政策文件和解读材料。\n'.repeat(140)}`;

export const FORWARDED_CASES: BodyCase[] = [
  // the report title inside the notice names the body; the office that sends it out is not the body
  { id: 'f-notice-place-in-book', group: 'forwarded', text: `盱眙县人民政府办公室关于印发《盱眙县2023年政府信息公开工作年度报告》的通知\n各镇人民政府,县各有关部门:\n现将《盱眙县2023年政府信息公开工作年度报告》印发给你们,请遵照执行。\n盱眙县人民政府办公室\n2024年1月22日${OPEN}${REST}`, body: '江苏省淮安市盱眙县人民政府', region: ['江苏省', '淮安市', '盱眙县'] },
  { id: 'f-notice-no-book-marks', group: 'forwarded', text: `宁乡市人民政府办公室关于公布宁乡市2023年度政府信息公开工作年度报告的通知\n各镇人民政府、街道办事处,市直各单位:\n现予公布,请登录门户网站查阅。${OPEN}${REST}`, body: '湖南省长沙市宁乡市人民政府', region: ['湖南省', '长沙市', '宁乡市'] },
  { id: 'f-notice-dept-in-book', group: 'forwarded', text: `关于印发《桐庐县水利局2023年政府信息公开工作年度报告》的通知\n局属各单位、机关各科室:\n现印发给你们。${OPEN_JU}${REST}`, body: '浙江省杭州市桐庐县水利局', region: ['浙江省', '杭州市', '桐庐县'] },
  { id: 'f-notice-label-of-office', group: 'forwarded', text: `发布机构:盱眙县人民政府办公室\n关于印发《盱眙县2023年政府信息公开工作年度报告》的通知${OPEN}${REST}`, body: '江苏省淮安市盱眙县人民政府', region: ['江苏省', '淮安市', '盱眙县'] },
  // a superior's notice cited by the report names neither its body nor a report of its own
  { id: 'f-cited-work-points', group: 'abstain', text: `2023年度政府信息公开工作年度报告\n根据《盱眙县人民政府办公室关于印发〈盱眙县2023年政务公开工作要点〉的通知》要求,我局编制本报告。${OPEN_JU}${REST}`, body: null },
  { id: 'f-cited-drafting-guide', group: 'abstain', text: `2023年度政府信息公开工作年度报告\n依照《关于印发〈宁乡市2023年度政府信息公开工作年度报告编制指引〉的通知》,编制本报告。\n一、总体情况\n2023年,本单位稳步推进政务公开。\n${REST}`, body: null },
  { id: 'f-notice-without-name', group: 'abstain', text: `盱眙县人民政府办公室关于公布2023年度政府信息公开工作年度报告的通知\n局机关各科室:${OPEN_JU}我局全年收到申请5件。${REST}`, body: null },

  // the signature at the end, as pages render it
  { id: 'f-signature-same-line', group: 'signature', text: `2023年度政府信息公开工作年度报告${OPEN_JU}${REST}\n桐庐县水利局  2024年1月19日`, body: '浙江省杭州市桐庐县水利局', region: ['浙江省', '杭州市', '桐庐县'] },
  { id: 'f-signature-numeric-date', group: 'signature', text: `2023年度政府信息公开工作年度报告${OPEN_ZHEN}${REST}\n横村镇人民政府\n2024-01-19`, body: '浙江省杭州市桐庐县横村镇人民政府', region: ['浙江省', '杭州市', '桐庐县'] },
  { id: 'f-signature-above-footer', group: 'signature', text: `2023年度政府信息公开工作年度报告${OPEN_JU}${REST}\n宁乡市自然资源局\n2024年1月19日\n${PAGE_FOOTER}`, body: '湖南省长沙市宁乡市自然资源局', region: ['湖南省', '长沙市', '宁乡市'] },
  { id: 'f-signature-dotted-date', group: 'signature', text: `2023年度政府信息公开工作年度报告${OPEN}${REST}\n盱眙经济开发区管理委员会\n2024.1.19`, body: '江苏省淮安市盱眙县盱眙经济开发区管理委员会', region: ['江苏省', '淮安市', '盱眙县'] },
  // a footer's publisher line under a department's report is no signature
  { id: 'f-compiler-label-at-end', group: 'label', text: `2023年度政府信息公开工作年度报告${OPEN_JU}${LONG}${REST}\n编制单位:宁乡市自然资源局\n`, body: '湖南省长沙市宁乡市自然资源局', region: ['湖南省', '长沙市', '宁乡市'] },
  { id: 'f-publisher-label-at-end', group: 'label', text: `2023年度政府信息公开工作年度报告${OPEN_ZHEN}${LONG}${REST}\n发布单位:桐庐县横村镇人民政府\n`, body: '浙江省杭州市桐庐县横村镇人民政府', region: ['浙江省', '杭州市', '桐庐县'] },

  // a name wrapped over the lines of a cover; a level-only department placed by the portal named at the end
  { id: 'f-cover-name-wrapped', group: 'wrapped', text: `宁乡市农业农村和\n水利局2023年政府信息公开工作年度报告${OPEN_JU}${REST}`, body: '湖南省长沙市宁乡市农业农村和水利局', region: ['湖南省', '长沙市', '宁乡市'] },
  // a PDF title wrapped inside its name or its report phrase, or spaced apart by the extractor
  { id: 'f-title-wrapped-inside-name', group: 'wrapped', text: `宁乡市人民政府办\n公室2023年政府信息公开工作年度报告${OPEN}${REST}`, body: '湖南省长沙市宁乡市人民政府办公室', region: ['湖南省', '长沙市', '宁乡市'] },
  { id: 'f-title-spaced-inside-name', group: 'wrapped', text: `宁乡市人民政府办 公室2023年政府信息公开工作年度报告${OPEN}${REST}`, body: '湖南省长沙市宁乡市人民政府办公室', region: ['湖南省', '长沙市', '宁乡市'] },
  { id: 'f-title-spaced-inside-place', group: 'wrapped', text: `宁乡 市自然资源局2023年政府信息公开工作年度报告${OPEN_JU}${REST}`, body: '湖南省长沙市宁乡市自然资源局', region: ['湖南省', '长沙市', '宁乡市'] },
  { id: 'f-title-spaced-twice-inside-name', group: 'wrapped', text: `宁乡市人 民政府办 公室2023年政府信息公开工作年度报告${OPEN}${REST}`, body: '湖南省长沙市宁乡市人民政府办公室', region: ['湖南省', '长沙市', '宁乡市'] },
  { id: 'f-sentence-wrapped-inside-name', group: 'wrapped', text: `根据《中华人民共和国政府信息公开条例》要求,现公布宁乡市人民政府办\n公室2023年政府信息公开工作年度报告。${OPEN}${REST}`, body: '湖南省长沙市宁乡市人民政府办公室', region: ['湖南省', '长沙市', '宁乡市'] },
  { id: 'f-title-wrapped-inside-phrase', group: 'wrapped', text: `宁乡市自然资源局2023年政府信息公开工\n作年度报告${OPEN_JU}${REST}`, body: '湖南省长沙市宁乡市自然资源局', region: ['湖南省', '长沙市', '宁乡市'] },
  { id: 'f-title-spaced-inside-phrase', group: 'wrapped', text: `桐庐县水利局2023年政府信息公开 工作年度报告${OPEN_JU}${REST}`, body: '浙江省杭州市桐庐县水利局', region: ['浙江省', '杭州市', '桐庐县'] },
  { id: 'f-cover-place-own-line', group: 'wrapped', text: `桐庐县\n水利局\n2023年政府信息公开工作年度报告${OPEN_JU}${REST}`, body: '浙江省杭州市桐庐县水利局', region: ['浙江省', '杭州市', '桐庐县'] },
  { id: 'f-level-dept-portal-at-end', group: 'wrapped', text: `县水利局2023年政府信息公开工作年度报告${OPEN_JU}${LONG}${REST}本报告电子版可在桐庐县人民政府门户网站查阅。`, body: '浙江省杭州市桐庐县水利局', region: ['浙江省', '杭州市', '桐庐县'] },
  { id: 'f-yearless-title-year-in-brackets', group: 'wrapped', text: `宁乡市自然资源局政府信息公开工作年度报告(2023)${OPEN_JU}${REST}`, body: '湖南省长沙市宁乡市自然资源局', region: ['湖南省', '长沙市', '宁乡市'] },
  // PDF blanks elsewhere: inside the title phrase's optional words, in the name after the year, a lone character spaced
  // off a name, and sentences that name or complete the body wrapped inside the name
  { id: 'f-title-spaced-after-optional-word', group: 'wrapped', text: `桐庐县水利局2023年政府 信息公开工作年度报告${OPEN_JU}${REST}`, body: '浙江省杭州市桐庐县水利局', region: ['浙江省', '杭州市', '桐庐县'] },
  { id: 'f-title-name-after-year-spaced', group: 'wrapped', text: `2023年宁乡市人民政府办 公室政府信息公开工作年度报告${OPEN}${REST}`, body: '湖南省长沙市宁乡市人民政府办公室', region: ['湖南省', '长沙市', '宁乡市'] },
  { id: 'f-title-lone-character-spaced', group: 'wrapped', text: `横 村镇2023年政府信息公开工作年度报告${OPEN_ZHEN}${REST}`, body: '浙江省杭州市桐庐县横村镇', region: ['浙江省', '杭州市', '桐庐县'] },
  { id: 'f-title-unplaced-zone-spaced', group: 'wrapped', text: `栖霞山工 业园区2023年政府信息公开工作年度报告${OPEN}${REST}`, body: '栖霞山工业园区' },
  { id: 'f-contact-wrapped-inside-fuller-name', group: 'wrapped', text: `横村镇2023年政府信息公开工作年度报告${OPEN_ZHEN}${REST}如对本报告有疑问,请与桐庐县横村\n镇人民政府党政办联系。`, body: '浙江省杭州市桐庐县横村镇人民政府', region: ['浙江省', '杭州市', '桐庐县'] },
  { id: 'f-opening-subject-wrapped', group: 'wrapped', text: `2023年度政府信息公开工作年度报告\n一、总体情况\n2023年,宁乡市自然资\n源局坚持以人民为中心,扎实推进政务公开。\n二、主动公开政府信息情况\n${REST}`, body: '湖南省长沙市宁乡市自然资源局', region: ['湖南省', '长沙市', '宁乡市'] },
  { id: 'f-contact-spaced-inside-name', group: 'wrapped', text: `2023年度政府信息公开工作年度报告${OPEN_JU}${REST}如对本报告有任何疑问,请与桐庐县 水利局办公室联系(电话:0571-00000000)。`, body: '浙江省杭州市桐庐县水利局', region: ['浙江省', '杭州市', '桐庐县'] },
  { id: 'f-source-label-spaced', group: 'wrapped', text: `宁乡市2023年政府信息公开工作年度报告\n来源: 宁乡市人民政 府 2024-01-19${OPEN}${REST}如对本报告有疑问,请联系:宁乡市人民政府办公室,电话:0731-00000000。`, body: '湖南省长沙市宁乡市人民政府', region: ['湖南省', '长沙市', '宁乡市'] },
  { id: 'f-sentence-title-spaced-inside-name', group: 'wrapped', text: `根据《中华人民共和国政府信息公开条例》规定,现公布桐庐县人民 政府2023年政府信息公开工作年度报告。${OPEN}${REST}`, body: '浙江省杭州市桐庐县人民政府', region: ['浙江省', '杭州市', '桐庐县'] },
  { id: 'f-compiler-after-requirement-one-line', group: 'wrapped', text: `政府信息公开工作年度报告 一、总体情况 本年度报告根据《中华人民共和国政府信息公开条例》(以下简称《条例》)要求,由桐庐县水利局编制而成。全文包括总体情况、主动公开政府信息情况等部分。${REST.replace(/\n/g, ' ')}`, body: '浙江省杭州市桐庐县水利局', region: ['浙江省', '杭州市', '桐庐县'] },
  { id: 'f-name-line-above-wrapped-sentence', group: 'wrapped', text: `宁乡市自然资源局\n根据《中华人民共和国政府信息公开条例》规定,现公布\n本局2023年政府信息公开工作年度报告。${OPEN_JU}${REST}`, body: '湖南省长沙市宁乡市自然资源局', region: ['湖南省', '长沙市', '宁乡市'] },
  { id: 'f-title-year-inside-phrase', group: 'wrapped', text: `桐庐县水利局政府信息公开工作2023年度报告${OPEN_JU}${REST}`, body: '浙江省杭州市桐庐县水利局', region: ['浙江省', '杭州市', '桐庐县'] },
  { id: 'f-banner-line-not-wrapped', group: 'wrapped', text: `桐庐县人民政府门户网站\n桐庐县水利局2023年政府信息公开工作年度报告${OPEN_JU}${REST}`, body: '浙江省杭州市桐庐县水利局', region: ['浙江省', '杭州市', '桐庐县'] },

  // links to other pages under the text name other reports' bodies
  { id: 'f-links-prev-next', group: 'abstain', text: `2023年度政府信息公开工作年度报告${OPEN_JU}${REST}\n上一篇:桐庐县水利局2022年政府信息公开工作年度报告\n下一篇:桐庐县民政局2023年政府信息公开工作年度报告`, body: null },
  { id: 'f-links-related-list', group: 'abstain', text: `2023年度政府信息公开工作年度报告${OPEN_JU}${REST}\n相关文章\n宁乡市财政局2023年政府信息公开工作年度报告\n宁乡市教育局2023年政府信息公开工作年度报告`, body: null },
  { id: 'f-links-under-own-title', group: 'signature', text: `宁乡市自然资源局2023年政府信息公开工作年度报告${OPEN_JU}${REST}\n上一篇:宁乡市财政局2023年政府信息公开工作年度报告`, body: '湖南省长沙市宁乡市自然资源局', region: ['湖南省', '长沙市', '宁乡市'] },
  { id: 'f-footer-publisher', group: 'abstain', text: `2023年度政府信息公开工作年度报告${OPEN_JU}${REST}\n主办单位:宁乡市人民政府办公室\n2024-01-19`, body: null },
];
