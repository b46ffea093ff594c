/**
 * Markdown line syntax the reader recognises. Each pattern is anchored and reads a line once; the shapes that
 * would re-read a run (trailing closing hashes after spaces, link brackets, separator rows) are scanned by hand in
 * ../markdown.ts.
 */

/** A line that starts and ends with a pipe: a row of a pipe table. */
export const PIPE_ROW = /^\s*\|.*\|\s*$/;
/** One cell of a separator row (---, :---, ---:, :---:), trimmed. */
export const SEPARATOR_CELL = /^:?-{2,}:?$/;
/** A line that is only an image: ![alt](src). */
export const IMAGE_LINE = /^\s*!\[[^\]]*\]\([^)]*\)\s*$/;
/** An ATX heading's opening marks. */
export const HEADING_MARKS = /^\s{0,3}#{1,6}\s+/;
/** A block quote's mark. */
export const QUOTE_MARK = /^\s{0,3}>\s?/;
/** Bold emphasis: the marks go, the words stay. */
export const EMPHASIS = /(\*\*|__)(?=\S)([^*_\n]+?)\1/g;
