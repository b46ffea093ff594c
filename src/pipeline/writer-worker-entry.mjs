// Worker bootstrap: lets the writer thread run the TypeScript sources through tsx when not built.
import { register } from 'tsx/esm/api';
register();
await import('./writer-worker.ts');
