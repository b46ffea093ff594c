/**
 * Taiwan phrasings that a mainland report takes on when it was converted to traditional script with phrase
 * conversion (opencc s2twp: 文件 → 檔案, 信息 → 資訊, 项目 → 專案, 类型 → 型別). Converting back to simplified
 * keeps the Taiwan word (规范性档案, 资讯), so the tables read the mainland word instead. Each pair has the same
 * length, so every offset into the text stays valid.
 */
export const TAIWAN_WORDING: readonly (readonly [string, string])[] = [
  ['规范性档案', '规范性文件'],
  ['公开档案数', '公开文件数'],
  ['资讯', '信息'],
  ['专案数量', '项目数量'],
  ['型别', '类型'],
];
