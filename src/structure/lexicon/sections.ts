/**
 * Cue words of the paragraph → section classifier (src/structure/classifier/). Each is a substring whose
 * presence in a paragraph, or anywhere before or after it in the report, says something about the section:
 * the tables of sections 2–4 have their own row labels, section 5 admits problems and plans the next year,
 * section 6 speaks of fees and proposals, the preamble cites the regulation and the report itself.
 */
export const SECTION_CUES: readonly string[] = [
  // section 1 and 2: what was published, where
  '主动公开',
  '平台',
  '政务新媒体',
  '网站',
  '会议',
  '培训',
  '监督',
  '考核',
  '规范性文件',
  // section 3: requests
  '申请',
  '依申请',
  '答复',
  '办理',
  '总计',
  // section 4: review and litigation
  '复议',
  '诉讼',
  '纠正',
  '维持',
  // section 5: problems and what comes next
  '不足',
  '问题',
  '下一步',
  '改进',
  // section 6: fees, proposals
  '信息处理费',
  '收费',
  '建议',
  '提案',
  // preamble
  '年度报告',
  '根据',
  '条例',
  '本报告',
];
