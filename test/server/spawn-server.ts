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

export async function spawnServer(
  databaseUrl: string,
  extraArgs: string[] = [],
  timeoutMs = 20_000,
): Promise<RunningServer> {
  const child = spawn(
    process.execPath,
    [join(repoRoot, 'bin/gongkai'), 'serve', '--port', '0', '--url', databaseUrl, ...extraArgs],
    {
      cwd: repoRoot,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const exited = once(child, 'exit');
  const baseUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`服务未在 ${timeoutMs} 毫秒内启动：\n${output}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /已启动[^\n]*?(http:\/\/[^\s]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`服务启动失败（退出码 ${code}）：\n${output}`));
    });
  });
  return {
    child,
    baseUrl,
    output: () => output,
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
