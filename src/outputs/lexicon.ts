/** Chinese names shown to reviewers for the codes in the records. Unknown codes are shown as they are. */

export const RULE_NAMES: Record<string, string> = {
  prose_vs_table: '正文与表格不一致',
  prose_parts: '正文分项之和与总数不符',
  prose_rate: '正文比率与分子分母不符',
  'prose.parts_sum': '正文分项之和与总数不符',
  'prose.rate': '正文比率与分子分母不符',
  't3.balance': '表三 一+二≠总计+四',
  't3.column_sum': '表三 列内各项之和与总计不符',
  't3.row_sum': '表三 各类申请人之和与总计不符',
  't3.group_sum': '表三 分组小计与明细不符',
  't3.negative': '表三 出现负数或非整数',
  't4.group_sum': '表四 各结果之和与总计不符',
  't4.litigation_sum': '表四 诉讼合计不符',
  table_missing: '缺少标准表格',
  table_image: '表格以图片发布，无法核对',
  table_unreadable: '表格单元格无法读取',
  layout_outdated: '使用了过时的表格格式',
  layout_mismatch: '表格格式与年度不符',
  year_mismatch: '报告年度与正文不符',
  carry_over: '上年结转与上年报告结转下年度不符',
  'cross_year.carry_over': '上年结转与上年报告结转下年度不符',
  scope: '数字口径超出本机关',
  section_missing: '缺少规定章节',
};

export const SEVERITY_NAMES: Record<string, string> = { error: '错误', warning: '警告', info: '提示' };

export const ERROR_REASON_NAMES: Record<string, string> = {
  empty: '空文件',
  binary: '二进制文件',
  unsupported: '不支持的格式',
  undecodable: '无法解码',
  corrupt: '文件损坏',
  'no-text-layer': '无文字层(扫描件)',
  'not-found': '文件不存在',
  internal: '内部错误',
};

export const LAYOUT_NAMES: Record<string, string> = {
  '2021': '2021版格式',
  '2019': '2019版格式',
  legacy: '旧版(2008条例)',
  unknown: '未识别',
};

export const nameOf = (table: Record<string, string>, code: string | null | undefined): string =>
  code == null ? '未知' : (table[code] ?? code);
