import { describe, expect, it } from 'vitest';
import { forEachEngine } from '../../../test/db.ts';
import { makeAgency, makeUser } from '../../../test/db/factories.ts';
import { staffActor, SYSTEM_ACTOR } from '../actor.ts';
import { listAuditTrail } from '../audit.ts';
import { registerRequest, submitOnline, type RegistrationInput } from './intake.ts';
import { appendEvent, getRequest, getTimeline } from './timeline.ts';
import { deadlineWarnings, publicStatus } from './queries.ts';

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
  describe('intake', () => {
    it('registers with a registration number per agency and year, an acknowledgement and a due date', async () => {
      const agency = await makeAgency(getDb(), { registrationPrefix: '测依申' });
      const first = await registerRequest(getDb(), SYSTEM_ACTOR, registration(agency.id));
      const second = await registerRequest(
        getDb(),
        SYSTEM_ACTOR,
        registration(agency.id, { arrivedOn: '2023-03-02' }),
      );
      const nextYear = await registerRequest(
        getDb(),
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
      const ack = await submitOnline(getDb(), {
        agencyId: agency.id,
        applicant,
        informationSought: '防空警报试鸣安排',
        formWanted: '电子邮件',
      });
      const status = await publicStatus(getDb(), ack.request.trackingNumber, ack.queryCode);
      expect(Object.keys(status).sort()).toEqual(['dueOn', 'state', 'stateLabel']);
      expect(status.stateLabel).toBe('已登记');
      await expect(publicStatus(getDb(), ack.request.trackingNumber, '00000000')).rejects.toMatchObject({
        code: 'platform.trackingNotFound',
      });
      await expect(publicStatus(getDb(), 'GK2023NOSUCHNUMB', ack.queryCode)).rejects.toMatchObject({
        code: 'platform.trackingNotFound',
      });
    });

    it('refuses invalid input and another agency, writing nothing', async () => {
      const agency = await makeAgency(getDb());
      const other = await makeAgency(getDb());
      const clerk = await makeUser(getDb(), other.id, 'clerk');
      await expect(
        registerRequest(getDb(), SYSTEM_ACTOR, registration(agency.id, { arrivedOn: '2023-02-30' })),
      ).rejects.toMatchObject({ code: 'platform.invalidInput' });
      await expect(
        registerRequest(getDb(), staffActor(clerk), registration(agency.id)),
      ).rejects.toMatchObject({
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
      const { request } = await registerRequest(getDb(), staffActor(clerk), registration(agency.id));
      await appendEvent(getDb(), staffActor(clerk), request.id, {
        type: 'assigned',
        on: '2023-03-02',
        assignee: clerk.displayName,
      });
      await expect(
        appendEvent(getDb(), staffActor(clerk), request.id, {
          type: 'extended',
          on: '2023-03-20',
          workingDays: 10,
          approvedBy: clerk.displayName,
        }),
      ).rejects.toMatchObject({ code: 'auth.forbidden' });
      const extended = await appendEvent(getDb(), staffActor(head), request.id, {
        type: 'extended',
        on: '2023-03-20',
        workingDays: 10,
        approvedBy: head.displayName,
      });
      expect(extended.request.dueOn).toBe('2023-04-13');
      const decided = await appendEvent(getDb(), staffActor(clerk), request.id, {
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
        appendEvent(getDb(), staffActor(clerk), request.id, {
          type: 'decided',
          on: '2023-04-11',
          outcome: 'granted',
          reasons: '',
          articles: '',
        }),
      ).rejects.toMatchObject({ code: 'requests.alreadyDecided' });
      const timeline = await getTimeline(getDb(), request.id);
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
      const { request } = await registerRequest(getDb(), SYSTEM_ACTOR, registration(agency.id));
      const auditBefore = await getDb().selectFrom('audit_head').select('seq').executeTakeFirstOrThrow();
      await expect(
        appendEvent(getDb(), SYSTEM_ACTOR, request.id, { type: 'replySent', on: '2023-03-05' }),
      ).rejects.toMatchObject({ code: 'requests.notDecided' });
      await expect(
        appendEvent(getDb(), SYSTEM_ACTOR, request.id, { type: 'decided', on: 'yesterday' }),
      ).rejects.toMatchObject({ code: 'platform.invalidInput' });
      await expect(
        appendEvent(getDb(), SYSTEM_ACTOR, request.id, {
          type: 'assigned',
          on: '2023-02-01',
          assignee: '甲',
        }),
      ).rejects.toMatchObject({ code: 'requests.eventBeforePrevious' });
      await expect(
        appendEvent(
          getDb(),
          SYSTEM_ACTOR,
          request.id,
          { type: 'assigned', on: '2023-03-02', assignee: '甲' },
          { expectedEventCount: 5 },
        ),
      ).rejects.toMatchObject({ code: 'platform.concurrentChange' });
      expect(await getRequest(getDb(), request.id)).toEqual(request);
      expect(await getTimeline(getDb(), request.id)).toHaveLength(1);
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
      const now = new Date('2023-06-12T02:00:00Z'); // Monday 2023-06-12 in China
      const overdue = await registerRequest(
        getDb(),
        SYSTEM_ACTOR,
        registration(a.id, { arrivedOn: '2023-05-04' }),
      );
      const soon = await registerRequest(
        getDb(),
        SYSTEM_ACTOR,
        registration(b.id, { arrivedOn: '2023-05-22' }),
      );
      await registerRequest(getDb(), SYSTEM_ACTOR, registration(b.id, { arrivedOn: '2023-06-09' }));
      const answered = await registerRequest(
        getDb(),
        SYSTEM_ACTOR,
        registration(a.id, { arrivedOn: '2023-05-05' }),
      );
      await appendEvent(getDb(), SYSTEM_ACTOR, answered.request.id, {
        type: 'decided',
        on: '2023-05-10',
        outcome: 'granted',
        reasons: '',
        articles: '',
      });
      await appendEvent(getDb(), SYSTEM_ACTOR, answered.request.id, { type: 'replySent', on: '2023-05-10' });

      const { agenciesUnder } = await import('../agencies.ts');
      const all = await deadlineWarnings(getDb(), await agenciesUnder(getDb(), supervisor.id), 5, now);
      expect(all.map((w) => [w.request.id, w.overdue])).toEqual([
        [overdue.request.id, true],
        [soon.request.id, false],
      ]);
      expect(all[1]!.workingDaysLeft).toBeGreaterThanOrEqual(0);
      expect(all[1]!.workingDaysLeft).toBeLessThanOrEqual(5);
      expect((await deadlineWarnings(getDb(), [a.id], 5, now)).map((w) => w.request.id)).toEqual([
        overdue.request.id,
      ]);
    });
  });
});
