// Entry of a `report check --jobs` worker thread (check-pool.ts): the thread starts without the main thread's
// TypeScript loader, so it registers tsx itself before loading the job.
import { register } from 'tsx/esm/api';

register();
await import('./check-pool-job.ts');
