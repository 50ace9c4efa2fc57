import { describe, expect, it } from 'vitest';
import { forEachEngine } from '../../../test/db.ts';
import { makeAgency, makeUser } from '../../../test/db/factories.ts';
import { staffAs } from '../../../test/actors.ts';
import { testContext } from '../../../test/context.ts';
import { PUBLIC_ACTOR, staffActor, SYSTEM_ACTOR } from '../actor.ts';
import { listAuditTrail } from '../audit.ts';
import { fixedClock } from '../clock.ts';
import type { ServiceContext } from '../context.ts';
import { appendEvent, type AppendEventInput } from './append-event.ts';
import { requestDetail } from './detail.ts';
import { registerRequest, submitOnline, type RegistrationInput } from './intake.ts';
import { publicStatus } from './public-track.ts';
import { deadlineWarnings } from './queries.ts';

const applicant = {
  kind: 'naturalPerson' as const,
  name: '测试申请人',
  idDocument: '居民身份证',
  contact: '13800000000',
};

function registration(agencyId: string, overrides: Partial<RegistrationInput> = {}): RegistrationInput {
  return {
    agencyId,
    channel: 'inPerson',
    arrivedOn: '2023-03-01',
    applicant,
    informationSought: '本机关2022年人防工程建设情况',
    formWanted: '纸质',
    ...overrides,
  };
}

