// A lean HTTP/1.1 load generator for the page benchmarks: raw keep-alive TCP connections, one request in flight per
// connection, responses framed by Content-Length — cheap enough that on two cores the server, not the client, is
// what is measured. Two modes:
// - closedLoop: every connection sends its next request as soon as the last is answered (maximum throughput);
// - openLoop: requests are due at a fixed rate whatever the server does; latency is counted from the moment a
//   request was due, so a stalled server cannot hide its queue (no coordinated omission).
// A request is a path (GET, HTML) or an Outgoing (any method, headers and body); `ok` is the status that counts as
// answered (200 unless given).
import { connect, type Socket } from 'node:net';
import { percentile } from './stats.ts';

export interface LoadResult {
  /** Answers per second (status `ok` only). */
  perSecond: number;
  p50: number;
  p99: number;
  completed: number;
  /** Answers other than `ok`, and connection errors. */
  failed: number;
}

export interface Outgoing {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
}

type Next = () => string | Outgoing;

function serialise(next: string | Outgoing, host: string): string {
  if (typeof next === 'string') return `GET ${next} HTTP/1.1\r\nHost: ${host}\r\nAccept: text/html\r\n\r\n`;
  const headers = Object.entries(next.headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  const length = Buffer.byteLength(next.body);
  return `${next.method} ${next.path} HTTP/1.1\r\nHost: ${host}\r\n${headers}Content-Length: ${length}\r\n\r\n${next.body}`;
}

interface Pending {
  dueAt: number;
  resolve: (outcome: { status: number; ms: number }) => void;
}

/** One keep-alive connection with at most one request in flight. */
class Connection {
  private buffer: Buffer = Buffer.alloc(0);
  private pending: Pending | undefined;
  private constructor(
    private readonly socket: Socket,
    private readonly host: string,
  ) {
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => this.receive(chunk));
    socket.on('error', () => this.finish(0));
  }

  static open(url: URL): Promise<Connection> {
    return new Promise((resolve, reject) => {
      const socket = connect(Number(url.port), url.hostname, () => resolve(new Connection(socket, url.host)));
      socket.once('error', reject);
    });
  }

  get idle(): boolean {
    return this.pending === undefined;
  }

  send(next: string | Outgoing, dueAt: number): Promise<{ status: number; ms: number }> {
    return new Promise((resolve) => {
      this.pending = { dueAt, resolve };
      this.socket.write(serialise(next, this.host));
    });
  }

  close(): void {
    this.socket.destroy();
  }

  private receive(chunk: Buffer): void {
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
    const headerEnd = this.buffer.indexOf('\r\n\r\n');
    if (headerEnd < 0) return;
    const head = this.buffer.subarray(0, headerEnd).toString('latin1');
    const length = Number(/\r\ncontent-length:\s*(\d+)/i.exec(head)?.[1] ?? 0);
    if (this.buffer.length < headerEnd + 4 + length) return;
    this.buffer = this.buffer.subarray(headerEnd + 4 + length);
    this.finish(Number(head.slice(9, 12)));
  }

  private finish(status: number): void {
    const pending = this.pending;
    this.pending = undefined;
    pending?.resolve({ status, ms: performance.now() - pending.dueAt });
  }
}

async function openConnections(base: string, count: number): Promise<Connection[]> {
  const url = new URL(base);
  return Promise.all(Array.from({ length: count }, () => Connection.open(url)));
}

function summarise(latencies: number[], failed: number, seconds: number): LoadResult {
  return {
    perSecond: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    completed: latencies.length,
    failed,
  };
}

/** `paths()` gives the next request to send (the same one, or a different one each time). */
export async function closedLoop(
  base: string,
  paths: Next,
  { connections, seconds, ok = 200 }: { connections: number; seconds: number; ok?: number },
): Promise<LoadResult> {
  const pool = await openConnections(base, connections);
  const latencies: number[] = [];
  let failed = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    pool.map(async (connection) => {
      while (performance.now() < deadline) {
        const { status, ms } = await connection.send(paths(), performance.now());
        if (status === ok) latencies.push(ms);
        else failed++;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  pool.forEach((c) => c.close());
  return summarise(latencies, failed, elapsed);
}

export async function openLoop(
  base: string,
  paths: Next,
  {
    rate,
    seconds,
    connections,
    ok = 200,
  }: { rate: number; seconds: number; connections: number; ok?: number },
): Promise<LoadResult> {
  const pool = await openConnections(base, connections);
  const latencies: number[] = [];
  let failed = 0;
  const queue: number[] = [];
  const started = performance.now();
  const total = Math.round(rate * seconds);
  let issued = 0;
  let answered = 0;
  await new Promise<void>((done) => {
    const dispatch = () => {
      for (const connection of pool) {
        if (queue.length === 0) return;
        if (!connection.idle) continue;
        const dueAt = queue.shift()!;
        void connection.send(paths(), dueAt).then(({ status, ms }) => {
          if (status === ok) latencies.push(ms);
          else failed++;
          if (++answered === total) done();
          else dispatch();
        });
      }
    };
    const tick = () => {
      const now = performance.now();
      // Every request whose moment has come joins the queue with that moment, however late the timer fired.
      while (issued < total && started + (issued * 1000) / rate <= now)
        queue.push(started + (issued++ * 1000) / rate);
      dispatch();
      if (issued < total) setTimeout(tick, 1);
    };
    tick();
  });
  pool.forEach((c) => c.close());
  return summarise(latencies, failed, (performance.now() - started) / 1000);
}
