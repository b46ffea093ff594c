/**
 * One file in, one record out: the unit of work a batch worker runs. Never throws.
 */
import { readFileSync, statSync } from 'node:fs';
import type { ReportAnalysis, ReportRecord } from '../model/types.js';
import { readBuffer, isReadError, readError, tooDeep, DEFAULT_LIMITS, type ReadLimits } from '../read/index.js';
import { isStackOverflow } from '../read/limits.js';
import { analyzeDocument } from './analyze.js';
import { contentHash, recordFromAnalysis, recordFromError, recordSkipped } from './record.js';
import { summariseForCorpus, type CorpusSummary } from '../checks/index.js';
import { notReportReason } from './report-like.js';

export interface ProcessedFile {
  record: ReportRecord;
  /** What the corpus rules need of this report (null for unreadable files). */
  corpus: CorpusSummary | null;
}

export interface ProcessOptions {
  /**
   * The file was named on the command line (not found in a folder or by a glob): it is analysed as asked even
   * when it does not look like a report. Found files that do not are recorded as skipped.
   */
  named?: boolean;
  /** Limits on the file's bytes and text (default DEFAULT_LIMITS). */
  limits?: ReadLimits;
  /** The path's bytes, when the name is not UTF-8 (`path` is then the escaped name the record shows). */
  raw?: Buffer;
}

export async function processFile(path: string, opts: ProcessOptions = {}): Promise<ProcessedFile> {
  const limits = opts.limits ?? DEFAULT_LIMITS;
  const raw = opts.raw;
  let bytes: Buffer;
  try {
    // the size first: a file past the limit is never read into memory
    const size = statSync(raw ?? path).size;
    if (size > limits.maxBytes) return { record: recordFromError(readError(path, 'too-large', `${size} bytes, limit ${limits.maxBytes}`)), corpus: null };
    // Synchronous: a batch worker has nothing else to do meanwhile, and the promise API costs ~4× the CPU per file.
    bytes = readFileSync(raw ?? path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM') return { record: recordFromError(readError(path, 'permission', code)), corpus: null };
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
    const doc = await readBuffer(bytes, path, limits);
    if (isReadError(doc)) return { record: recordFromError(doc, sha1), corpus: null };
    const analysis: ReportAnalysis = analyzeDocument(doc);
    const notReport = opts.named ? null : notReportReason(analysis);
    if (notReport) return { record: recordSkipped(analysis, notReport, sha1), corpus: null };
    return { record: recordFromAnalysis(analysis, sha1), corpus: summariseForCorpus(analysis) };
  } catch (e) {
    if (isStackOverflow(e)) return { record: recordFromError(tooDeep(path), sha1), corpus: null };
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
