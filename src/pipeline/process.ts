/**
 * One file in, one record out: the unit of work a batch worker runs. Never throws.
 */
import { readFileSync } from 'node:fs';
import type { ReportAnalysis, ReportRecord } from '../model/types.js';
import { readBuffer, isReadError } from '../read/index.js';
import { analyzeDocument } from './analyze.js';
import { contentHash, recordFromAnalysis, recordFromError, recordSkipped } from './record.js';
import { corpusEntryOf, type CorpusEntry } from './corpus.js';
import { notReportReason } from './report-like.js';

export interface ProcessedFile {
  record: ReportRecord;
  /** What the corpus rules need of this report (null for unreadable files). */
  corpus: CorpusEntry | null;
}

export interface ProcessOptions {
  /**
   * The file was named on the command line (not found in a folder or by a glob): it is analysed as asked even
   * when it does not look like a report. Found files that do not are recorded as skipped.
   */
  named?: boolean;
}

export async function processFile(path: string, opts: ProcessOptions = {}): Promise<ProcessedFile> {
  let bytes: Buffer;
  try {
    // Synchronous: a batch worker has nothing else to do meanwhile, and the promise API costs ~4× the CPU per file.
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return {
      record: recordFromError({
        file: path,
        reason: 'not-found',
        message: code === 'ENOENT' ? '文件不存在。' : '无法打开文件。',
        messageEn: code === 'ENOENT' ? 'The file does not exist.' : `The file cannot be opened (${code ?? 'unknown error'}).`,
      }),
      corpus: null,
    };
  }
  const sha1 = contentHash(bytes);
  try {
    const doc = await readBuffer(bytes, path);
    if (isReadError(doc)) return { record: recordFromError(doc, sha1), corpus: null };
    const analysis: ReportAnalysis = analyzeDocument(doc);
    const notReport = opts.named ? null : notReportReason(analysis);
    if (notReport) return { record: recordSkipped(analysis, notReport, sha1), corpus: null };
    return { record: recordFromAnalysis(analysis, sha1), corpus: corpusEntryOf(analysis) };
  } catch (e) {
    return {
      record: recordFromError(
        {
          file: path,
          reason: 'internal',
          message: '分析该文件时发生内部错误。',
          messageEn: `An internal error occurred while analysing the file: ${(e as Error).message}`,
        },
        sha1,
      ),
      corpus: null,
    };
  }
}
