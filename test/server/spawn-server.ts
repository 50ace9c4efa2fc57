// Starts the real `bin/gongkai serve` as a child process (one process: bin/gongkai runs the TypeScript in-process
// through tsx) on a free loopback port, and waits for its "已启动" line. Used by the kill -9 test, the browser test
// and bench/requests.ts.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { repoRoot } from '../shared.ts';

export interface RunningServer {
  child: ChildProcess;
  baseUrl: string;
  /** Everything the process printed, for failure messages. */
  output(): string;
  /** SIGTERM and wait for the exit code. */
  stop(): Promise<number | null>;
  /** SIGKILL: no shutdown, no flush. */
  kill(): Promise<void>;
}

const TAIL_BYTES = 256 * 1024;

/** `entry`: the command's script — bin/gongkai (TypeScript through tsx) or the production build's main.js. */
export async function spawnServer(
  databaseUrl: string,
  extraArgs: string[] = [],
  timeoutMs = 20_000,
  entry = join(repoRoot, 'bin/gongkai'),
): Promise<RunningServer> {
  const child = spawn(process.execPath, [entry, 'serve', '--port', '0', '--url', databaseUrl, ...extraArgs], {
    cwd: repoRoot,
    env: { ...process.env, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Everything up to the start line, then only the latest TAIL_BYTES: a benchmark's request logs would otherwise grow
  // without end (and be searched on every chunk).
  let output = '';
  const tail: Buffer[] = [];
  let tailBytes = 0;
  let started = false;
  const keep = (chunk: Buffer) => {
    tail.push(chunk);
    tailBytes += chunk.length;
    while (tailBytes > TAIL_BYTES && tail.length > 1) tailBytes -= tail.shift()!.length;
  };
  child.stdout!.on('data', (chunk: Buffer) => {
    if (started) keep(chunk);
  });
  child.stderr!.on('data', (chunk: Buffer) => {
    if (started) keep(chunk);
    else output += chunk.toString('utf8');
  });
  const exited = once(child, 'exit');
  const baseUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`服务未在 ${timeoutMs} 毫秒内启动：\n${output}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      if (started) return;
      output += chunk.toString('utf8');
      const match = /已启动[^\n]*?(http:\/\/[^\s]+)/.exec(output);
      if (match) {
        started = true;
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`服务启动失败（退出码 ${code}）：\n${output}`));
    });
  });
  return {
    child,
    baseUrl,
    output: () => output + Buffer.concat(tail).toString('utf8'),
    stop: async () => {
      child.kill('SIGTERM');
      const [code] = (await exited) as [number | null];
      return code;
    },
    kill: async () => {
      child.kill('SIGKILL');
      await exited;
    },
  };
}

/**
 * Two servers on one database, as behind a load balancer (PostgreSQL only). Started at once; on a loaded machine
 * (the full suite) two starts can take well over the single start's default 20 s.
 */
export async function spawnServerPair(databaseUrl: string): Promise<[RunningServer, RunningServer]> {
  const start = () => spawnServer(databaseUrl, [], 90_000);
  return Promise.all([start(), start()]);
}
