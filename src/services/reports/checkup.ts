// 年报体检: anyone's published annual report, read and checked by the same reader and checker as `gongkai report
// check`, in a worker thread with a deadline and a memory bound. Nothing is stored: the bytes live in the two threads
// for the time of the check.
import { Worker } from 'node:worker_threads';
import { DomainError } from '../../core/errors/index.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../policy/authorize.ts';
import type { DocumentVerdict } from './check.ts';

/** From the sources the thread needs tsx (checkup-worker.mjs); the production build's job is JavaScript already. */
const ENTRY = new URL(
  import.meta.url.endsWith('.ts') ? './checkup-worker.mjs' : './checkup-job.js',
  import.meta.url,
);

export interface CheckupLimits {
  /** Wall-clock bound of one check, the thread's start included. */
  deadlineMs: number;
  /** Heap of the worker thread: a file that would need more is refused, not the server's memory. */
  maxHeapMb?: number;
}

export async function checkupReport(
  actor: Actor,
  input: { name: string; bytes: Uint8Array },
  limits: CheckupLimits,
): Promise<DocumentVerdict> {
  authorize(actor, 'reports.check');
  const worker = new Worker(ENTRY, {
    workerData: input,
    resourceLimits: { maxOldGenerationSizeMb: limits.maxHeapMb ?? 512 },
  });
  try {
    return await new Promise<DocumentVerdict>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new DomainError('report.timeout', { seconds: Math.ceil(limits.deadlineMs / 1000) })),
        limits.deadlineMs,
      );
      const stop = (settle: () => void) => {
        clearTimeout(timer);
        settle();
      };
      worker.once('message', (verdict: DocumentVerdict) => stop(() => resolve(verdict)));
      // Out of memory or a crash in a library: the file is at fault, not the server.
      worker.once('error', (error) =>
        stop(() => reject(new DomainError('report.corruptFile', { reason: error.message.split('\n')[0]! }))),
      );
    });
  } finally {
    await worker.terminate();
  }
}
