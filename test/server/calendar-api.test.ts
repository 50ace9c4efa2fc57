// The public calendar API on both engines: the years held, one year, and a deadline; bad input is refused with
// 400, a year the calendar lacks with calendar.yearUnknown; every route and body is in the OpenAPI document.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../db.ts';
import { startApi, type ApiFixture } from './fixture.ts';

for (const engine of ENGINES) {
  describe(`calendar API (${engine})`, () => {
    let api: ApiFixture;
    beforeAll(async () => {
      api = await startApi(engine);
    });
    afterAll(() => api.close());
    const get = (url: string) => api.app.inject({ method: 'GET', url });

    it('answers without a sign-in: years, a year, a deadline', async () => {
      const years = await get('/api/v1/calendar');
      expect(years.statusCode).toBe(200);
      expect(years.json()).toMatchObject({ heldLabel: '2004–2026' });
      const year = await get('/api/v1/calendar/2023');
      expect(year.statusCode).toBe(200);
      expect(year.json()).toMatchObject({ imported: null, schedule: { year: 2023 } });
      expect(year.json().schedule.holidays['2023-10-01']).toBe('国庆节');
      // The example: online, confirmed 25 September 2023 → 27 October, over the 中秋/国庆 week.
      const due = await get('/api/v1/calendar/deadline?received=2023-09-25&channel=online');
      expect(due.statusCode).toBe(200);
      expect(due.json()).toMatchObject({ receivedOn: '2023-09-25', dueOn: '2023-10-27', provisional: false });
    });

    it('refuses bad input with 400 and an unknown year with calendar.yearUnknown', async () => {
      expect((await get('/api/v1/calendar/deadline?received=2023-02-30&channel=online')).statusCode).toBe(
        400,
      );
      expect((await get('/api/v1/calendar/deadline?received=2023-09-25&channel=pigeon')).statusCode).toBe(
        400,
      );
      expect((await get('/api/v1/calendar/deadline?received=2023-09-25')).statusCode).toBe(400);
      expect((await get('/api/v1/calendar/abc')).statusCode).toBe(400);
      const unknown = await get('/api/v1/calendar/2031');
      expect(unknown.statusCode).toBe(422);
      expect(unknown.json().error.code).toBe('calendar.yearUnknown');
    });

    it('is documented in OpenAPI with its bodies', async () => {
      const doc = (await get('/api/docs/json')).json();
      for (const path of ['/api/v1/calendar', '/api/v1/calendar/{year}', '/api/v1/calendar/deadline']) {
        const schema = doc.paths[path]?.get?.responses?.['200']?.content?.['application/json']?.schema;
        expect(schema, path).toBeTruthy();
      }
      const params = doc.paths['/api/v1/calendar/deadline'].get.parameters.map(
        (p: { name: string }) => p.name,
      );
      expect(params).toEqual(expect.arrayContaining(['received', 'channel']));
    });
  });
}
