// GET /reports/annual/{year}/cells over HTTP: a table 三 cell lists its requests, as many as its value; a row the
// table lacks gets a Chinese refusal; another agency's cell is refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/services/clock.ts';
import { TEST_NOW } from '../context.ts';
import { ENGINES } from '../db.ts';
import { startApi, type ApiFixture } from './fixture.ts';
import { registerReceivedOn } from '../e2e/console/workbench-seed.ts';

describe.each(ENGINES)('年度报告单元格下钻 API (%s)', (engine) => {
  let api: ApiFixture;
  beforeAll(async () => {
    api = await startApi(engine, {}, fixedClock(TEST_NOW));
    await registerReceivedOn(api.ctx, api.tenancy.a.id, '2026-10-09', '申请人甲');
    await registerReceivedOn(api.ctx, api.tenancy.a.id, '2026-11-06', '申请人乙');
  });
  afterAll(() => api.close());

  it('lists the requests of a cell, as many as the built table says', async () => {
    const url = (q: string) => `/api/v1/reports/annual/2026/cells?agencyId=${api.tenancy.a.id}&${q}`;
    const built = await api.call('supervisor.s', {
      method: 'GET',
      url: `/api/v1/reports/annual?year=2026&agencyId=${api.tenancy.a.id}`,
    });
    const received = built.json().report.tables.applications.received.at(-1);
    const cell = await api.call('supervisor.s', {
      method: 'GET',
      url: url('table=applications&row=received&column=total'),
    });
    expect(cell.statusCode).toBe(200);
    expect(cell.json().count).toBe(received);
    expect(cell.json().entries).toHaveLength(received);
    expect(received).toBeGreaterThanOrEqual(2);
    const bad = await api.call('supervisor.s', {
      method: 'GET',
      url: url('table=applications&row=nope&column=total'),
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('表三没有这一行');
    const outside = await api.call('clerk.c', {
      method: 'GET',
      url: url('table=applications&row=received&column=total'),
    });
    expect(outside.statusCode).toBe(403);
  });
});
