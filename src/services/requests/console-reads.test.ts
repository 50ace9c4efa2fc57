// What the console reads: the inbox filters run in SQL (channel, applicant kind, 查询号 search), and the detail
// lists only the steps the person may record now (policy + state machine).
import { expect, it } from 'vitest';
import { forEachEngine } from '../../../test/db.ts';
import { makeAgency } from '../../../test/db/factories.ts';
import { staffAs } from '../../../test/actors.ts';
import { testContext } from '../../../test/context.ts';
import { listQuery } from '../../contracts/requests.ts';
import { SYSTEM_ACTOR } from '../actor.ts';
import { requestDetail } from './detail.ts';
import { registerRequest } from './intake.ts';
import { listRequests } from './queries.ts';

const applicant = {
  kind: 'naturalPerson' as const,
  name: '筛选申请人',
  idDocument: null,
  contact: '13800000000',
};

forEachEngine((_engine, getDb) => {
  it('filters the inbox by channel, applicant kind and tracking number, in the database', async () => {
    const ctx = testContext(getDb());
    const agency = await makeAgency(getDb(), { registrationPrefix: '筛依申' });
    const base = {
      agencyId: agency.id,
      arrivedOn: '2023-03-01',
      informationSought: '某信息',
      formWanted: '纸质',
    };
    const byPost = await registerRequest(ctx, SYSTEM_ACTOR, { ...base, channel: 'signedPost', applicant });
    await registerRequest(ctx, SYSTEM_ACTOR, {
      ...base,
      channel: 'inPerson',
      applicant: { ...applicant, kind: 'commercialEnterprise', name: '某公司' },
    });
    const clerk = staffAs('clerk', agency.id);
    const list = (query: Record<string, string>) => listRequests(ctx, clerk, listQuery.parse(query));
    expect((await list({})).total).toBe(2);
    expect((await list({ channel: 'signedPost' })).items.map((r) => r.id)).toEqual([byPost.request.id]);
    expect((await list({ applicantKind: 'commercialEnterprise' })).items[0]!.applicant.name).toBe('某公司');
    const tracking = byPost.request.trackingNumber.toLowerCase();
    expect((await list({ q: tracking })).items.map((r) => r.id)).toEqual([byPost.request.id]);
  });

  it('lists the steps a clerk may record now, never a decision or an extension', async () => {
    const ctx = testContext(getDb());
    const agency = await makeAgency(getDb(), { registrationPrefix: '步依申' });
    const { request } = await registerRequest(ctx, SYSTEM_ACTOR, {
      agencyId: agency.id,
      arrivedOn: '2023-03-01',
      channel: 'inPerson',
      applicant,
      informationSought: '某信息',
      formWanted: '纸质',
    });
    const clerk = await requestDetail(ctx, staffAs('clerk', agency.id), { requestId: request.id });
    expect(clerk.allowedEvents).toContain('assigned');
    expect(clerk.allowedEvents).not.toContain('decided');
    expect(clerk.allowedEvents).not.toContain('extended');
    expect(clerk.allowedEvents).not.toContain('replySent');
    const head = await requestDetail(ctx, staffAs('officeHead', agency.id), { requestId: request.id });
    expect(head.allowedEvents).toEqual(expect.arrayContaining(['decided', 'extended']));
  });
});
