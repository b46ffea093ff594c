/** HTML vocabularies for the reader: what to drop, what breaks a line. */

/** Elements whose content is never report text. */
export const DROPPED_TAGS = [
  'script', 'style', 'noscript', 'template', 'nav', 'iframe', 'svg', 'canvas', 'head', 'select', 'option',
  'input', 'button', 'textarea', 'object', 'embed', 'map', 'audio', 'video',
];

/** class/id tokens of navigation chrome on government sites (menus, breadcrumbs are kept: 当前位置 lines are the structure stage's boilerplate). */
export const DROPPED_CLASS_TOKENS = /(?:^|[\s_-])(?:nav|navbar|menu|topnav|mainnav|subnav|share|bdsharebuttonbox|skip)(?:$|[\s_-])/i;

/** Elements that start and end a line of text. */
export const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'html', 'li', 'main', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr',
  'ul', 'caption', 'title',
]);

/** Evidence that a text is HTML markup rather than prose. */
export const HTML_MARKERS = /<(?:!doctype\s+html|html|head|body|meta|div|p|table|tr|td|span|br|h[1-6]|ul|li|a\s+href|font|strong|center)(?:[\s>\/])/gi;

/** Image sources that are page chrome (logos, icons, share buttons, QR codes), not a published table or figure. */
export const DECORATIVE_IMAGE = /logo|icon|btn|button|share|qrcode|ewm|erweima|banner|arrow|dot\.|spacer|blank\./i;

/**
 * A footnote's mark printed raised after a label (予以公开<sup>1</sup>, 办理<sup>注1</sup>): a pointer to a note, never
 * text or a value. Read, blanks trimmed, in <sup> and in spans styled vertical-align:super.
 */
export const FOOTNOTE_MARK = /^[(（[]?(?:注|note)? ?(?:\d{1,2}|[*※†‡]|[\u2460-\u2473])[)）\]]?$/i;
export const RAISED_STYLE = /vertical-align\s*:\s*super/i;

/** A note's mark in brackets after a table label, in any grid (结转下年度继续办理（注1）): a pointer to a note, no value. */
export const CELL_NOTE_MARK = /[(（] ?注 ?\d{1,2} ?[)）]/g;

/** A pager's words (首页, 上一页, 下一页, 尾页, 共5页): a one-row table holding them is the site's, not a table's row. */
export const PAGER_WORD = /页/;
