#!/usr/bin/env node
// nianbao runs from its TypeScript sources through tsx (a dependency), so no build step is needed.
import { register } from 'tsx/esm/api';
register();
await import('../src/cli/main.ts');
