/**
 * Vocabularies for metadata from outside a report's text: the column names of a metadata list (--meta, a
 * sources.tsv beside the files) and the year written in a source address.
 */

/** Metadata lists picked up from an input folder (recorded as metadata, never analysed as reports). */
export const METADATA_FILE_NAMES = ['sources.tsv', 'sources.csv', 'sources.json'];

/** Column names of a metadata list, by field; compared lower-cased and trimmed. */
export const METADATA_COLUMNS: Record<'file' | 'agency' | 'year' | 'url' | 'province', string[]> = {
  file: ['file', 'filename', 'file_name', 'path', 'name', '文件', '文件名'],
  agency: ['agency', 'body', 'issuer', 'publisher', '机关', '发布机关', '发布机构', '单位', '机构'],
  year: ['year', 'report_year', '年度', '年份', '报告年度'],
  url: ['url', 'source', 'link', 'href', '来源', '网址', '链接'],
  province: ['province', 'region', '省', '省份', '地区', '区域'],
};

/**
 * A report year in a source address: folders named after the report in pinyin initials
 * (/2021nzfxxgkgzndbg/ = 2021年政府信息公开工作年度报告, /2022nb/) and year parameters (?year=2022, &nd=2022).
 * Dates in addresses (/art/2023/1/11/, /202301/t20230113_…) are when the page went up, not the report's year.
 */
export const URL_YEAR = [
  /\/((?:19|20)\d{2})n[a-z]*?(?:nb|ndbg|gzbg|bg)(?:[/._-]|$)/i,
  /[?&](?:year|nd|niandu|nf)=((?:19|20)\d{2})(?:&|$)/i,
];

/** The domain every government site's host ends in; addresses elsewhere say nothing about a region. */
export const GOVERNMENT_HOST_SUFFIX = '.gov.cn';

/**
 * Host labels that name a service of a site rather than a place (www.hanyang.gov.cn, m.wenzhou.gov.cn, its disclosure
 * section xxgk.wenzhou.gov.cn). Any other label must name a division, else the address places nothing.
 */
export const SERVICE_HOST_LABELS = ['www', 'www1', 'www2', 'm', 'wap', 'mobile', 'xxgk', 'zwgk', 'zfxxgk', 'gk'];

/**
 * The level word a division's name ends in, dropped to read its name as a host writes it (汉阳区 → hanyang):
 * longest first. An autonomous prefecture or county also drops the peoples named before 自治 (恩施土家族苗族自治州 → 恩施).
 */
export const DIVISION_LEVEL_WORDS = ['特别行政区', '自治区', '自治州', '自治县', '自治旗', '新区', '林区', '特区', '矿区', '地区', '省', '市', '区', '县', '旗', '盟', '州'];
export const AUTONOMOUS_PEOPLES = /^(.{2,}?)(?:(?:[^族]{1,5}族)+|维吾尔)$/;
