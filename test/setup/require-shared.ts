/**
 * Tests on real reports read ../shared/corpora. Locally they skip when it is absent; on CI (CI=true) a missing
 * ../shared is a failure, so the real-corpus tests can never pass by being skipped.
 */
import { existsSync } from 'node:fs';
import { SEEDS_DIR } from '../../src/eval/corpora.js';

export default function requireShared(): void {
  if (process.env.CI && !existsSync(SEEDS_DIR)) {
    throw new Error(`CI run without the real corpora: ${SEEDS_DIR} is missing (../shared must sit beside the repository)`);
  }
}
