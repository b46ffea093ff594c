// Worker bootstrap: lets a worker thread run the TypeScript sources through tsx when not built.
import { register } from 'tsx/esm/api';
register();
await import('./worker.ts');
