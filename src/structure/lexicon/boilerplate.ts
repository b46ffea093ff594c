/**
 * Web-page chrome that surrounds a report on a government site, and the header lines our crawls add.
 * A line is boilerplate when it matches LINE_PATTERNS (tested on the line with pipes and spaces trimmed) or
 * holds nothing but table pipes.
 */
import { PRINTED_PAGE_NUMBERS } from '../../read/lexicon/pages.js';

/** Whole-line chrome: the line starts with (or is) one of these. */
export const LINE_PATTERNS: RegExp[] = [
  /^当前位置/,
  /^您(?:现在)?的?位置/,
  /^首页\s*[>》]/,
  /^(?:信息)?来源[::]/,
  /^发布(?:时间|日期|机构|单位)[::]/,
  /^(?:成文|生成|更新|公开)日期[::]/,
  /^(?:标题|文号|栏目|原文链接|本地目录|索引号|主题分类|体裁分类|公开方式|公开范围|信息分类|组配分类|所属机构|发文机关|发文字号|有效性|时效性|关键词|关键字)[::]/,
  /^页面链接与图片详见/,
  /^={3,}.*={3,}$/,
  /^(?:\[|【)?\s*(?:打印本页|打印|关闭窗口|关闭|收藏|返回顶部|返回|分享|保存)\s*(?:\]|】)?(?:\s*[|/]?\s*(?:\[|【)?\s*(?:打印本页|打印|关闭窗口|关闭|收藏|返回顶部|返回|分享|保存)\s*(?:\]|】)?)*$/,
  /^分享到/,
  /^责任编辑/,
  /^(?:编辑|审核|校对|作者|供稿)[::]/,
  /^(?:相关词条|热门词条|联络我们|联系我们|网站地图|网站声明|隐私声明|使用帮助|相关链接|相关文章|相关阅读|相关新闻|友情链接|政府网站|部门网站)$/,
  /^(?:主办|主管|承办|协办|技术支持|维护单位|运维单位|建设单位)[::]/,
  /ICP备|网站标识码|公网安备|京公网|版权所有|Copyright|©/i,
  /^字号[::]?\s*(?:[大中小](?:\s*[|]?\s*[大中小]){0,2})?$/,
  /^[\[【]?\s*字体[::]?\s*(?:[大中小\]】]|$)/,
  /^\d{4}[-年/.]\d{1,2}[-月/.]\d{1,2}日?\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:来源|发布|作者|浏览|点击|字号)/,
  /^(?:浏览|阅读|访问|点击)(?:次数|量)?[::]/,
  /^扫一扫/,
  /^(?:上一篇|下一篇)[::]?/,
  /^选择(?:特殊符号|搜索类型)$/,
  /^请输入(?:搜索|关键字|关键词)/,
  /^(?:无障碍|长者模式|适老化|简体|繁体|登录|注册|搜索)(?:\s*[|/]\s*(?:无障碍|长者模式|适老化|简体|繁体|登录|注册|搜索))*$/,
  /^(?:微信|微博|QQ空间|QQ)(?:\s*[|/]?\s*(?:微信|微博|QQ空间|QQ))*$/,
  /^(?:微信)?扫一扫|^我要纠错|^【纠错】|^查看原文|^附件下载[::]?$/,
  /^更多精彩内容|扫描下方二维码|^扫码关注|^欢迎关注.{0,12}(?:公众号|微博|微信)/,
];

/** Site navigation words: a line made of two or more of these and nothing else is a menu. */
export const NAV_WORDS = new Set([
  '首页', '网站首页', '政务公开', '信息公开', '政府信息公开', '政务服务', '办事服务', '网上办事', '互动交流', '政民互动',
  '新闻中心', '新闻动态', '要闻动态', '专题专栏', '数据开放', '走进', '概况', '网站地图', '联系我们', '关于我们',
  '无障碍', 'English', '手机版', '繁体', '简体', '登录', '注册', '搜索', '返回顶部', '网站声明', '隐私声明', '使用帮助',
]);

/**
 * Chrome that may trail a report inside one long line (a page reduced to a few lines): the section ends before it.
 */
export const INLINE_TRAILERS = /(?:\|?\s*)(?:责任编辑[::]|分享到[::]?|\[?\s*打印本页|【打印】|【关闭】|关闭窗口|扫一扫在手机|相关词条|主办[::]|网站标识码|附件下载[::]?\s*$)/;

/** Table pipes and spaces only (cell borders of a page's layout table). */
export const PIPES_ONLY = /^[|\s]*$/;

/**
 * Chrome tokens at the start of a page reduced to one long line (当前位置… 来源… 时间… 微信 微博 … 相关链接: -->):
 * the report starts after the last of a run of them.
 */
export const LEADING_CHROME = /当前位置[::]\s*\S*|您的位置[::]\s*\S*|首页\s*[>》]?\S*|(?:信息)?来源[::]\s*\S+|(?:发布)?(?:时间|日期)[::]\s*[\d\-/: ]+|微信|微博|QQ空间|全真版|文字版|文件下载|分享到?[::]?|【?打印】?|字号[::]?\s*(?:[大中小]\s*)*|相关链接[::]?\s*(?:-->)?|(?:浏览|阅读)次数[::]\s*\d*|-->/g;

/**
 * Chrome pasted into the middle of a page reduced to one long line (…更新慢。 分享到: 微信 微博 改进措施…): a run of
 * these tokens after a sentence's end. STRONG_INLINE_CHROME must be among them (微信 alone is a word of the report).
 */
export const INLINE_CHROME_TOKEN =
  /^(?:分享到[::]?|微信|微博|QQ空间|QQ|【?打印本页】?|【打印】|【关闭】|【收藏】|关闭窗口|打印|关闭|收藏|字号[::]?(?:\s*[大中小](?=\s|$))*|责任编辑[::]\s*[\u4e00-\u9fff]{1,4}|[-－—–‐]\s*\d{1,3}\s*[-－—–‐])(?=\s|$)/;
export const STRONG_INLINE_CHROME = /分享到|打印本页|【打印】|【关闭】|关闭窗口|字号|责任编辑|^[-－—–‐]\s*\d/;

/**
 * Page furniture of a text copied out of a PDF or Word file: page numbers (-1-, 第1页 共5页). The PDF reader drops
 * them; text files keep them, between the lines of a section. Bare numbers are left out (a table cell per line).
 */
export const PAGE_MARKERS: RegExp[] = PRINTED_PAGE_NUMBERS.map((f) => new RegExp(`^${f}$`));

/** Lines longer than this are never chrome as a whole (a one-line report may start with chrome). */
export const MAX_CHROME_LINE = 200;
