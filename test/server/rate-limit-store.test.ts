// The database rate-limit store (server/rate-limit-store.ts) in the product's server, on both engines: two servers
// built on two connections to one database share a count per route and client — the limit holds across them,
// another route and another client keep their own counts, and the refusal says when to come back.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src/server/app.ts';
import { createServiceContext } from '../../src/services/bootstrap.ts';
import type { OpenDatabase } from '../../src/services/database.ts';
import { runCli } from '../cli/run-cli.ts';
import { forEachEngine, openSecondHandle } from '../db.ts';

forEachEngine((_engine, getDb, getTest) => {
  let second: OpenDatabase;
  const servers: FastifyInstance[] = [];

  beforeAll(async () => {
    second = await openSecondHandle(getTest());
    for (const db of [getDb(), second.db])
      servers.push(
        await buildServer({
          ctx: createServiceContext({ db }),
          config: { rateLimitStore: 'database', publicReadRateLimit: { max: 3, windowMs: 60_000 } },
        }),
      );
  });

  afterAll(async () => {
    await Promise.all(servers.map((server) => server.close()));
    await second.close();
  });

  it('counts a client on a route once for both servers', async () => {
    const [a, b] = servers as [FastifyInstance, FastifyInstance];
    const get = (server: FastifyInstance, url: string, remoteAddress = '203.0.113.7') =>
      server.inject({ url, remoteAddress });
    const statuses = [];
    for (const server of [a, b, a]) statuses.push((await get(server, '/api/v1/calendar')).statusCode);
    expect(statuses).toEqual([200, 200, 200]);
    const refused = await get(b, '/api/v1/calendar');
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toMatchObject({ error: { code: 'http.rateLimited' } });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60);
    // Another route, another client: counted apart.
    expect((await get(a, '/api/v1/calendar/2026')).statusCode).toBe(200);
    expect((await get(b, '/api/v1/calendar', '203.0.113.8')).statusCode).toBe(200);
  });
});

it('serve refuses a GONGKAI_RATE_LIMIT_STORE it does not know with one Chinese line', async () => {
  const result = await runCli(['serve', '--port', '0', '--url', 'sqlite::memory:'], {
    env: { GONGKAI_RATE_LIMIT_STORE: 'redis' },
  });
  expect(result.code).toBe(2);
  expect(result.stderr).toContain(
    'GONGKAI_RATE_LIMIT_STORE 应为 memory（本进程内计数）或 database（所有服务进程共用）',
  );
}, 60_000);
