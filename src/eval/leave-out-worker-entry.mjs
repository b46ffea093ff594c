// Worker bootstrap: lets the thread run the TypeScript sources through tsx.
import { register } from 'tsx/esm/api';
register();
await import('./leave-out-worker.ts');
