/**
 * Invented place names and the bodies that publish reports. Names are built from two characters rarely seen together
 * in real county-level names; combinations known to be real places are excluded.
 */
import type { BodyKind } from '../types.js';
import { at } from '../../util/at.js';

export const PLACE_FIRST = [
  '青', '云', '明', '鹭', '蘅', '芷', '霁', '栖', '岚', '榆', '槐', '苇', '杏', '枫', '柏',
  '晴', '翠', '星', '漪', '琅', '黛', '茵', '菱', '蔚', '砚', '澜', '棠', '楠', '檀', '筠',
] as const;
export const PLACE_SECOND = [
  '溪', '岭', '湖', '汀', '屿', '渚', '岙', '湾', '浦', '坪', '塘', '峪', '桥', '冈', '泽', '滨', '洲', '陂', '埠', '港',
] as const;

/** Combinations that are (or sound like) real county-level places; never generated. */
export const REAL_PLACE_NAMES: ReadonlySet<string> = new Set([
  '明溪', '青浦', '青岭', '云溪', '星湖', '青湖', '明港', '柏溪', '云浦', '槐滨', '翠湖', '澜沧', '棠溪', '青港', '枫桥',
  '杏坪', '晴川', '檀溪', '青洲', '云湾', '明珠',
]);

export type PlaceLevel = '区' | '县' | '市';

export interface Place {
  name: string; // e.g. 鹭汀
  level: PlaceLevel;
  /** For a 区: the 市 it belongs to (also invented). */
  parent: string | null;
}

/** Every invented place, in a fixed order. */
export const PLACES: readonly Place[] = (() => {
  const out: Place[] = [];
  let i = 0;
  for (const a of PLACE_FIRST)
    for (const b of PLACE_SECOND) {
      const name = a + b;
      if (REAL_PLACE_NAMES.has(name)) continue;
      const level: PlaceLevel = at(['区', '县', '县', '市', '区'] as const, i % 5);
      out.push({ name, level, parent: null });
      i++;
    }
  // a 区's parent 市: another place of the list, fixed by position
  const cities = out.filter((p) => p.level === '市');
  out.forEach((p, k) => {
    if (p.level === '区') p.parent = at(cities, (k * 7) % cities.length).name + '市';
  });
  return out;
})();

export interface UnitType {
  /** Suffix after the place name, e.g. 人民政府, 市场监督管理局. */
  suffix: string;
  kind: BodyKind;
  /** The office that compiles the report and answers questions about it. */
  office: string;
  /** How the body refers to itself in prose. */
  self: readonly string[];
}

export const GOVERNMENT: UnitType = {
  suffix: '人民政府',
  kind: 'government',
  office: '人民政府办公室',
  self: ['全{L}', '我{L}', '{P}{L}'],
};

export const DEPARTMENTS: readonly UnitType[] = [
  ['人民政府办公室', '办公室'],
  ['发展和改革委员会', '委'],
  ['教育局', '局'],
  ['民政局', '局'],
  ['财政局', '局'],
  ['人力资源和社会保障局', '局'],
  ['自然资源和规划局', '局'],
  ['住房和城乡建设局', '局'],
  ['交通运输局', '局'],
  ['水利局', '局'],
  ['农业农村局', '局'],
  ['卫生健康委员会', '委'],
  ['应急管理局', '局'],
  ['市场监督管理局', '局'],
  ['医疗保障局', '局'],
  ['统计局', '局'],
  ['司法局', '局'],
  ['城市管理局', '局'],
  ['文化广电和旅游局', '局'],
  ['退役军人事务局', '局'],
  ['生态环境分局', '局'],
  ['政务服务和数据管理局', '局'],
  ['科学技术局', '局'],
  ['商务局', '局'],
].map(([suffix, short]) => ({
  suffix: suffix!,
  kind: 'department' as const,
  office: suffix === '人民政府办公室' ? '人民政府办公室' : `${suffix}办公室`,
  self: [`我${short}`, `本${short === '办公室' ? '办' : short}`, '本机关', '本单位'],
}));

export const UNIT_TYPES: readonly UnitType[] = [GOVERNMENT, ...DEPARTMENTS];

/** Street names for the contact line (invented). */
export const STREETS = ['滨河路', '文昌路', '新华街', '迎宾大道', '府前街', '和平路', '建设北路', '人民东路', '政通路', '长宁街'];
