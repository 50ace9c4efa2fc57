import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../storage/audit.ts';
import { staffAs } from '../../../test/actors.ts';
import { testContext } from '../../../test/context.ts';
import { forEachEngine } from '../../../test/db.ts';
import type { PublicationDraftInput } from '../../core/publications/item.ts';
import type { Role } from '../../core/accounts/roles.ts';
import { SYSTEM_ACTOR } from '../actor.ts';
import { createAgency } from '../agencies.ts';
import { refusalCode } from '../../../test/refusal.ts';
import { listAuditTrail } from '../audit.ts';
import { fixedClock } from '../clock.ts';
import type { ServiceContext } from '../context.ts';
import type { Db } from '../database.ts';
import { createDraft, editDraft, loadPublication, readPublication } from './catalogue.ts';
import { publish, reviewStep, submitForReview } from './review.ts';
import { reviewWorkflowSettings, saveReviewWorkflow } from './review-workflow-settings.ts';

const notice: PublicationDraftInput = {
  title: '关于开展2023年防空警报试鸣的通告',
  publishingBody: '临沂市国防动员办公室',
  genre: 'notice',
  category: 'notice',
  body: '<p>定于9月16日上午10时试鸣防空警报，请广大市民不要惊慌。</p>',
};

async function setUp(db: Db, name: string, code: string | null = null) {
  const agency = await createAgency(testContext(db), SYSTEM_ACTOR, {
    name,
    code,
    level: 'department',
    registrationPrefix: '测',
  });
  const as = (role: Role) => staffAs(role, agency.id, `${role}-${name}`);
  return { agency, as };
}

const historyOf = async (ctx: ServiceContext, id: string) =>
  (await readPublication(ctx, SYSTEM_ACTOR, { id })).history;

