// 工作要点台账 and the proposals register (issue 14): a supervisor assigns three tasks to two agencies under it (an
// agency elsewhere refused, nothing written); one agency records progress with its own published item as evidence
// (another agency's item, another agency's clerk refused); the roster counts it; that agency's report drafts
// 六（二）from its tasks and 六（三）from its register — "none received" while it is empty.
import { describe, expect, it } from 'vitest';
import { staffAs } from '../../../test/actors.ts';
import { testContext } from '../../../test/context.ts';
import { forEachEngine } from '../../../test/db.ts';
import { makeAgency } from '../../../test/db/factories.ts';
import { publishedItem } from '../../../test/published-item.ts';
import { refusalCode } from '../../../test/refusal.ts';
import type { StaffActor } from '../actor.ts';
import { buildAnnualReport } from '../statistics/report.ts';
import { registerProposal } from './proposals.ts';
import { assignTasks, listTasks, recordProgress, workPlanRoster } from './work-plan.ts';

forEachEngine((_engine, getDb) => {
  describe('工作要点台账', () => {
    it('assigns, records progress, counts it and drafts the report from it', async () => {
      const db = getDb();
      const ctx = testContext(db);
      const office = await makeAgency(db, { level: 'government' });
      const a = await makeAgency(db, { parentId: office.id });
      const b = await makeAgency(db, { parentId: office.id });
      const elsewhere = await makeAgency(db);
      const supervisor: StaffActor = {
        ...staffAs('supervisor', office.id),
        agencyTree: [office.id, a.id, b.id],
      };
      const tasks = [
        { title: '推进决策公开', description: '重大决策预公开', agencyIds: [a.id, b.id] },
        { title: '加强政策解读', agencyIds: [a.id, b.id] },
        { title: '做好政务公开培训', agencyIds: [a.id] },
      ];
      expect(
        await refusalCode(
          assignTasks(ctx, supervisor, {
            supervisorAgencyId: office.id,
            year: 2026,
            tasks: [...tasks, { title: '越权任务', agencyIds: [elsewhere.id] }],
          }),
        ),
      ).toBe('participation.taskAgencyNotUnder');
      expect(await listTasks(ctx, supervisor, { year: 2026 })).toEqual([]);
      expect(
        await refusalCode(
          assignTasks(ctx, staffAs('clerk', office.id), { supervisorAgencyId: office.id, year: 2026, tasks }),
        ),
      ).toBe('auth.forbidden');

      const assigned = await assignTasks(ctx, supervisor, {
        supervisorAgencyId: office.id,
        year: 2026,
        tasks,
      });
      expect(assigned).toHaveLength(5);
      const ofA = assigned.filter((t) => t.agencyId === a.id);
      expect(ofA.map((t) => t.title)).toEqual(['推进决策公开', '加强政策解读', '做好政务公开培训']);

      const clerkA = staffAs('clerk', a.id);
      const evidence = await publishedItem(ctx, a.id, '关于重大行政决策事项目录的公告');
      const foreign = await publishedItem(ctx, b.id, '乙机关的公告');
      const progress = {
        reportedOn: '2026-06-30',
        note: '公布重大行政决策事项目录并征求意见',
        status: 'done',
      } as const;
      expect(
        await refusalCode(
          recordProgress(ctx, clerkA, { taskId: ofA[0]!.id, ...progress, evidence: [foreign] }),
        ),
      ).toBe('participation.evidenceInvalid');
      expect(
        await refusalCode(recordProgress(ctx, staffAs('clerk', b.id), { taskId: ofA[0]!.id, ...progress })),
      ).toBe('auth.otherAgency');
      await recordProgress(ctx, clerkA, { taskId: ofA[0]!.id, ...progress, evidence: [evidence] });
      await recordProgress(ctx, clerkA, {
        taskId: ofA[1]!.id,
        reportedOn: '2026-09-30',
        note: '三份政策文件同步发布解读',
        status: 'inProgress',
      });

      const roster = await workPlanRoster(ctx, supervisor, { year: 2026 });
      expect(roster.agencies.find((r) => r.agencyId === a.id)).toMatchObject({
        total: 3,
        done: 1,
        inProgress: 1,
        notStarted: 1,
      });
      expect(roster.agencies.find((r) => r.agencyId === b.id)).toMatchObject({ total: 2, done: 0 });

      const other = async () =>
        (await buildAnnualReport(ctx, clerkA, { year: 2026 })).report.sections.find((s) => s.key === 'other')!
          .text;
      const drafted = await other();
      expect(drafted).toContain(
        '（二）落实上级年度政务公开工作要点情况。一是推进决策公开，公布重大行政决策事项目录并征求意见；' +
          '二是加强政策解读，三份政策文件同步发布解读（推进中）；三是做好政务公开培训（未开始）。',
      );
      expect(drafted).toContain(
        '（三）人大代表建议和政协提案办理情况。本年度没有收到人大代表建议和政协委员提案。',
      );

      // The register: a reply is published or its reason stated; the report follows it.
      const proposal = {
        agencyId: a.id,
        year: 2026,
        kind: 'npcSuggestion',
        number: '第101号',
        title: '关于加强社区人防设施管理的建议',
        receivedOn: '2026-03-10',
        repliedOn: '2026-06-01',
      } as const;
      expect(await refusalCode(registerProposal(ctx, clerkA, proposal))).toBe(
        'participation.proposalReplyOrReason',
      );
      await registerProposal(ctx, clerkA, { ...proposal, replyItemId: evidence });
      await registerProposal(ctx, clerkA, {
        ...proposal,
        kind: 'cppccProposal',
        number: '第56号',
        notPublishedReason: '答复内容涉及个人隐私',
      });
      expect(await other()).toContain(
        '本年度共承办人大代表建议1件、政协委员提案1件，已办复2件；公开答复全文1件，1件未公开答复并已说明理由。',
      );
    });
  });
});
