/**
 * Synthetic problem statements in several themes, written for these tests (not from any real report).
 */
import type { ProblemItem } from '../../src/themes/types.js';

export const SYNTHETIC: { theme: string; text: string; agency: string; year: number }[] = [
  { theme: 'staff', text: '政务公开工作人员力量不足,多为兼职', agency: '甲县民政局', year: 2020 },
  { theme: 'staff', text: '公开队伍人员变动频繁,业务培训跟不上', agency: '乙区财政局', year: 2021 },
  { theme: 'staff', text: '基层信息员专业素养不够,人员力量薄弱', agency: '丙市教育局', year: 2022 },
  { theme: 'staff', text: '工作人员身兼数职,人员力量有待充实', agency: '丁县交通局', year: 2022 },
  { theme: 'staff', text: '信息公开队伍建设滞后,人员培训不够', agency: '戊区水利局', year: 2023 },
  { theme: 'channel', text: '信息公开渠道单一,主要依靠门户网站', agency: '甲县民政局', year: 2020 },
  { theme: 'channel', text: '公开形式不够丰富,新媒体渠道运用不足', agency: '乙区财政局', year: 2021 },
  { theme: 'channel', text: '公开载体较为单一,渠道有待拓展', agency: '丙市教育局', year: 2021 },
  { theme: 'channel', text: '政务新媒体渠道利用不充分,公开形式单一', agency: '己镇人民政府', year: 2023 },
  { theme: 'interpret', text: '政策解读不够通俗易懂', agency: '甲县民政局', year: 2021 },
  { theme: 'interpret', text: '政策文件解读质量有待提高,图解解读偏少', agency: '丁县交通局', year: 2022 },
  { theme: 'interpret', text: '解读材料与文件发布不同步,政策解读不及时', agency: '戊区水利局', year: 2023 },
  { theme: 'interpret', text: '政策解读形式单一,解读深度不够', agency: '庚区卫健委', year: 2023 },
  { theme: 'mechanism', text: '监督考核机制不健全,责任落实不到位', agency: '乙区财政局', year: 2020 },
  { theme: 'mechanism', text: '公开工作制度有待完善,考核机制需进一步健全', agency: '丙市教育局', year: 2022 },
  { theme: 'mechanism', text: '保密审查机制执行不严,监督制度落实不到位', agency: '己镇人民政府', year: 2023 },
  { theme: 'mechanism', text: '工作机制还不完善,考核监督力度不够', agency: '庚区卫健委', year: 2024 },
];

export function syntheticItems(): ProblemItem[] {
  return SYNTHETIC.map((s, i) => ({
    statement: { start: 0, end: s.text.length, text: s.text, period: 'current' },
    file: `synthetic/${i}.txt`,
    agency: s.agency,
    year: s.year,
  }));
}
