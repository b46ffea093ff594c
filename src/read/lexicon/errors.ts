/** One clear sentence per failure, in Chinese (for people) and English (for logs). */
import type { ReadErrorReason } from '../../model/types.js';

export const READ_ERROR_TEXT: Record<ReadErrorReason, { zh: string; en: string }> = {
  'not-found': { zh: '找不到该文件或无法打开。', en: 'The file does not exist or cannot be opened.' },
  empty: { zh: '文件为空，没有可读取的文字。', en: 'The file is empty: there is no text to read.' },
  binary: { zh: '文件内容是二进制数据，不是可读取的报告文本。', en: 'The file holds binary data, not report text.' },
  unsupported: {
    zh: '不支持此文件类型，请提供 txt、md、html、docx、doc 或 pdf 格式的报告。',
    en: 'This file type is not supported; provide the report as txt, md, html, docx, doc or pdf.',
  },
  undecodable: {
    zh: '无法识别文件的文字编码（已尝试 UTF-8、UTF-16、GB18030、Big5）。',
    en: 'The text encoding could not be recognised (tried UTF-8, UTF-16, GB18030 and Big5).',
  },
  corrupt: { zh: '文件已损坏或格式不完整，无法打开。', en: 'The file is damaged or incomplete and cannot be opened.' },
  'no-text-layer': {
    zh: 'PDF 中没有文字层（可能是扫描件），需先进行文字识别（OCR）。',
    en: 'The PDF has no text layer (probably a scan); it needs OCR first.',
  },
  permission: { zh: '没有读取该文件或文件夹的权限。', en: 'There is no permission to read this file or folder.' },
  'too-large': {
    zh: '文件超过大小上限，未分析（可用 --max-bytes / --max-chars 调整上限）。',
    en: 'The file exceeds the size limit and was not analysed (see --max-bytes / --max-chars).',
  },
  timeout: {
    zh: '分析该文件超过了单个文件的时间上限，已中止（可用 --timeout 调整）。',
    en: 'Analysing this file took longer than the per-file time limit and was stopped (see --timeout).',
  },
  internal: { zh: '读取文件时发生内部错误。', en: 'An internal error occurred while reading the file.' },
};

/** Extensions the reader accepts (content decides in the end: see sniff.ts). */
export const SUPPORTED_EXTENSIONS: readonly string[] = ['.txt', '.md', '.markdown', '.html', '.htm', '.shtml', '.xhtml', '.docx', '.doc', '.pdf'];

/** Extensions of files that are certainly not reports in a readable form. */
export const UNSUPPORTED_EXTENSIONS = [
  '.xlsx', '.xls', '.csv', '.pptx', '.ppt', '.png', '.jpg', '.jpeg', '.gif', '.bmp', '.webp', '.tif', '.tiff',
  '.zip', '.rar', '.7z', '.gz', '.exe', '.dll', '.mp3', '.mp4', '.wps', '.ofd', '.rtf',
];