forEachEngine((_engine, getDb) => {
  const ctx = (): ServiceContext => testContext(getDb());
  const append = (
    actor: Parameters<typeof appendEvent>[1],
    requestId: string,
    event: unknown,
    expectedEventCount?: number,
  ) => appendEvent(ctx(), actor, { requestId, event, expectedEventCount } as AppendEventInput);
  const detail = (requestId: string) => requestDetail(ctx(), SYSTEM_ACTOR, { requestId });
  describe('intake', () => {
    it('registers with a registration number per agency and year, an acknowledgement and a due date', async () => {
      const agency = await makeAgency(getDb(), { registrationPrefix: '测依申' });
      const first = await registerRequest(ctx(), SYSTEM_ACTOR, registration(agency.id));
      const second = await registerRequest(
        ctx(),
        SYSTEM_ACTOR,
        registration(agency.id, { arrivedOn: '2023-03-02' }),
      );
      const nextYear = await registerRequest(
        ctx(),
        SYSTEM_ACTOR,
        registration(agency.id, { arrivedOn: '2024-01-03' }),
      );
      expect([first, second, nextYear].map((a) => a.request.registrationNumber)).toEqual([
        '测依申〔2023〕第001号',
        '测依申〔2023〕第002号',
        '测依申〔2024〕第001号',
      ]);
      // 《条例》第三十三条: 20 working days after 2023-03-01 (the receipt day not counted) is 2023-03-29.
      expect(first.request).toMatchObject({
        state: 'registered',
        receivedOn: '2023-03-01',
        dueOn: '2023-03-29',
      });
      expect(first.text).toContain('测依申〔2023〕第001号');
      expect(first.text).toContain(first.queryCode);
      const stored = await getDb()
        .selectFrom('requests')
        .select('query_code_hash')
        .where('id', '=', first.request.id)
        .executeTakeFirstOrThrow();
      expect(stored.query_code_hash).not.toContain(first.queryCode);
    });

    it('answers the public with status and due date only, and the same refusal for a wrong code or number', async () => {
      const agency = await makeAgency(getDb());
      const ack = await submitOnline(ctx(), PUBLIC_ACTOR, {
        agencyId: agency.id,
        applicant,
        informationSought: '防空警报试鸣安排',
        formWanted: '电子邮件',
      });
      const lookup = (trackingNumber: string, queryCode: string) =>
        publicStatus(ctx(), PUBLIC_ACTOR, { trackingNumber, queryCode });
      const status = await lookup(ack.request.trackingNumber, ack.queryCode);
      expect(Object.keys(status).sort()).toEqual([
        'dueOn',
        'provisional',
        'provisionalReason',
        'state',
        'stateLabel',
      ]);
      expect(status.stateLabel).toBe('已登记');
      await expect(lookup(ack.request.trackingNumber, '00000000')).rejects.toMatchObject({
        code: 'platform.trackingNotFound',
      });
      await expect(lookup('GK2023NQSVCHNVMB', ack.queryCode)).rejects.toMatchObject({
        code: 'platform.trackingNotFound',
      });
      // The lookup's contract is the service's too: a malformed number is refused before any read.
      await expect(lookup('GK2023NOSUCHNUMB', ack.queryCode)).rejects.toMatchObject({
        code: 'platform.invalidInput',
      });
    });

    it('an online request takes its receipt day and its timestamps from ctx.clock, down to storage', async () => {
      const agency = await makeAgency(getDb());
      const at = '2025-03-03T01:30:00.000Z'; // Monday 09:30 in Beijing
      const ack = await submitOnline(testContext(getDb(), fixedClock(at)), PUBLIC_ACTOR, {
        agencyId: agency.id,
        applicant,
        informationSought: '人防工程名录',
        formWanted: '电子邮件',
      });
      expect(ack.request).toMatchObject({ receivedOn: '2025-03-03', createdAt: at, updatedAt: at });
      const stored = await getDb()
        .selectFrom('request_events')
        .select(['occurred_on', 'recorded_at'])
        .where('request_id', '=', ack.request.id)
        .executeTakeFirstOrThrow();
      expect(stored).toEqual({ occurred_on: '2025-03-03', recorded_at: at });
      const row = await getDb()
        .selectFrom('requests')
        .select(['received_on', 'created_at'])
        .where('id', '=', ack.request.id)
        .executeTakeFirstOrThrow();
      expect(row).toEqual({ received_on: '2025-03-03', created_at: at });
    });

    it('a staff actor cannot submit as the public, and the public cannot register', async () => {
      const agency = await makeAgency(getDb());
      await expect(registerRequest(ctx(), PUBLIC_ACTOR, registration(agency.id))).rejects.toMatchObject({
        code: 'auth.unauthenticated',
      });
      await expect(
        registerRequest(ctx(), staffAs('leader', agency.id), registration(agency.id)),
      ).rejects.toMatchObject({ code: 'auth.forbidden' });
    });

    it('refuses invalid input and another agency, writing nothing', async () => {
      const agency = await makeAgency(getDb());
      const other = await makeAgency(getDb());
      const clerk = await makeUser(getDb(), other.id, 'clerk');
      await expect(
        registerRequest(ctx(), SYSTEM_ACTOR, registration(agency.id, { arrivedOn: '2023-02-30' })),
      ).rejects.toMatchObject({ code: 'platform.invalidInput' });
      await expect(registerRequest(ctx(), staffActor(clerk), registration(agency.id))).rejects.toMatchObject({
        code: 'auth.otherAgency',
      });
      const rows = await getDb()
        .selectFrom('requests')
        .select('id')
        .where('agency_id', '=', agency.id)
        .execute();
      expect(rows).toEqual([]);
      const serials = await getDb()
        .selectFrom('request_serials')
        .selectAll()
        .where('agency_id', '=', agency.id)
        .execute();
      expect(serials).toEqual([]);
    });
  });

  describe('timeline', () => {
    it('appends events through the state machine, keeps them append-only and audits each', async () => {
      const agency = await makeAgency(getDb());
      const head = await makeUser(getDb(), agency.id, 'officeHead');
      const clerk = await makeUser(getDb(), agency.id, 'clerk');
      const { request } = await registerRequest(ctx(), staffActor(clerk), registration(agency.id));
      await append(staffActor(clerk), request.id, {
        type: 'assigned',
        on: '2023-03-02',
        assignee: clerk.displayName,
      });
      await expect(
        append(staffActor(clerk), request.id, {
          type: 'extended',
          on: '2023-03-20',
          workingDays: 10,
          approvedBy: clerk.displayName,
        }),
      ).rejects.toMatchObject({ code: 'auth.forbidden' });
      const extended = await append(staffActor(head), request.id, {
        type: 'extended',
        on: '2023-03-20',
        workingDays: 10,
        approvedBy: head.displayName,
      });
      expect(extended.request.dueOn).toBe('2023-04-13');
      // Signing off the decision is a leader's or the office head's (requests.decide): the clerk is refused here
      // exactly as over HTTP, and nothing is recorded.
      await expect(
        append(staffActor(clerk), request.id, {
          type: 'decided',
          on: '2023-04-10',
          outcome: 'partiallyGranted',
          reasons: '部分内容涉及国家秘密',
          articles: '《条例》第三十七条',
        }),
      ).rejects.toMatchObject({ code: 'auth.forbidden' });
      expect((await detail(request.id)).timeline).toHaveLength(3);
      const decided = await append(staffActor(head), request.id, {
        type: 'decided',
        on: '2023-04-10',
        outcome: 'partiallyGranted',
        reasons: '部分内容涉及国家秘密',
        articles: '《条例》第三十七条',
      });
      expect(decided.request).toMatchObject({
        state: 'decided',
        outcome: 'partiallyGranted',
        decidedOn: '2023-04-10',
        closedOn: '2023-04-10',
      });
      await expect(
        append(staffActor(head), request.id, {
          type: 'decided',
          on: '2023-04-11',
          outcome: 'granted',
          reasons: '',
          articles: '',
        }),
      ).rejects.toMatchObject({ code: 'requests.alreadyDecided' });
      const { timeline } = await detail(request.id);
      expect(timeline.map((e) => e.event.type)).toEqual(['received', 'assigned', 'extended', 'decided']);
      const trail = await listAuditTrail(getDb(), {
        subjectType: 'request',
        subjectId: request.id,
        limit: 10,
      });
      expect(trail.map((r) => r.action).reverse()).toEqual([
        'request.registered',
        'request.assigned',
        'request.extended',
        'request.decided',
      ]);
    });

    it('a refused or malformed event leaves no half-state: no event, same projection, no audit row', async () => {
      const agency = await makeAgency(getDb());
      const { request } = await registerRequest(ctx(), SYSTEM_ACTOR, registration(agency.id));
      const auditBefore = await getDb().selectFrom('audit_head').select('seq').executeTakeFirstOrThrow();
      await expect(
        append(SYSTEM_ACTOR, request.id, { type: 'replySent', on: '2023-03-05' }),
      ).rejects.toMatchObject({ code: 'requests.notDecided' });
      await expect(
        append(SYSTEM_ACTOR, request.id, { type: 'decided', on: 'yesterday' }),
      ).rejects.toMatchObject({ code: 'platform.invalidInput' });
      await expect(
        append(SYSTEM_ACTOR, request.id, {
          type: 'assigned',
          on: '2023-02-01',
          assignee: '甲',
        }),
      ).rejects.toMatchObject({ code: 'requests.eventBeforePrevious' });
      await expect(
        append(SYSTEM_ACTOR, request.id, { type: 'assigned', on: '2023-03-02', assignee: '甲' }, 5),
      ).rejects.toMatchObject({ code: 'requests.changedByOthers' });
      const after = await detail(request.id);
      expect(after.request).toEqual(request);
      expect(after.timeline).toHaveLength(1);
      expect(await getDb().selectFrom('audit_head').select('seq').executeTakeFirstOrThrow()).toEqual(
        auditBefore,
      );
    });
  });

  describe('deadline warnings', () => {
    it('lists running requests due soon and overdue, per agency and across a supervisor subtree', async () => {
      const supervisor = await makeAgency(getDb(), { level: 'government' });
      const a = await makeAgency(getDb(), { parentId: supervisor.id });
      const b = await makeAgency(getDb(), { parentId: supervisor.id });
      const on = testContext(getDb(), fixedClock('2023-06-12T02:00:00Z')); // Monday 2023-06-12 in China
      const overdue = await registerRequest(
        ctx(),
        SYSTEM_ACTOR,
        registration(a.id, { arrivedOn: '2023-05-04' }),
      );
      const soon = await registerRequest(
        ctx(),
        SYSTEM_ACTOR,
        registration(b.id, { arrivedOn: '2023-05-22' }),
      );
      await registerRequest(ctx(), SYSTEM_ACTOR, registration(b.id, { arrivedOn: '2023-06-09' }));
      const answered = await registerRequest(
        ctx(),
        SYSTEM_ACTOR,
        registration(a.id, { arrivedOn: '2023-05-05' }),
      );
      await append(SYSTEM_ACTOR, answered.request.id, {
        type: 'decided',
        on: '2023-05-10',
        outcome: 'granted',
        reasons: '',
        articles: '',
      });
      await append(SYSTEM_ACTOR, answered.request.id, { type: 'replySent', on: '2023-05-10' });

      const { agenciesUnder } = await import('../agencies.ts');
      const overseer = {
        ...staffAs('supervisor', supervisor.id),
        agencyTree: await agenciesUnder(getDb(), supervisor.id),
      };
      const all = await deadlineWarnings(on, overseer, { withinWorkingDays: 5 });
      expect(all.map((w) => [w.request.id, w.overdue])).toEqual([
        [overdue.request.id, true],
        [soon.request.id, false],
      ]);
      expect(all[1]!.workingDaysLeft).toBeGreaterThanOrEqual(0);
      expect(all[1]!.workingDaysLeft).toBeLessThanOrEqual(5);
      expect(
        (await deadlineWarnings(on, staffAs('clerk', a.id), { withinWorkingDays: 5 })).map(
          (w) => w.request.id,
        ),
      ).toEqual([overdue.request.id]);
    });
  });
});
