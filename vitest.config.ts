import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup/require-shared.ts'],
    // run before each test file: removes the temporary folders the file made (test/helpers/tmp.ts) when it is done
    setupFiles: ['test/setup/remove-temp-dirs.ts'],
    // vitest's default, relied on: after-hooks run in reverse order, so that removal comes after each file's own
    sequence: { hooks: 'stack' },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
    // Test files in a worker share its loaded modules (the dictionaries, readers and models load once per worker,
    // not once per file). No test mocks modules or stubs globals; the one that sets an environment variable
    // restores it.
    isolate: false,
    env: { DOTENV_CONFIG_QUIET: 'true' },
    // Transformed modules are kept on disk between runs (keyed by their content): a run re-transforms only the
    // files that changed.
    experimental: { fsModuleCache: true },
  },
});
