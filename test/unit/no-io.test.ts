// The unit tier's guard (no-io.ts) at work: each kind of I/O a pure test may not do is refused with a message that
// names it, and a test that swallows the refusal still fails. These run in the unit tier, where the guard is loaded;
// if it were not, opening the database below would succeed and these tests would fail.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import net from 'node:net';
import SqliteDatabase from 'better-sqlite3';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/storage/database.ts';
import { takeRefusals } from './refusals.ts';

const REFUSED = /^单元测试层不得.+完整测试（npm test）/;

describe('the unit tier refuses I/O', () => {
  it('opening an SQLite database', () => {
    expect(() => new SqliteDatabase(':memory:')).toThrow(REFUSED);
    expect(takeRefusals()).toEqual(['打开 SQLite 数据库（better-sqlite3）']);
  });

  it('opening any engine through the application’s own openDatabase', async () => {
    await expect(openDatabase('sqlite::memory:')).rejects.toThrow(REFUSED);
    await expect(openDatabase('pglite:memory')).rejects.toThrow(REFUSED);
    await expect(openDatabase('postgres://postgres@127.0.0.1:5432/postgres')).rejects.toThrow(REFUSED);
    expect(takeRefusals()).toEqual([
      '打开 SQLite 数据库（better-sqlite3）',
      '打开 PGlite 数据库',
      '连接 PostgreSQL（pg.Pool）',
    ]);
  });

  it('opening a socket or listening on a port', () => {
    expect(() => net.connect(5432, '127.0.0.1')).toThrow(REFUSED);
    expect(() => createServer().listen(0)).toThrow(REFUSED);
    expect(takeRefusals()).toEqual(['打开网络连接（net.Socket#connect）', '监听端口（net.Server#listen）']);
  });

  it('fetching over HTTP', async () => {
    const failure: unknown = await fetch('http://127.0.0.1:5432/').catch((error: unknown) => error);
    expect(failure).toMatchObject({ cause: { message: expect.stringMatching(REFUSED) } });
    expect(takeRefusals()).toEqual(['打开网络连接（net.Socket#connect）']);
  });

  it('launching a browser', () => {
    expect(() => chromium.launch()).toThrow(REFUSED);
    expect(takeRefusals()).toEqual(['启动浏览器（chromium）']);
  });

  it('starting a child process', () => {
    expect(() => spawn(process.execPath, ['--version'])).toThrow(REFUSED);
    expect(takeRefusals()).toEqual(['启动子进程（child_process.spawn）']);
  });

  // Passes only because the test fails: the refusal, caught here, is reported when the test ends.
  it.fails('a test that catches the refusal still fails', () => {
    try {
      new SqliteDatabase(':memory:');
    } catch {
      // swallowed on purpose
    }
  });
});
