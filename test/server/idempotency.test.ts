// Idempotency-Key on the two writes a double click can repeat — registering a request and appending to its
// timeline — on both engines: a repeat (even sent at the same moment) writes once and answers as the first did; the
// same key for a different request is refused; a refused write leaves no key behind.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../db.ts';
import { fixedClock } from '../../src/services/clock.ts';
import { TEST_NOW } from '../context.ts';
import { intakeBody } from './seed.ts';
import { startApi, username, type ApiFixture } from './fixture.ts';
import { siteOf } from './portal-site.ts';

for (const engine of ENGINES) {
  describe(`Idempotency-Key (${engine})`, () => {
    let api: ApiFixture;
    beforeAll(async () => {
      api = await startApi(engine, {}, fixedClock(TEST_NOW));
    });
    afterAll(async () => {
      await api?.close();
    });
    const clerk = username('clerk', 'a');
    const register = (body: unknown, key?: string) =>
      api.call(clerk, {
        method: 'POST',
        url: '/api/v1/requests',
        payload: body as object,
        headers: key ? { 'idempotency-key': key } : {},
      });
    const countOf = async (name: string) =>
      (await api.call(clerk, { method: 'GET', url: `/api/v1/requests?q=${encodeURIComponent(name)}` }))
        .json()
        .items.filter((r: { applicant: { name: string } }) => r.applicant.name === name).length;

    it('registers once for a key sent twice, and for five sent at once', async () => {
      const body = intakeBody(9101);
      const first = await register(body, 'key-register-9101');
      const second = await register(body, 'key-register-9101');
      expect(first.statusCode).toBe(201);
      expect(second.statusCode).toBe(201);
      expect(second.json().request.serial).toBe(first.json().request.serial);
      expect(second.json().queryCode).toBe(first.json().queryCode);

      const burst = intakeBody(9102);
      const answers = await Promise.all(
        Array.from({ length: 5 }, () => register(burst, 'key-register-9102')),
      );
      expect(answers.map((a) => a.statusCode)).toEqual([201, 201, 201, 201, 201]);
      expect(new Set(answers.map((a) => a.json().request.id)).size).toBe(1);

      // Without a key every call is a new request: the protection is opt-in, never a guess.
      await register(intakeBody(9103));
      await register(intakeBody(9103));
      expect(await countOf('申请人9101')).toBe(1);
      expect(await countOf('申请人9102')).toBe(1);
      expect(await countOf('申请人9103')).toBe(2);
    });

    it('refuses the same key for a different request, and a malformed key', async () => {
      await register(intakeBody(9104), 'key-register-9104');
      const other = await register(intakeBody(9105), 'key-register-9104');
      expect(other.statusCode).toBe(422);
      expect(other.json().error.code).toBe('platform.idempotencyKeyReused');
      expect(await countOf('申请人9105')).toBe(0);
      const malformed = await register(intakeBody(9106), 'short');
      expect(malformed.statusCode).toBe(422);
      expect(malformed.json().error.code).toBe('platform.invalidIdempotencyKey');
    });

    it('appends once per key; a refused append leaves the key free', async () => {
      const id = (await register(intakeBody(9107))).json().request.id as string;
      const append = (event: object, key: string) =>
        api.call(clerk, {
          method: 'POST',
          url: `/api/v1/requests/${id}/events`,
          payload: { event },
          headers: { 'idempotency-key': key },
        });
      const assigned = { type: 'assigned', on: '2026-11-03', assignee: '张三' };
      expect((await append(assigned, 'key-append-1')).statusCode).toBe(201);
      const repeat = await append(assigned, 'key-append-1');
      expect(repeat.statusCode).toBe(201);
      expect(repeat.json().request.eventCount).toBe(2);

      // A date before the arrival is refused by core; the key is not kept, so the corrected event goes through.
      const early = await append({ type: 'assigned', on: '2026-10-01', assignee: '李四' }, 'key-append-2');
      expect(early.statusCode).toBe(422);
      const corrected = await append(
        { type: 'assigned', on: '2026-11-04', assignee: '李四' },
        'key-append-2',
      );
      expect(corrected.statusCode).toBe(201);

      const detail = (await api.call(clerk, { method: 'GET', url: `/api/v1/requests/${id}` })).json();
      expect(detail.timeline.length ?? detail.events.length).toBe(3);
    });
  });
}

describe('the public /apply form', () => {
  let api: ApiFixture;
  beforeAll(async () => {
    api = await startApi('sqlite', {}, fixedClock(TEST_NOW));
  });
  afterAll(async () => {
    await api?.close();
  });

  it('files one request when 提交申请 is pressed twice (the form carries its key)', async () => {
    const site = await siteOf(api, 'a');
    const form = (await api.app.inject({ method: 'GET', url: `${site}apply` })).body;
    const submissionKey = /name="submissionKey" value="([^"]+)"/.exec(form)?.[1];
    expect(submissionKey).toMatch(/^[0-9a-f-]{36}$/);
    const post = () =>
      api.app.inject({
        method: 'POST',
        url: `${site}apply`,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({
          submissionKey: submissionKey!,
          applicantKind: 'naturalPerson',
          name: '双击的申请人',
          idDocument: '',
          contact: '13800000000',
          informationSought: '2026 年人防工程名录',
          formWanted: '电子邮件',
        }).toString(),
      });
    const [first, second] = [await post(), await post()];
    expect(first.statusCode, first.body).toBe(201);
    expect(second.statusCode).toBe(201);
    const trackingOf = (body: string) => /id="tracking-number"[^>]*>([^<]+)</.exec(body)?.[1];
    expect(trackingOf(second.body)).toBe(trackingOf(first.body));
    const listed = await api.call(username('clerk', 'a'), {
      method: 'GET',
      url: '/api/v1/requests?pageSize=100',
    });
    const named = listed
      .json()
      .items.filter((r: { applicant: { name: string } }) => r.applicant.name === '双击的申请人');
    expect(named).toHaveLength(1);
  });
});
