// Worker bootstrap: lets the xlsx thread run the TypeScript sources through tsx when not built.
import { register } from 'tsx/esm/api';
register();
await import('./xlsx-worker.ts');
