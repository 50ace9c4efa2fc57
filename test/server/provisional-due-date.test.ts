// 暂定 due dates on every surface (issue 8): at TEST_NOW, 2026-12-04, the 20 working days of 《条例》第三十三条 end
// in 2027, a year whose holiday arrangement the State Council has not yet published. The online receipt (JSON and
// HTML), /track (JSON and HTML), a staff registration and the API's request detail all mark the date 暂定 with the
// reason; a request whose deadline falls in a published year shows no such mark.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/services/clock.ts';
import { TEST_NOW } from '../context.ts';
import { ENGINES } from '../db.ts';
import { startApi, type ApiFixture } from './fixture.ts';
import { siteOf } from './portal-site.ts';
import { intakeBody } from './seed.ts';

const form = (fields: Record<string, string>) => ({
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  payload: new URLSearchParams(fields).toString(),
});

describe.each(ENGINES)('暂定 due dates (%s)', (engine) => {
  let api: ApiFixture;
  beforeAll(async () => {
    api = await startApi(engine, {}, fixedClock(TEST_NOW));
  });
  afterAll(() => api.close());

  const submission = () => ({
    agencyId: api.tenancy.a.id,
    applicant: { kind: 'naturalPerson', name: '暂定测试', idDocument: null, contact: '13800000000' },
    informationSought: '2026 年人防工程名录',
    formWanted: '电子邮件',
  });

  it('the online receipt and the status lookup (JSON) mark a 2027 due date 暂定 with the reason', async () => {
    const submitted = await api.app.inject({
      method: 'POST',
      url: '/api/v1/public/requests',
      payload: submission(),
    });
    expect(submitted.statusCode, submitted.body).toBe(201);
    const ack = submitted.json();
    expect(ack.receivedOn).toBe('2026-12-04');
    expect(ack.dueOn).toMatch(/^2027-/);
    expect(ack.provisional).toBe(true);
    expect(ack.provisionalReason).toContain('2027');
    expect(ack.acknowledgement).toContain(`答复期限：${ack.dueOn}（暂定）`);
    expect(ack.acknowledgement).toContain(`暂定原因：${ack.provisionalReason}`);

    const status = await api.app.inject({
      method: 'POST',
      url: '/api/v1/public/status',
      payload: { trackingNumber: ack.trackingNumber, queryCode: ack.queryCode },
    });
    expect(status.json()).toMatchObject({
      dueOn: ack.dueOn,
      provisional: true,
      provisionalReason: ack.provisionalReason,
    });
  });

  it('/apply and /track (HTML) show the due date with （暂定） and the reason', async () => {
    const applied = await api.app.inject({
      method: 'POST',
      url: `${await siteOf(api, 'a')}apply`,
      ...form({
        applicantKind: 'naturalPerson',
        name: '页面暂定测试',
        idDocument: '',
        contact: '13800000000',
        informationSought: '2026 年人防工程名录',
        formWanted: '电子邮件',
      }),
    });
    expect(applied.statusCode, applied.body).toBe(201);
    expect(applied.body).toMatch(
      /id="due-on">2027-\d{2}-\d{2} <strong class="provisional">（暂定）<\/strong>/,
    );
    expect(applied.body).toContain('2027年的放假安排国务院办公厅尚未通知');
    const trackingNumber = /id="tracking-number">([^<]+)</.exec(applied.body)![1]!;
    const queryCode = /id="query-code">([^<]+)</.exec(applied.body)![1]!;

    const tracked = await api.app.inject({
      method: 'POST',
      url: '/track',
      ...form({ trackingNumber, queryCode }),
    });
    expect(tracked.statusCode, tracked.body).toBe(200);
    expect(tracked.body).toMatch(
      /id="due-on">2027-\d{2}-\d{2} <strong class="provisional">（暂定）<\/strong>/,
    );
    expect(tracked.body).toContain('2027年的放假安排国务院办公厅尚未通知');
  });

  it('a staff registration and the request detail carry the flag and the reason', async () => {
    const registered = await api.call('clerk.a', {
      method: 'POST',
      url: '/api/v1/requests',
      payload: { ...intakeBody(1), arrivedOn: '2026-12-04' },
    });
    expect(registered.statusCode, registered.body).toBe(201);
    expect(registered.json()).toMatchObject({ provisional: true });
    const detail = await api.call('clerk.a', {
      method: 'GET',
      url: `/api/v1/requests/${registered.json().request.id}`,
    });
    expect(detail.json().deadline).toMatchObject({ provisional: true });
    expect(detail.json().deadline.provisionalReason).toContain('2027');
    expect(detail.json().deadline.dueOn).toMatch(/^2027-/);
  });

  it('a due date in a published year is not marked', async () => {
    const registered = await api.call('clerk.a', {
      method: 'POST',
      url: '/api/v1/requests',
      payload: { ...intakeBody(2), arrivedOn: '2026-03-02' },
    });
    expect(registered.json()).toMatchObject({ provisional: false, provisionalReason: null });
    expect(registered.json().acknowledgement).not.toContain('暂定');
    const { trackingNumber } = registered.json().request;
    const status = await api.app.inject({
      method: 'POST',
      url: '/api/v1/public/status',
      payload: { trackingNumber, queryCode: registered.json().queryCode },
    });
    expect(status.json()).toMatchObject({ provisional: false, provisionalReason: null });
    const tracked = await api.app.inject({
      method: 'POST',
      url: '/track',
      ...form({ trackingNumber, queryCode: registered.json().queryCode }),
    });
    expect(tracked.body).not.toContain('暂定');
  });
});
