// Worker bootstrap: lets a corpus-pass thread run the TypeScript sources through tsx when not built.
import { register } from 'tsx/esm/api';
register();
await import('./corpus-worker.ts');
