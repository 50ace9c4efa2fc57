// Behind the documented HTTPS reverse proxy, the rate limits count each real client (X-Forwarded-For from a trusted
// proxy), not the proxy's one address (issue 12); a client cannot claim another address through a proxy that is not
// trusted. `gongkai serve` refuses a GONGKAI_TRUST_PROXY that is not an address, a range or a range name.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src/server/app.ts';
import { createServiceContext } from '../../src/services/bootstrap.ts';
import { runCli } from '../cli/run-cli.ts';
import { createTestDatabase, type TestDatabase } from '../db.ts';

describe('trustProxy and the rate limits', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
  });
  afterAll(() => database.dispose());

  const serverWith = (trustProxy: false | string[]) =>
    buildServer({
      ctx: createServiceContext({ db: database.db }),
      config: { trustProxy, publicRateLimit: { max: 2, windowMs: 60_000 } },
    });
  // From the proxy on loopback, on behalf of `client`.
  const lookUp = (app: FastifyInstance, client: string) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/public/status',
      remoteAddress: '127.0.0.1',
      headers: { 'x-forwarded-for': client },
      payload: { trackingNumber: 'GK20260000000001', queryCode: 'ABCDEFGH' },
    });

  it('gives each client behind a trusted proxy its own bucket', async () => {
    const app = await serverWith(['loopback']);
    try {
      for (let i = 0; i < 2; i++) expect((await lookUp(app, '203.0.113.1')).statusCode).not.toBe(429);
      expect((await lookUp(app, '203.0.113.1')).statusCode).toBe(429);
      expect((await lookUp(app, '203.0.113.2')).statusCode).not.toBe(429);
    } finally {
      await app.close();
    }
  });

  it('without trust, ignores X-Forwarded-For: everyone shares the caller address', async () => {
    const app = await serverWith(false);
    try {
      expect((await lookUp(app, '203.0.113.1')).statusCode).not.toBe(429);
      expect((await lookUp(app, '203.0.113.2')).statusCode).not.toBe(429);
      expect((await lookUp(app, '203.0.113.3')).statusCode).toBe(429);
    } finally {
      await app.close();
    }
  });

  it('serve refuses a malformed GONGKAI_TRUST_PROXY with one Chinese line', async () => {
    const result = await runCli(['serve', '--port', '0', '--url', database.url], {
      env: { GONGKAI_TRUST_PROXY: '127.0.0.1,proxy.example' },
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'GONGKAI_TRUST_PROXY 中的“proxy.example”不是 IP 地址、网段（如 10.0.0.0/8）或 loopback、linklocal、uniquelocal',
    );
  }, 60_000);
});
