// The 年报体检 worker's job: read one uploaded report and check it, then hand the verdict back to the server thread.
// It runs in its own thread so that a slow or hostile file costs that thread only (checkup.ts ends it at the
// deadline), never the server's event loop.
import { parentPort, workerData } from 'node:worker_threads';
import { bytesDocument, checkDocument } from './check.ts';

const { name, bytes } = workerData as { name: string; bytes: Uint8Array };
parentPort!.postMessage(await checkDocument(bytesDocument(name, bytes)));
