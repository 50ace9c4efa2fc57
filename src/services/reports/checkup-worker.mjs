// Entry of the 年报体检 worker thread (checkup.ts): the thread starts without the main thread's TypeScript loader,
// so it registers tsx itself before loading the job.
import { register } from 'tsx/esm/api';

register();
await import('./checkup-job.ts');
