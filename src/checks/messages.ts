/**
 * Finding messages from a rule's templates, like a linter's message ids. A template is Chinese (what findings
 * carry) with an English rendering for the catalogue. Placeholders:
 *   {name}        a value (numbers printed as a person writes them); missing → the renderer throws
 *   {name?}       optional: empty when the value is missing
 *   {name*}       a list joined with 、; {name*＋} joins with the characters after * instead
 * Hand-written: the few lines of ICU-style substitution needed do not justify a message-format package.
 */
import { isHan } from '../util/chars.js';

export interface MessageTemplate {
  zh: string;
  en: string;
}

/** The tail of a list cut short ({more?} after a {name*} list): shared so every rule ends a long list alike. */
export const MORE: MessageTemplate = { zh: '等', en: ', …' };

export type MessageValue = string | number | readonly (string | number)[] | null | undefined;
export type MessageData = Readonly<Record<string, MessageValue>>;

/** A number as a person writes it: integers plain, decimals without float noise. */
export function fmt(n: number): string {
  if (Number.isInteger(n)) return String(n);
  return String(Number(n.toFixed(4)));
}

const PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_]*)(\?|\*([^}]*))?\}/g;

const LINE_BREAK = /[ \t]*\r?\n[ \t\u3000]*/g;

/**
 * A quote of report text on one line: a page's line breaks are no part of what it says (财政资金信息今年共⏎发布348条):
 * none is left between two Chinese characters, a space elsewhere.
 */
function oneLine(s: string): string {
  if (!s.includes('\n')) return s;
  return s.replace(LINE_BREAK, (m: string, at: number) => (isHan(s.charCodeAt(at - 1)) && isHan(s.charCodeAt(at + m.length)) ? '' : ' '));
}

const show = (v: string | number): string => (typeof v === 'number' ? fmt(v) : oneLine(v));

/** The placeholders a template names, with how each is written. */
export function placeholders(template: string): { name: string; optional: boolean; list: boolean }[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => ({ name: m[1] ?? '', optional: m[2] === '?', list: (m[2] ?? '').startsWith('*') }));
}

/** The template with its placeholders filled from `data`. */
export function render(template: string, data: MessageData = {}): string {
  return template.replace(PLACEHOLDER, (_all, name: string, mark: string | undefined, sep: string | undefined) => {
    const v = data[name];
    if (v === undefined || v === null) {
      if (mark === '?') return '';
      throw new Error(`message placeholder {${name}} has no value`);
    }
    if (Array.isArray(v)) return (v as readonly (string | number)[]).map(show).join(mark?.startsWith('*') && sep ? sep : '、');
    return show(v as string | number);
  });
}
