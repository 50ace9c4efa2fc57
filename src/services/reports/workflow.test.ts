// The annual report's review on both engines: the demo's 2023 went draft → review → sign-off → published when it
// loaded and shows on the portal and in the catalogue; a correction cycle gives version 2 with its 更正说明 while
// version 1 stays readable; a return goes back to draft with its comment; the N-1 gate refuses a contradicting
// figure unless a reason is given (and keeps the reason in the audit trail); separation of duties; the role ×
// step matrix; stale steps; years not over.
import { describe, expect, it } from 'vitest';
import type { Role } from '../../core/accounts/roles.ts';
import { staffAs } from '../../../test/actors.ts';
import { testContext } from '../../../test/context.ts';
import { forEachEngine } from '../../../test/db.ts';
import { makeAgency } from '../../../test/db/factories.ts';
import { publishThroughWorkflow, reviewStaffOf } from '../../../test/report-workflow.ts';
import { PUBLIC_ACTOR, SYSTEM_ACTOR } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import { loadDemo } from '../demo/load.ts';
import { listPublished } from '../publications/catalogue.ts';
import { saveNarrative } from './narrative.ts';
import { publishedReport } from './published.ts';
import { readWorkflow, reviewReport, signOffReport, submitReport } from './workflow.ts';
import type { Db } from '../database.ts';

const CONTRADICTION = '本年度共收到政府信息公开申请12件，办结12件。';
const REASON = '表三按新口径统计，叙述沿用原口径，已在第六部分说明。';

async function auditOf(db: Db, agencyId: string, year: number) {
  const rows = await db
    .selectFrom('audit_log')
    .select(['action', 'actor', 'details'])
    .where('subject_type', '=', 'annualReport')
    .where('subject_id', '=', `${agencyId}/${year}`)
    .orderBy('seq')
    .execute();
  return rows.map((r) => ({ ...r, details: JSON.parse(r.details) as Record<string, unknown> }));
}

const ROLES: Role[] = ['clerk', 'officeHead', 'leader', 'admin', 'supervisor'];

