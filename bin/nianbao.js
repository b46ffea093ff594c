#!/usr/bin/env node
// nianbao runs from its TypeScript sources through tsx (a dependency), so no build step is needed.
// natural loads dotenv, which would print a banner on every start: keep it quiet.
process.env.DOTENV_CONFIG_QUIET ??= 'true';
const { register } = await import('tsx/esm/api');
register();
await import('../src/cli/main.ts');
