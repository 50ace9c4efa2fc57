// Optimistic concurrency on the timeline (issue 12, several servers): two clerks act on one request at the same
// moment, each naming the version (event count) they saw. Exactly one of each pair is recorded; the other is
// refused with requests.changedByOthers and writes nothing; the timeline ends with every winning event once, in
// order, and the projection agrees with it. On PostgreSQL the two clerks use two connection pools (two server
// processes); on SQLite, one process, two concurrent calls on its one connection.
import { expect, it } from 'vitest';
import { forEachEngine, openSecondHandle } from '../../../test/db.ts';
import { makeAgency } from '../../../test/db/factories.ts';
import { staffAs } from '../../../test/actors.ts';
import { testContext } from '../../../test/context.ts';
import { SYSTEM_ACTOR } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import { appendEvent } from './append-event.ts';
import { requestDetail } from './detail.ts';
import { registerRequest } from './intake.ts';

const ROUNDS = 20;

forEachEngine((engine, getDb, getTest) => {
  it(`two clerks appending at once (${engine}): one wins each time, the other is told to reload, nothing is lost`, async () => {
    const second = engine === 'postgres' ? await openSecondHandle(getTest()) : undefined;
    try {
      const agency = await makeAgency(getDb());
      const processes: [ServiceContext, ServiceContext] = [
        testContext(getDb()),
        testContext(second?.db ?? getDb()),
      ];
      const clerks = [staffAs('officeHead', agency.id, '甲'), staffAs('officeHead', agency.id, '乙')];
      const { request } = await registerRequest(processes[0], SYSTEM_ACTOR, {
        agencyId: agency.id,
        channel: 'inPerson',
        arrivedOn: '2026-11-02',
        applicant: { kind: 'naturalPerson', name: '申请人', idDocument: null, contact: '13800000000' },
        informationSought: '2025 年度人防工程建设审批信息',
        formWanted: '纸质',
      });
      /** Both clerks act on the version they both saw; returns which one (0 or 1) was recorded. */
      const race = async (events: [unknown, unknown]): Promise<number> => {
        const seen = (await requestDetail(processes[0], SYSTEM_ACTOR, { requestId: request.id })).request;
        const outcomes = await Promise.allSettled(
          [0, 1].map((i) =>
            appendEvent(processes[i]!, clerks[i]!, {
              requestId: request.id,
              event: events[i] as never,
              expectedEventCount: seen.eventCount,
            }),
          ),
        );
        const won = outcomes.flatMap((o, i) => (o.status === 'fulfilled' ? [i] : []));
        expect(won).toHaveLength(1);
        const lost = outcomes[1 - won[0]!] as PromiseRejectedResult;
        expect(lost.reason).toMatchObject({ code: 'requests.changedByOthers' });
        return won[0]!;
      };

      const winners: string[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const assignees: [string, string] = [`甲分办${round}`, `乙分办${round}`];
        const won = await race([
          { type: 'assigned', on: '2026-11-03', assignee: assignees[0] },
          { type: 'assigned', on: '2026-11-03', assignee: assignees[1] },
        ]);
        winners.push(assignees[won]!);
      }
      // The last pair decides the request, differently: the state and outcome are the winner's alone.
      const outcomes = ['granted', 'unavailable.notHeld'] as const;
      const decidedBy = await race(
        outcomes.map((outcome) => ({
          type: 'decided',
          on: '2026-11-04',
          outcome,
          reasons: '',
          articles: '',
        })) as [unknown, unknown],
      );

      const after = await requestDetail(processes[1], SYSTEM_ACTOR, { requestId: request.id });
      expect(after.timeline.map((t) => t.seq)).toEqual(Array.from({ length: ROUNDS + 2 }, (_, i) => i));
      expect(after.timeline.slice(1, -1).map((t) => t.event.assignee)).toEqual(winners);
      expect(after.request.eventCount).toBe(ROUNDS + 2);
      expect(after.request).toMatchObject({ state: 'decided', outcome: outcomes[decidedBy] });
      expect(after.timeline.at(-1)!.recordedBy).toBe(clerks[decidedBy]!.name);
    } finally {
      await second?.close();
    }
  }, 60_000);
});