forEachEngine((_engine, getDb) => {
  const ctxOf = (): ServiceContext => testContext(getDb());

  it('the demo 2023 went through review and sign-off, is on the portal and in the catalogue; a correction is version 2', async () => {
    const ctx = ctxOf();
    const { agency } = await loadDemo(ctx, SYSTEM_ACTOR);
    const where = { agencyId: agency.id, year: 2023 };
    const staff = reviewStaffOf(agency.id);
    const loaded = await readWorkflow(ctx, staff.clerk, where);
    expect(loaded).toMatchObject({ state: 'published', stateLabel: '已发布', publishedVersions: 1 });
    expect(loaded.current!.steps.map((s) => [s.action, s.actor])).toEqual([
      ['submitted', '演示承办人'],
      ['approved', '演示公开办负责人'],
      ['signedOff', '演示签发领导'],
    ]);
    expect(loaded.contradictions).toEqual([]);

    const portal = await publishedReport(ctx, PUBLIC_ACTOR, where);
    expect(portal.publication.version).toBe(1);
    expect(portal.publication.report.title).toBe(`${agency.name}2023年政府信息公开工作年度报告`);
    expect(portal.publication.report.tables.applications!.received).toEqual([27, 2, 0, 0, 0, 0, 29]);
    const catalogue = async () =>
      (
        await listPublished(ctx, PUBLIC_ACTOR, {
          agencyId: agency.id,
          category: 'annualReport',
          page: 1,
          pageSize: 10,
        })
      ).items;
    const [item] = await catalogue();
    expect(item).toMatchObject({
      title: portal.publication.report.title,
      genre: 'report',
      publishedOn: '2026-12-04',
    });
    expect(item!.indexNumber).toMatch(/2026/);
    expect(item!.body).toContain(`href="/${agency.code}/reports/2023"`);

    // The correction, one step at a time, by the demo's three people.
    const note = '更正第六部分中的联系电话。';
    await expect(
      submitReport(ctx, staff.clerk, { ...where, expectedState: 'published' }),
    ).rejects.toMatchObject({ code: 'reports.correctionNoteRequired' });
    const submitted = await submitReport(ctx, staff.clerk, {
      ...where,
      expectedState: 'published',
      correctionNote: note,
    });
    expect(submitted).toMatchObject({ state: 'inReview', publishedVersions: 1 });
    expect(submitted.current).toMatchObject({ cycle: 2, correctionNote: note });
    expect(submitted.history.map((c) => [c.cycle, c.state])).toEqual([
      [2, 'inReview'],
      [1, 'published'],
    ]);
    const reviewed = await reviewReport(ctx, staff.officeHead, {
      ...where,
      expectedState: 'inReview',
      decision: 'approve',
    });
    expect(reviewed.state).toBe('awaitingSignOff');
    const signed = await signOffReport(ctx, staff.leader, { ...where, expectedState: 'awaitingSignOff' });
    expect(signed).toMatchObject({ state: 'published', publishedVersions: 2 });

    const latest = await publishedReport(ctx, PUBLIC_ACTOR, where);
    expect(latest.publication).toMatchObject({ version: 2, correctionNote: note });
    expect(latest.versions.map((v) => v.version)).toEqual([2, 1]);
    const first = await publishedReport(ctx, PUBLIC_ACTOR, { ...where, version: 1 });
    expect(first.publication).toMatchObject({ version: 1, correctionNote: null });
    // One catalogue entry per report, carrying the correction.
    const entries = await catalogue();
    expect(entries.map((e) => e.id)).toEqual([item!.id]);
    expect(entries[0]!.body).toContain(`更正说明（第2版）：${note}`);
    expect((await auditOf(getDb(), agency.id, 2023)).map((a) => [a.actor, a.action])).toEqual([
      ['demo-clerk', 'annualReport.narrativeSaved'],
      ['demo-clerk', 'annualReport.submitted'],
      ['demo-head', 'annualReport.reviewed'],
      ['demo-leader', 'annualReport.signedOff'],
      ['年报经办人', 'annualReport.submitted'],
      ['公开办负责人', 'annualReport.reviewed'],
      ['签发领导', 'annualReport.signedOff'],
    ]);
  }, 120_000);

  it('returned with a comment goes back to draft; resubmitted it is reviewed again; a return needs a comment', async () => {
    const ctx = ctxOf();
    const agency = await makeAgency(getDb());
    const where = { agencyId: agency.id, year: 2025 };
    const staff = reviewStaffOf(agency.id);
    const fresh = await readWorkflow(ctx, staff.clerk, where);
    expect(fresh).toMatchObject({ state: 'draft', current: null, snapshot: null, history: [] });
    await submitReport(ctx, staff.clerk, { ...where, expectedState: 'draft' });
    const bare = reviewReport(ctx, staff.officeHead, {
      ...where,
      expectedState: 'inReview',
      decision: 'return',
    });
    await expect(bare).rejects.toMatchObject({ code: 'platform.invalidInput' });
    await expect(bare).rejects.toThrow('退回时须填写审核意见');
    const comment = '第五部分请写明具体改进措施。';
    const returned = await reviewReport(ctx, staff.officeHead, {
      ...where,
      expectedState: 'inReview',
      decision: 'return',
      comment,
    });
    expect(returned).toMatchObject({ state: 'draft', current: { cycle: 1, reviewComment: comment } });
    // A stale step: the head's page still says 待审核.
    await expect(
      reviewReport(ctx, staff.officeHead, { ...where, expectedState: 'inReview', decision: 'approve' }),
    ).rejects.toMatchObject({ code: 'platform.concurrentChange' });
    await expect(
      signOffReport(ctx, staff.leader, { ...where, expectedState: 'awaitingSignOff' }),
    ).rejects.toMatchObject({ code: 'platform.concurrentChange' });
    const again = await submitReport(ctx, staff.clerk, { ...where, expectedState: 'draft' });
    expect(again.current).toMatchObject({ cycle: 1, state: 'inReview', reviewComment: null });
    await expect(submitReport(ctx, staff.clerk, { ...where, expectedState: 'draft' })).rejects.toMatchObject({
      code: 'platform.concurrentChange',
    });
    expect(again.current!.steps.map((s) => [s.action, s.comment])).toEqual([
      ['submitted', null],
      ['returned', comment],
      ['submitted', null],
    ]);
    expect((await auditOf(getDb(), agency.id, 2025)).map((a) => a.action)).toEqual([
      'annualReport.submitted',
      'annualReport.returned',
      'annualReport.submitted',
    ]);
  });

  it('N-1: a contradicting figure stops submission and sign-off until a reason is given, kept in the audit trail', async () => {
    const ctx = ctxOf();
    const agency = await makeAgency(getDb());
    const where = { agencyId: agency.id, year: 2025 };
    const staff = reviewStaffOf(agency.id);
    await saveNarrative(ctx, staff.clerk, { ...where, sections: { overview: CONTRADICTION } });
    const refused = submitReport(ctx, staff.clerk, { ...where, expectedState: 'draft' });
    await expect(refused).rejects.toMatchObject({ code: 'reports.narrativeContradictsTables' });
    await expect(refused).rejects.toThrow(/年度报告叙述中的数字与表格不一致：.*12.*请修改后再提交/);
    expect((await readWorkflow(ctx, staff.clerk, where)).current).toBeNull();
    await expect(
      submitReport(ctx, staff.clerk, { ...where, expectedState: 'draft', overrideReason: '没问题' }),
    ).rejects.toThrow('忽略叙述与表格不一致的理由不能少于 10 个字');

    const accepted = await submitReport(ctx, staff.clerk, {
      ...where,
      expectedState: 'draft',
      overrideReason: REASON,
    });
    expect(accepted.current!.overrideReason).toBe(REASON);
    expect(accepted.contradictions.length).toBeGreaterThan(0);
    await reviewReport(ctx, staff.officeHead, { ...where, expectedState: 'inReview', decision: 'approve' });
    await expect(
      signOffReport(ctx, staff.leader, { ...where, expectedState: 'awaitingSignOff' }),
    ).rejects.toThrow(/请修改后再签发/);
    const signed = await signOffReport(ctx, staff.leader, {
      ...where,
      expectedState: 'awaitingSignOff',
      overrideReason: REASON,
    });
    expect(signed.current).toMatchObject({ state: 'published', signOffOverrideReason: REASON });
    const audit = await auditOf(getDb(), agency.id, 2025);
    expect(audit.find((a) => a.action === 'annualReport.submitted')!.details).toMatchObject({
      overrideReason: REASON,
    });
    expect(audit.find((a) => a.action === 'annualReport.signedOff')!.details).toMatchObject({
      overrideReason: REASON,
      version: 1,
    });
  });

  it('separation of duties: the reviewer is not the submitter, the signer not the reviewer', async () => {
    const ctx = ctxOf();
    const agency = await makeAgency(getDb());
    const where = { agencyId: agency.id, year: 2025 };
    const head = staffAs('officeHead', agency.id, '公开办负责人');
    await submitReport(ctx, head, { ...where, expectedState: 'draft' });
    const own = reviewReport(ctx, head, { ...where, expectedState: 'inReview', decision: 'approve' });
    await expect(own).rejects.toMatchObject({ code: 'reports.reviewerIsSubmitter' });
    await expect(own).rejects.toThrow('审核人不能是提交人本人（公开办负责人）');
    const reviewer = staffAs('officeHead', agency.id, '另一位负责人');
    await reviewReport(ctx, reviewer, { ...where, expectedState: 'inReview', decision: 'approve' });
    // The same person, made a leader since: still not the one to sign what they reviewed.
    const promoted = { ...reviewer, role: 'leader' as const };
    const signedByReviewer = signOffReport(ctx, promoted, { ...where, expectedState: 'awaitingSignOff' });
    await expect(signedByReviewer).rejects.toMatchObject({ code: 'reports.signerIsReviewer' });
    await expect(signedByReviewer).rejects.toThrow('签发人不能是审核人本人（另一位负责人）');
    expect((await readWorkflow(ctx, head, where)).state).toBe('awaitingSignOff');
  });

  describe('who may take each step (3 steps × 5 roles)', () => {
    const ALLOWED: Record<'submit' | 'review' | 'signOff', Role[]> = {
      submit: ['clerk', 'officeHead'],
      review: ['officeHead'],
      signOff: ['leader'],
    };
    for (const [stepName, allowed] of Object.entries(ALLOWED) as [keyof typeof ALLOWED, Role[]][]) {
      it(stepName, async () => {
        const ctx = ctxOf();
        for (const role of ROLES) {
          const agency = await makeAgency(getDb());
          const where = { agencyId: agency.id, year: 2025 };
          const staff = reviewStaffOf(agency.id);
          if (stepName !== 'submit')
            await submitReport(ctx, staff.clerk, { ...where, expectedState: 'draft' });
          if (stepName === 'signOff')
            await reviewReport(ctx, staff.officeHead, {
              ...where,
              expectedState: 'inReview',
              decision: 'approve',
            });
          const before = await readWorkflow(ctx, staff.clerk, where);
          const actor = staffAs(role, agency.id);
          const attempt =
            stepName === 'submit'
              ? submitReport(ctx, actor, { ...where, expectedState: 'draft' })
              : stepName === 'review'
                ? reviewReport(ctx, actor, { ...where, expectedState: 'inReview', decision: 'approve' })
                : signOffReport(ctx, actor, { ...where, expectedState: 'awaitingSignOff' });
          const outcome = await attempt.then(
            () => 'done',
            (error: { code?: string }) => error.code,
          );
          expect(outcome, `${stepName} by ${role}`).toBe(allowed.includes(role) ? 'done' : 'auth.forbidden');
          const after = await readWorkflow(ctx, staff.clerk, where);
          if (!allowed.includes(role)) expect(after, `${stepName} by ${role}`).toEqual(before);
        }
        // Another agency's staff of the right role: refused too.
        const mine = await makeAgency(getDb());
        const theirs = await makeAgency(getDb());
        await expect(
          submitReport(ctx, staffAs('clerk', theirs.id), {
            agencyId: mine.id,
            year: 2025,
            expectedState: 'draft',
          }),
        ).rejects.toMatchObject({ code: 'auth.otherAgency' });
      });
    }
  });

  it('refuses a year not over, and a 更正说明 on a first publication', async () => {
    const ctx = ctxOf();
    const agency = await makeAgency(getDb());
    const staff = reviewStaffOf(agency.id);
    const thisYear = submitReport(ctx, staff.clerk, {
      agencyId: agency.id,
      year: 2026,
      expectedState: 'draft',
    });
    await expect(thisYear).rejects.toThrow('2026 年尚未结束，不能发布该年度的年度报告');
    await expect(
      submitReport(ctx, staff.clerk, {
        agencyId: agency.id,
        year: 2024,
        expectedState: 'draft',
        correctionNote: '更正',
      }),
    ).rejects.toMatchObject({ code: 'reports.correctionNoteUnexpected' });
    const published = await publishThroughWorkflow(ctx, { agencyId: agency.id, year: 2024 });
    expect(published).toMatchObject({ state: 'published', publishedVersions: 1 });
  });
});
