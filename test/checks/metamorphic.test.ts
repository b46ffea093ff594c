/**
 * The real reports in ../shared, each rendered as other publishers render reports (test/helpers/renderings.ts): a
 * rendering says what the report says, so it must not add an error the report's own text does not get. An error
 * that comes and goes with the line wraps is one a reviewer would meet on a report nobody tuned for.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import fg from 'fast-glob';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/pipeline/analyze.js';
import { isReadError, readBuffer } from '../../src/read/index.js';
import type { Finding } from '../../src/model/types.js';
import { hasShared, SHARED_CORPORA } from '../helpers/corpora.js';
import { RENDERINGS } from '../helpers/renderings.js';

const reports = hasShared
  ? fg.sync(['**/*.{txt,md}'], { cwd: SHARED_CORPORA, absolute: true }).filter((f) => !/readme\.md$/i.test(f)).sort()
  : [];

const findingKey = (f: Finding): string => `${f.severity} ${f.rule} ${f.metric ?? ''}`;

/** The errors and warnings of a report. */
async function findingsOf(bytes: Buffer, name: string): Promise<Set<string> | null> {
  const doc = await readBuffer(bytes, name);
  if (isReadError(doc)) return null;
  return new Set(analyzeDocument(doc).findings.filter((f) => f.severity !== 'info').map(findingKey));
}

describe.skipIf(!hasShared)('real reports rendered another way get no new error (nor warning, where the lines stay)', () => {
  /** The errors and warnings each report gets as it is published. */
  const own = new Map<string, Set<string> | null>();
  beforeAll(async () => {
    for (const file of reports) own.set(file, await findingsOf(readFileSync(file), file));
  });

  it('the real text reports are there and readable', () => {
    expect(reports.length).toBeGreaterThanOrEqual(40);
    expect(reports.filter((f) => !own.get(f))).toEqual([]);
  });

  for (const rendering of RENDERINGS)
    it(rendering.name, async () => {
      const added: string[] = [];
      for (const file of reports) {
        const rendered = await rendering.render(readFileSync(file, 'utf8'));
        const name = basename(file).replace(/\.\w+$/, rendering.extension);
        const found = await findingsOf(Buffer.isBuffer(rendered) ? rendered : Buffer.from(rendered), name);
        expect(found, `${file} became unreadable`).not.toBeNull();
        for (const f of found!)
          if ((rendering.warnings || f.startsWith('error')) && !own.get(file)?.has(f)) added.push(`${basename(file)}: ${f}`);
      }
      expect(added).toEqual([]);
    });
});
