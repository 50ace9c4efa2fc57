// A bare Fastify in its own process, the baseline the HTTP benchmarks compare against: the same framework and
// logger as the product, loopback, and only the routes given (JavaScript source that registers them on `app`).
import { spawn } from 'node:child_process';
import { once } from 'node:events';

export interface BareServer {
  /** http://127.0.0.1:port */
  base: string;
  close(): Promise<void>;
}

export async function spawnBareFastify(routes: string): Promise<BareServer> {
  const source = `
    import Fastify from 'fastify';
    const app = Fastify({ logger: { level: 'info' } });
    ${routes}
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    console.error('READY ' + address);
  `;
  const child = spawn(process.execPath, ['--input-type=module', '-e', source], {
    cwd: process.cwd(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.resume();
  let output = '';
  const base = await new Promise<string>((resolve, reject) => {
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /READY (\S+)/.exec(output);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`bare Fastify exited ${code}: ${output}`)));
  });
  return {
    base,
    close: async () => {
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}
