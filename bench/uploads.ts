// How much memory a streamed upload costs the server: a fresh server (in this process, on loopback) receives a 10 MB
// and a 40 MB file as case material, the client streaming each from disk in 64 KB reads; process.memoryUsage() is
// sampled every 5 ms from just before the upload until it is answered. The JS heap is where a body held as text
// would show (base64 of 40 MB is a 53 MB string, before JSON.parse copies it); Buffers are the file's bytes
// (held once, read back from the spool file); RSS adds the database's own copies (SQLite's bound blob and pages,
// the PostgreSQL driver's Bind message).
//
//   node --expose-gc --import tsx bench/uploads.ts [sizes in MB, comma-separated: 10,40] [rounds: 3]
//
// PostgreSQL runs too when GONGKAI_TEST_PG_URL names a server.
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Engine } from '../src/services/database.ts';
import { startApi } from '../test/server/fixture.ts';
import { intakeBody } from '../test/server/seed.ts';
import { median, printTable } from './stats.ts';

const MB = 1024 * 1024;
const SIZES = (process.argv[2] ?? '10,40').split(',').map(Number);
const ROUNDS = Number(process.argv[3] ?? 3);
const ENGINES: Engine[] = process.env.GONGKAI_TEST_PG_URL ? ['sqlite', 'postgres'] : ['sqlite'];

/** Sends `path` as the multipart field `file`, streamed from disk; resolves with the status and the answer. */
function upload(
  url: string,
  cookie: string,
  path: string,
  size: number,
): Promise<{ status: number; body: string }> {
  const boundary = 'gongkaiBenchBoundary';
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="bench.pdf"\r\n` +
      'Content-Type: application/pdf\r\n\r\n',
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      {
        method: 'POST',
        headers: {
          cookie,
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'content-length': head.length + size + tail.length,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.once('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }),
        );
      },
    );
    req.once('error', reject);
    req.write(head);
    pipeline(createReadStream(path), req, { end: false })
      .then(() => req.end(tail))
      .catch(reject);
  });
}

interface Measure {
  seconds: number;
  /** Peak growth over the moment before the upload, in bytes. */
  rss: number;
  heap: number;
  buffers: number;
}

/** A fresh server in this process (the client streams from disk, so what grows is the server's). */
async function measure(engine: Engine, size: number, file: string): Promise<Measure> {
  const api = await startApi(engine);
  try {
    const cookie = api.cookieOf('clerk.a');
    const registered = await api.call('clerk.a', {
      method: 'POST',
      url: '/api/v1/requests',
      payload: intakeBody(1),
    });
    const url = `${await api.app.listen({ port: 0, host: '127.0.0.1' })}/api/v1/requests/${registered.json().request.id}/attachments`;
    // Warm the route and the parser with a small file first, then collect what is garbage.
    await writeFile(`${file}.small`, Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(64 * 1024)]));
    await upload(url, cookie, `${file}.small`, 9 + 64 * 1024);
    (globalThis as { gc?: () => void }).gc?.();
    const before = process.memoryUsage();
    const peak = { rss: before.rss, heap: before.heapUsed, buffers: before.arrayBuffers };
    const sampler = setInterval(() => {
      const now = process.memoryUsage();
      peak.rss = Math.max(peak.rss, now.rss);
      peak.heap = Math.max(peak.heap, now.heapUsed);
      peak.buffers = Math.max(peak.buffers, now.arrayBuffers);
    }, 5);
    const started = performance.now();
    const answer = await upload(url, cookie, file, size);
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    const after = process.memoryUsage();
    if (answer.status !== 201) throw new Error(`上传失败：${answer.status} ${answer.body}`);
    return {
      seconds,
      rss: Math.max(peak.rss, after.rss) - before.rss,
      heap: Math.max(peak.heap, after.heapUsed) - before.heapUsed,
      buffers: Math.max(peak.buffers, after.arrayBuffers) - before.arrayBuffers,
    };
  } finally {
    await api.close();
  }
}

const dir = await mkdtemp(join(tmpdir(), 'gongkai-bench-uploads-'));
try {
  const rows = [
    ['引擎', '文件', '上传并保存（秒）', 'MB/秒', 'RSS 增长（MB）', 'JS 堆增长（MB）', 'Buffer 增长（MB）'],
  ];
  for (const engine of ENGINES) {
    for (const sizeMb of SIZES) {
      const size = sizeMb * MB;
      const file = join(dir, `upload-${sizeMb}.pdf`);
      const bytes = randomBytes(size);
      Buffer.from('%PDF-1.7\n').copy(bytes);
      await writeFile(file, bytes);
      const runs: Measure[] = [];
      for (let round = 0; round < ROUNDS; round++) runs.push(await measure(engine, size, file));
      const seconds = median(runs.map((r) => r.seconds));
      const mb = (pick: (m: Measure) => number) => (median(runs.map(pick)) / MB).toFixed(1);
      rows.push([
        engine,
        `${sizeMb} MB`,
        seconds.toFixed(2),
        (sizeMb / seconds).toFixed(0),
        mb((r) => r.rss),
        mb((r) => r.heap),
        mb((r) => r.buffers),
      ]);
    }
  }
  printTable(rows);
  console.log(
    `负载 ${loadavg()[0]!.toFixed(1)}；每格 ${ROUNDS} 轮的中位数，每轮一个新的服务；峰值减去上传前。`,
  );
} finally {
  await rm(dir, { recursive: true, force: true });
}
