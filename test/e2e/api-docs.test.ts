// The API documentation page in real Chromium: served from the package, with no request leaving the server.
import type { Browser } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/server/app.ts';
import { launchChromium } from '../chromium.ts';
import { testContext } from '../context.ts';
import { createTestDatabase, type TestDatabase } from '../db.ts';

describe('API documentation in Chromium', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let browser: Browser;
  let base: string;
  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    app = await buildServer({ ctx: testContext(database.db) });
    base = await app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await database?.dispose();
  });

  it('serves the API documentation page from the package, with no outside requests', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const outside: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(base) && !r.url().startsWith('data:')) outside.push(r.url());
    });
    await page.goto(`${base}/api/docs`);
    await page.locator('.swagger-ui .info .title').waitFor({ timeout: 15_000 });
    await expect(page.locator('.swagger-ui .info .title').textContent()).resolves.toContain(
      '公开 Gongkai 接口',
    );
    expect(outside).toEqual([]);
    await context.close();
  });
});
