import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JsonlWriter, latestPerFile, readLines, readRecords, recordedFiles, recordToJsonLine, recordsToJsonl } from '../../src/outputs/jsonl.js';
import { must, sampleRecords } from './fixtures.js';
import { tempDir } from '../helpers/tmp.js';

const dir = tempDir('nianbao-jsonl-');

describe('reports.jsonl', () => {
  const { records } = sampleRecords();

  it('one line per record, spec field order first', () => {
    const line = recordToJsonLine(must(records[0]));
    expect(line).not.toContain('\n');
    expect(Object.keys(JSON.parse(line)).slice(0, 3)).toEqual(['file', 'status', 'agency']);
    expect(line).toContain('"t3.total.new_received":44');
  });

  it('round-trips through the streaming writer', () => {
    const path = join(dir, 'a', 'reports.jsonl');
    const w = new JsonlWriter(path);
    for (const r of records) w.write(r);
    w.close();
    expect(w.written).toBe(records.length);
    expect(readRecords(path)).toEqual(records);
  });

  it('resumes: drops a line cut by a crash and appends after the rest', () => {
    const path = join(dir, 'b.jsonl');
    const w = new JsonlWriter(path);
    w.write(must(records[0]));
    w.write(must(records[1]));
    w.close();
    appendFileSync(path, recordToJsonLine(must(records[2])).slice(0, 40)); // interrupted mid-line
    expect(readRecords(path)).toHaveLength(2);
    expect([...recordedFiles(path)]).toEqual([must(records[0]).file, must(records[1]).file]);
    const again = new JsonlWriter(path, { append: true });
    again.write(must(records[2]));
    again.close();
    expect(readRecords(path)).toEqual(records.slice(0, 3));
    expect(readFileSync(path, 'utf8').split('\n').filter(Boolean)).toHaveLength(3);
  });

  it('keeps a complete last line that merely lacks its newline', () => {
    const path = join(dir, 'c.jsonl');
    appendFileSync(path, recordToJsonLine(must(records[0])));
    const w = new JsonlWriter(path, { append: true });
    w.write(must(records[1]));
    w.close();
    expect(readRecords(path)).toEqual(records.slice(0, 2));
  });

  it('reads lines in chunks without splitting a character', () => {
    const path = join(dir, 'd.jsonl');
    writeFileSync(path, '\uFEFF' + recordsToJsonl(records));
    // 7-byte chunks cut through every three-byte Chinese character somewhere.
    expect([...readLines(path, 7)].filter(Boolean).map((l) => JSON.parse(l.replace(/^\uFEFF/, '')))).toEqual(
      JSON.parse(JSON.stringify(records)),
    );
    expect(readRecords(path)).toEqual(records);
  });

  it('resumes after a cut line longer than the tail it reads at once', () => {
    const path = join(dir, 'e.jsonl');
    const big = { ...must(records[0]), title: '年'.repeat(50_000) };
    writeFileSync(path, recordToJsonLine(must(records[1])) + '\n' + recordToJsonLine(big).slice(0, 40_000));
    const w = new JsonlWriter(path, { append: true });
    w.write(must(records[2]));
    w.close();
    expect(readRecords(path)).toEqual([records[1], records[2]]);
  });

  it('a missing file reads as no records; duplicates keep the last record', () => {
    expect(readRecords(join(dir, 'none.jsonl'))).toEqual([]);
    const redo = { ...must(records[4]), status: 'ok' as const, error: undefined };
    const latest = latestPerFile([...records, redo]);
    expect(latest).toHaveLength(records.length);
    expect(must(latest[4]).status).toBe('ok');
  });
});