forEachEngine((_engine, getDb) => {
  describe('review before publication', () => {
    it('refuses a skipped step and a role not allowed, then publishes after every step with the trail in the audit log', async () => {
      const db = getDb();
      const ctx = testContext(db);
      const { agency, as } = await setUp(db, '审核测试机关', '11371300MB28572154');
      const item = await createDraft(ctx, as('clerk'), { agencyId: agency.id, draft: notice });
      await submitForReview(ctx, as('clerk'), { id: item.id });

      expect(
        await refusalCode(
          reviewStep(ctx, as('leader'), { id: item.id, action: { type: 'approve', step: 'signOff' } }),
        ),
      ).toBe('publications.stepOutOfOrder');
      expect(
        await refusalCode(
          reviewStep(ctx, as('clerk'), {
            id: item.id,
            action: { type: 'approve', step: 'departmentReview' },
          }),
        ),
      ).toBe('publications.roleNotAllowed');
      expect(await refusalCode(publish(ctx, as('clerk'), { id: item.id }))).toBe('publications.notApproved');
      expect(await refusalCode(editDraft(ctx, as('clerk'), { id: item.id, draft: notice }))).toBe(
        'publications.notEditable',
      );
      expect((await loadPublication(db, item.id)).review).toMatchObject({ status: 'inReview', stepIndex: 0 });

      await reviewStep(ctx, as('officeHead'), {
        id: item.id,
        action: {
          type: 'approve',
          step: 'departmentReview',
          comment: '同意',
        },
      });
      await reviewStep(ctx, as('officeHead'), {
        id: item.id,
        action: { type: 'approve', step: 'confidentialityReview' },
      });
      await reviewStep(ctx, as('leader'), {
        id: item.id,
        action: { type: 'approve', step: 'signOff', comment: '同意发布' },
      });
      // 01:00 on 11 September in Beijing (still the 10th in UTC): the 发布日期 is the day in China.
      const published = await publish(testContext(db, fixedClock('2023-09-10T17:00:00Z')), as('clerk'), {
        id: item.id,
      });
      expect(published.review.status).toBe('published');
      expect(published.publishedOn).toBe('2023-09-11');
      expect(published.indexNumber).toBe('MB2857215/2023-00001');

      const history = await historyOf(ctx, item.id);
      expect(history.map((h) => [h.action, h.stepLabel, h.role])).toEqual([
        ['submit', null, 'clerk'],
        ['approve', '科室审核', 'officeHead'],
        ['approve', '保密审查', 'officeHead'],
        ['approve', '领导签发', 'leader'],
        ['publish', null, 'clerk'],
      ]);
      const audit = (
        await listAuditTrail(db, { subjectType: 'publication', subjectId: item.id, limit: 50 })
      ).reverse();
      expect(audit.map((a) => a.action)).toEqual([
        'publication.created',
        'publication.submit',
        'publication.approve',
        'publication.approve',
        'publication.approve',
        'publication.publish',
      ]);
      expect(audit.map((a) => (a.details as { stepLabel?: string | null }).stepLabel ?? null)).toEqual([
        null,
        null,
        '科室审核',
        '保密审查',
        '领导签发',
        null,
      ]);
      expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
    });

    it('refuses one person approving two steps of an item, unless the agency turned the rule off', async () => {
      const db = getDb();
      const ctx = testContext(db);
      const { agency, as } = await setUp(db, '分工测试机关');
      const head = as('officeHead');
      const submitted = async () => {
        const item = await createDraft(ctx, as('clerk'), { agencyId: agency.id, draft: notice });
        await submitForReview(ctx, as('clerk'), { id: item.id });
        await reviewStep(ctx, head, { id: item.id, action: { type: 'approve', step: 'departmentReview' } });
        return item;
      };
      const second = (id: string) =>
        reviewStep(ctx, head, { id, action: { type: 'approve', step: 'confidentialityReview' } });

      const item = await submitted();
      await expect(second(item.id)).rejects.toMatchObject({
        code: 'publications.sameApprover',
        message: '您已办理本条信息的“科室审核”环节，同一人不能再办理其他审核环节，请由其他人员审核',
      });
      // Someone else with the role may.
      await reviewStep(ctx, as('officeHead'), {
        id: item.id,
        action: { type: 'approve', step: 'confidentialityReview' },
      });

      const admin = as('admin');
      const { workflow } = await reviewWorkflowSettings(ctx, admin, { agencyId: agency.id });
      await saveReviewWorkflow(ctx, admin, {
        agencyId: agency.id,
        workflow: { ...workflow, separateApprovers: false },
      });
      const small = await submitted();
      expect((await second(small.id)).review.stepIndex).toBe(2);
    });

    it('sends a returned item back to draft with the comment, and the second round starts at the first step', async () => {
      const db = getDb();
      const ctx = testContext(db);
      const { agency, as } = await setUp(db, '退回测试机关');
      const item = await createDraft(ctx, as('clerk'), { agencyId: agency.id, draft: notice });
      await submitForReview(ctx, as('clerk'), { id: item.id });
      await reviewStep(ctx, as('officeHead'), {
        id: item.id,
        action: { type: 'approve', step: 'departmentReview' },
      });
      const returned = await reviewStep(ctx, as('leader'), {
        id: item.id,
        action: {
          type: 'return',
          step: 'confidentialityReview',
          comment: '删除具体位置描述',
        },
      });
      expect(returned.review).toMatchObject({ status: 'draft', round: 1 });
      await editDraft(ctx, as('clerk'), {
        id: item.id,
        draft: {
          ...notice,
          body: '<p>定于9月16日上午10时试鸣防空警报。</p>',
        },
      });
      await submitForReview(ctx, as('clerk'), { id: item.id });
      expect(
        await refusalCode(
          reviewStep(ctx, as('officeHead'), {
            id: item.id,
            action: { type: 'approve', step: 'confidentialityReview' },
          }),
        ),
      ).toBe('publications.stepOutOfOrder');
      const history = await historyOf(ctx, item.id);
      expect(history.find((h) => h.action === 'return')).toMatchObject({
        comment: '删除具体位置描述',
        round: 1,
      });
      expect(history.at(-1)).toMatchObject({ action: 'submit', round: 2 });
    });

    it('screens on submit: blocking findings refuse it and stay with the item; warnings travel to the reviewers', async () => {
      const db = getDb();
      const ctx = testContext(db);
      const { agency, as } = await setUp(db, '筛查测试机关');
      const secret = await createDraft(ctx, as('clerk'), {
        agencyId: agency.id,
        draft: {
          ...notice,
          body: '<p>机密★5年 本通告附防空警报器点位经度118.35度。</p>',
        },
      });
      expect(await refusalCode(submitForReview(ctx, as('clerk'), { id: secret.id }))).toBe(
        'publications.screeningBlocked',
      );
      const kept = await loadPublication(db, secret.id);
      expect(kept.review.status).toBe('draft');
      expect(kept.screeningFindings.some((f) => f.severity === 'error')).toBe(true);

      const typo = await createDraft(ctx, as('clerk'), {
        agencyId: agency.id,
        draft: {
          ...notice,
          body: '<p>回应群众最关系的问题。</p>',
        },
      });
      const submitted = await submitForReview(ctx, as('clerk'), { id: typo.id });
      expect(submitted.screeningFindings.map((f) => f.rule)).toContain('screening.typo');
      const atReviewer = await loadPublication(db, typo.id);
      expect(atReviewer.screeningFindings).toEqual(submitted.screeningFindings);
    });

    it('keeps other agencies out', async () => {
      const db = getDb();
      const ctx = testContext(db);
      const { agency, as } = await setUp(db, '本机关');
      const other = await setUp(db, '他机关');
      const item = await createDraft(ctx, as('clerk'), { agencyId: agency.id, draft: notice });
      expect(await refusalCode(submitForReview(ctx, other.as('clerk'), { id: item.id }))).toBe(
        'auth.otherAgency',
      );
      expect(await refusalCode(createDraft(ctx, as('leader'), { agencyId: agency.id, draft: notice }))).toBe(
        'auth.forbidden',
      );
    });
  });
});
