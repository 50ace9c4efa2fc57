// Setup file of the unit tier (vitest.unit.config.ts): a test there may not open a database, a socket, a browser or
// a child process. The database drivers and Playwright are replaced by stand-ins that refuse; sockets and child
// processes are refused at Node's own entry points, whichever library reaches them. A refusal throws, and the test
// fails at its end even if the error was caught.
import childProcess from 'node:child_process';
import dgram from 'node:dgram';
import { syncBuiltinESMExports } from 'node:module';
import net from 'node:net';
import { afterEach, vi } from 'vitest';
import { refusing, takeRefusals, UnitTierIoError } from './refusals.ts';

// vi.mock runs before this file's imports, so each stand-in loads the refusal helpers itself.
vi.mock('better-sqlite3', async () => {
  const { refusing } = await import('./refusals.ts');
  return { default: refusing('打开 SQLite 数据库（better-sqlite3）') };
});
vi.mock('pg', async () => {
  const { refusing } = await import('./refusals.ts');
  const pg = {
    Pool: refusing('连接 PostgreSQL（pg.Pool）'),
    Client: refusing('连接 PostgreSQL（pg.Client）'),
  };
  return { ...pg, default: pg };
});
vi.mock('@electric-sql/pglite', async () => {
  const { refusing } = await import('./refusals.ts');
  return { PGlite: refusing('打开 PGlite 数据库') };
});
vi.mock('playwright-core', async () => {
  const { refusing } = await import('./refusals.ts');
  const browser = (name: string) => ({
    launch: refusing(`启动浏览器（${name}）`),
    launchPersistentContext: refusing(`启动浏览器（${name}）`),
    launchServer: refusing(`启动浏览器（${name}）`),
    connect: refusing(`连接浏览器（${name}）`),
    connectOverCDP: refusing(`连接浏览器（${name}）`),
  });
  return { chromium: browser('chromium'), firefox: browser('firefox'), webkit: browser('webkit') };
});

// Every TCP or local-socket client (pg, http, fetch) ends in Socket#connect, every server in Server#listen; UDP in
// Socket#bind and #send.
net.Socket.prototype.connect = refusing('打开网络连接（net.Socket#connect）');
net.Server.prototype.listen = refusing('监听端口（net.Server#listen）');
dgram.Socket.prototype.bind = refusing('打开 UDP 套接字（dgram.Socket#bind）');
dgram.Socket.prototype.send = refusing('发送 UDP 数据（dgram.Socket#send）');

// A server, a CLI or a browser started as a process.
for (const name of ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork'] as const) {
  Object.assign(childProcess, { [name]: refusing(`启动子进程（child_process.${name}）`) });
}
// `import { spawn } from 'node:child_process'` reads the ES module's own copy of the export: bring it up to date.
syncBuiltinESMExports();

afterEach(() => {
  const refusals = takeRefusals();
  if (refusals.length > 0) throw new UnitTierIoError(refusals.join('、'));
});
