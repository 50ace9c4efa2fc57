// A `report check --jobs` worker thread: checks the batches of files the main thread hands it, one verdict per file,
// and asks for more by answering. It says "ready" once its modules are loaded.
import { parentPort } from 'node:worker_threads';
import { checkDocument, fileDocument, type DocumentVerdict } from './check.ts';

export interface PoolBatch {
  start: number;
  paths: string[];
}
export type PoolAnswer = { ready: true } | { start: number; verdicts: DocumentVerdict[] };

parentPort!.on('message', async (batch: PoolBatch) => {
  const verdicts: DocumentVerdict[] = [];
  for (const path of batch.paths) verdicts.push(await checkDocument(fileDocument(path)));
  parentPort!.postMessage({ start: batch.start, verdicts } satisfies PoolAnswer);
});
parentPort!.postMessage({ ready: true } satisfies PoolAnswer);
