// The administrator's review-step settings on both engines: the default steps are read back, names and roles are
// saved and audited, another agency's administrator and a clerk are refused, and the list of steps does not change
// while an item is in review (its position points into that list).
import { expect, it } from 'vitest';
import { staffAs } from '../../../test/actors.ts';
import { testContext } from '../../../test/context.ts';
import { forEachEngine } from '../../../test/db.ts';
import { makeAgency } from '../../../test/db/factories.ts';
import { listAuditTrail } from '../audit.ts';
import { createDraft } from './catalogue.ts';
import { submitForReview } from './review.ts';
import { reviewWorkflowSettings, saveReviewWorkflow } from './review-workflow-settings.ts';

forEachEngine((_engine, getDb) => {
  it('reads, saves and audits the steps; refuses others; keeps the steps while an item is in review', async () => {
    const ctx = testContext(getDb());
    const agency = await makeAgency(getDb());
    const admin = staffAs('admin', agency.id, `admin-${agency.id.slice(0, 6)}`);
    const read = await reviewWorkflowSettings(ctx, admin);
    expect(read.workflow.steps.map((s) => s.label)).toEqual(['科室审核', '保密审查', '领导签发']);
    expect(read.itemsInReview).toBe(0);

    const withLegal = {
      steps: [
        { key: 'departmentReview' as const, label: '科室审核', roles: ['officeHead' as const] },
        { key: 'legalReview' as const, label: '合法性审查', roles: ['leader' as const] },
        { key: 'confidentialityReview' as const, label: '保密审查', roles: ['officeHead' as const] },
        { key: 'signOff' as const, label: '主要负责人签发', roles: ['leader' as const] },
      ],
    };
    const saved = await saveReviewWorkflow(ctx, admin, { workflow: withLegal });
    expect(saved.workflow.steps.map((s) => s.key)).toEqual([
      'departmentReview',
      'legalReview',
      'confidentialityReview',
      'signOff',
    ]);
    expect((await reviewWorkflowSettings(ctx, admin)).workflow.steps[3]!.label).toBe('主要负责人签发');
    const trail = await listAuditTrail(getDb(), { subjectType: 'agency', subjectId: agency.id, limit: 1 });
    expect(trail[0]).toMatchObject({ action: 'catalogue.settingsSaved', actor: admin.name });

    await expect(
      saveReviewWorkflow(ctx, staffAs('clerk', agency.id), { workflow: withLegal }),
    ).rejects.toMatchObject({ code: 'auth.forbidden' });
    const other = await makeAgency(getDb());
    await expect(
      reviewWorkflowSettings(ctx, staffAs('admin', other.id), { agencyId: agency.id }),
    ).rejects.toMatchObject({ code: 'auth.otherAgency' });
    await expect(
      saveReviewWorkflow(ctx, admin, { workflow: { steps: [{ ...withLegal.steps[0]!, roles: [] }] } }),
    ).rejects.toMatchObject({
      code: 'platform.invalidInput',
      message: expect.stringContaining('至少要有一个'),
    });

    const clerk = staffAs('clerk', agency.id);
    const item = await createDraft(ctx, clerk, {
      agencyId: agency.id,
      draft: {
        title: '关于调整办公时间的通告',
        publishingBody: '测试机关',
        genre: 'notice',
        category: 'notice',
        body: '<p>自下月起，办公时间调整为上午九时至下午五时。</p>',
      },
    });
    await submitForReview(ctx, clerk, { id: item.id });
    expect((await reviewWorkflowSettings(ctx, admin)).itemsInReview).toBe(1);
    const fewer = { steps: withLegal.steps.filter((s) => s.key !== 'legalReview') };
    await expect(saveReviewWorkflow(ctx, admin, { workflow: fewer })).rejects.toMatchObject({
      code: 'publications.workflowInUse',
      message: expect.stringContaining('有 1 件公开信息正在审核中'),
    });
    // Names and roles still change.
    const renamed = {
      steps: withLegal.steps.map((s) =>
        s.key === 'signOff' ? { ...s, roles: ['leader' as const, 'officeHead' as const] } : s,
      ),
    };
    expect((await saveReviewWorkflow(ctx, admin, { workflow: renamed })).workflow.steps[3]!.roles).toEqual([
      'leader',
      'officeHead',
    ]);
  });
});
