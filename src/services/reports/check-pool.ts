// `report check --jobs N`: files checked on N threads — this one and N−1 worker threads. This thread starts at once
// while the workers load (a small batch is done before they are ready, and they are then stopped unused); workers
// take batches as they come free, so a slow PDF never holds up the rest. Verdicts keep the files' order.
import { Worker } from 'node:worker_threads';
import { extname } from 'node:path';
import type { Actor } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import { authorize } from '../policy/authorize.ts';
import { addCrossYearFindings, checkDocument, fileDocument, type DocumentVerdict } from './check.ts';
import type { PoolAnswer, PoolBatch } from './check-pool-job.ts';

/** From the sources the thread needs tsx (check-pool-worker.mjs); the production build's job is JavaScript already. */
const ENTRY = new URL(
  import.meta.url.endsWith('.ts') ? './check-pool-worker.mjs' : './check-pool-job.js',
  import.meta.url,
);

/** Files that take long to read (hundreds of ms) go one at a time; text files in batches, to save messages. */
const HEAVY = new Set(['.pdf', '.docx']);
const LIGHT_BATCH = 16;

/** checkReports for files on this machine's disk, on `jobs` threads; the same verdicts, in the files' order. */
export async function checkReportFiles(
  _ctx: ServiceContext,
  actor: Actor,
  input: { paths: readonly string[]; jobs: number },
  onChecked: (name: string) => void = () => {},
): Promise<DocumentVerdict[]> {
  authorize(actor, 'reports.check');
  const verdicts = await checkInParallel(input.paths, input.jobs, onChecked);
  addCrossYearFindings(verdicts);
  return verdicts;
}

async function checkInParallel(
  paths: readonly string[],
  jobs: number,
  onChecked: (name: string) => void,
): Promise<DocumentVerdict[]> {
  const verdicts: DocumentVerdict[] = new Array(paths.length);
  let next = 0;
  const retry: PoolBatch[] = [];
  const take = (): PoolBatch | null => {
    const again = retry.shift();
    if (again) return again;
    if (next >= paths.length) return null;
    const start = next;
    if (HEAVY.has(extname(paths[start]!).toLowerCase())) next += 1;
    else
      while (
        next < paths.length &&
        next - start < LIGHT_BATCH &&
        !HEAVY.has(extname(paths[next]!).toLowerCase())
      )
        next += 1;
    return { start, paths: paths.slice(start, next) };
  };
  const record = (start: number, batch: readonly DocumentVerdict[]) =>
    batch.forEach((verdict, i) => {
      verdicts[start + i] = verdict;
      onChecked(verdict.name);
    });

  const workers = Array.from({ length: Math.max(0, jobs - 1) }, () => new Worker(ENTRY));
  const helpers = workers.map((worker) => runWorker(worker, take, record, retry));
  try {
    // This thread's share; between files it yields so that the workers' answers are taken in.
    for (let batch = take(); batch !== null; batch = take()) {
      record(batch.start, await checkHere(batch));
      await new Promise((resolve) => setImmediate(resolve));
    }
    // Only the workers holding a batch are waited for: one still loading has nothing to finish.
    await Promise.all(helpers.filter((helper) => helper.busy()).map((helper) => helper.done));
    // A worker that died left its batch in `retry`: this thread does it.
    for (let batch = retry.shift(); batch; batch = retry.shift()) record(batch.start, await checkHere(batch));
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return verdicts;
}

async function checkHere(batch: PoolBatch): Promise<DocumentVerdict[]> {
  const verdicts: DocumentVerdict[] = [];
  for (const path of batch.paths) verdicts.push(await checkDocument(fileDocument(path)));
  return verdicts;
}

/** Feeds one worker until no batch is left; `done` settles then (or when the worker dies, its batch put back). */
function runWorker(
  worker: Worker,
  take: () => PoolBatch | null,
  record: (start: number, verdicts: readonly DocumentVerdict[]) => void,
  retry: PoolBatch[],
): { done: Promise<void>; busy(): boolean } {
  let current: PoolBatch | null = null;
  const done = new Promise<void>((resolve) => {
    const feed = () => {
      current = take();
      if (current === null) resolve();
      else worker.postMessage(current);
    };
    worker.on('message', (answer: PoolAnswer) => {
      if ('verdicts' in answer) record(answer.start, answer.verdicts);
      feed();
    });
    const lost = () => {
      if (current !== null) retry.push(current);
      current = null;
      resolve();
    };
    worker.once('error', lost);
    worker.once('exit', lost);
  });
  return { done, busy: () => current !== null };
}
