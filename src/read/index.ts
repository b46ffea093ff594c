// STUB (issue #2 replaces it): utf-8 text files only.
import { readFile } from 'node:fs/promises';
import type { ReadError, SourceDocument } from '../model/types.js';
import { documentFromText } from './fromText.js';
export { documentFromText } from './fromText.js';

export function isReadError(x: SourceDocument | ReadError): x is ReadError {
  return (x as ReadError).reason !== undefined && (x as SourceDocument).text === undefined;
}

export async function readReport(path: string): Promise<SourceDocument | ReadError> {
  try {
    const buf = await readFile(path);
    return documentFromText(buf.toString('utf8'), { file: path });
  } catch (e) {
    return { file: path, reason: 'not-found', message: '无法读取文件。', messageEn: `Cannot read the file: ${(e as Error).message}` };
  }
}
