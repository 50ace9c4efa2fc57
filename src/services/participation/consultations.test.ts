// 意见征集 end to end at the use-case level (issue 14): the period rule of 《重大行政决策程序暂行条例》第十四条, a
// comment screened and held for moderation, forged and repeated moderation refused, a closed consultation refusing
// comments, and the feedback published once after closing — each refusal leaving nothing changed.
import { describe, expect, it } from 'vitest';
import { staffAs } from '../../../test/actors.ts';
import { testContext } from '../../../test/context.ts';
import { forEachEngine } from '../../../test/db.ts';
import { makeAgency } from '../../../test/db/factories.ts';
import { publishedItem } from '../../../test/published-item.ts';
import { refusalCode } from '../../../test/refusal.ts';
import { PUBLIC_ACTOR } from '../actor.ts';
import { fixedClock } from '../clock.ts';
import { saveNarrative } from '../reports/narrative.ts';
import { buildAnnualReport } from '../statistics/report.ts';
import { publicConsultation, submitComment } from './comments.ts';
import {
  listConsultationComments,
  moderateComment,
  openConsultation,
  publishFeedback,
  showConsultation,
} from './consultations.ts';

const AFTER_CLOSING = '2026-12-20T02:00:00Z';

forEachEngine((_engine, getDb) => {
  describe('consultations', () => {
    it('refuses a major decision open under 30 days unless the reason is given, and a draft not published', async () => {
      const ctx = testContext(getDb());
      const agency = await makeAgency(getDb());
      const clerk = staffAs('clerk', agency.id);
      const itemId = await publishedItem(ctx, agency.id, '关于征求意见的办法（征求意见稿）');
      const base = { itemId, title: '征求意见', description: '请提出意见', opensOn: '2026-12-01' };
      expect(
        await refusalCode(
          openConsultation(ctx, clerk, {
            ...base,
            agencyId: agency.id,
            closesOn: '2026-12-20',
            majorDecision: true,
          }),
        ),
      ).toBe('participation.periodTooShortMajor');
      const shortened = await openConsultation(ctx, clerk, {
        ...base,
        agencyId: agency.id,
        closesOn: '2026-12-20',
        majorDecision: true,
        shortenedReason: '上级要求年底前出台，情况紧急',
      });
      expect(shortened.phase).toBe('open');
      expect(
        await refusalCode(
          openConsultation(ctx, clerk, { ...base, agencyId: agency.id, closesOn: '2026-12-03' }),
        ),
      ).toBe('participation.periodTooShort');
      const other = await makeAgency(getDb());
      expect(
        await refusalCode(
          openConsultation(ctx, staffAs('clerk', other.id), {
            ...base,
            agencyId: other.id,
            closesOn: '2026-12-31',
          }),
        ),
      ).toBe('participation.draftNotPublished');
    });

    it('takes comments while open, moderates them once, and publishes the feedback after closing', async () => {
      const db = getDb();
      const ctx = testContext(db);
      const agency = await makeAgency(db);
      const clerk = staffAs('clerk', agency.id);
      const itemId = await publishedItem(ctx, agency.id, '养犬管理办法（征求意见稿）');
      const finalId = await publishedItem(ctx, agency.id, '养犬管理办法');
      const consultation = await openConsultation(ctx, clerk, {
        agencyId: agency.id,
        itemId,
        title: '《养犬管理办法（征求意见稿）》公开征求意见',
        description: '欢迎提出意见建议',
        opensOn: '2026-11-10',
        closesOn: '2026-12-10',
        majorDecision: true,
      });
      const comment = (body: string, author = '') =>
        submitComment(ctx, PUBLIC_ACTOR, { consultationId: consultation.id, author, body });

      // Bad input: nothing stored.
      expect(await refusalCode(comment('很'.repeat(2001)))).toBe('participation.textTooLong');
      expect(await refusalCode(comment('<script>alert(1)</script>'))).toBe('participation.textMarkup');
      expect(await refusalCode(comment('   '))).toBe('participation.textEmpty');
      const empty = await listConsultationComments(ctx, clerk, {
        id: consultation.id,
        page: 1,
        pageSize: 20,
      });
      expect(empty.total).toBe(0);

      const good = await comment('建议明确遛狗须牵绳的时段。', '市民王先生');
      const personal = await comment('我的电话13912345678，请联系我。');
      const rude = await comment('写这个办法的都是狗官');
      const pending = await listConsultationComments(ctx, clerk, {
        id: consultation.id,
        page: 1,
        pageSize: 20,
      });
      expect(pending.items.map((c) => c.state)).toEqual(['pending', 'pending', 'pending']);
      const findingsOf = (id: string) => pending.items.find((c) => c.id === id)!.findings.map((f) => f.rule);
      expect(findingsOf(good.id)).toEqual([]);
      expect(findingsOf(personal.id)).toContain('screening.personal.mobile');
      expect(findingsOf(rude.id)).toContain('screening.lexicon');

      // Nothing shows before moderation.
      const before = await publicConsultation(ctx, PUBLIC_ACTOR, {
        agencyId: agency.id,
        id: consultation.id,
      });
      expect(before.comments).toEqual([]);

      // Forged moderation: the public, another agency, a comment of another consultation, approving personal data.
      const moderate = (commentId: string, decision: 'approve' | 'reject', actor = clerk, reason?: string) =>
        moderateComment(ctx, actor, {
          consultationId: consultation.id,
          commentId,
          decision,
          reason: reason ?? null,
        });
      expect(await refusalCode(moderate(good.id, 'approve', PUBLIC_ACTOR as never))).toBe(
        'auth.unauthenticated',
      );
      const stranger = await makeAgency(db);
      expect(await refusalCode(moderate(good.id, 'approve', staffAs('clerk', stranger.id)))).toBe(
        'auth.otherAgency',
      );
      expect(
        await refusalCode(
          moderateComment(ctx, clerk, {
            consultationId: consultation.id,
            commentId: 'no-such',
            decision: 'approve',
          }),
        ),
      ).toBe('participation.commentNotFound');
      expect(await refusalCode(moderate(personal.id, 'approve'))).toBe('participation.commentBlocked');
      expect(await refusalCode(moderate(rude.id, 'reject'))).toBe('participation.reasonRequired');

      // Feedback before closing is refused.
      expect(
        await refusalCode(
          publishFeedback(ctx, clerk, {
            consultationId: consultation.id,
            summary: '已采纳',
            finalItemId: finalId,
          }),
        ),
      ).toBe('participation.feedbackTooEarly');

      await moderate(good.id, 'approve');
      expect(await refusalCode(moderate(good.id, 'reject', clerk, '改变主意'))).toBe(
        'participation.commentAlreadyModerated',
      );
      await moderate(personal.id, 'reject', clerk, '含有个人联系方式，已转有关科室联系');
      const shown = await publicConsultation(ctx, PUBLIC_ACTOR, { agencyId: agency.id, id: consultation.id });
      expect(shown.comments.map((c) => [c.author, c.body])).toEqual([
        ['市民王先生', '建议明确遛狗须牵绳的时段。'],
      ]);

      // After closing: no more comments; feedback waits for the last pending comment, then is published once.
      const later = testContext(db, fixedClock(AFTER_CLOSING));
      expect(
        await refusalCode(
          submitComment(later, PUBLIC_ACTOR, { consultationId: consultation.id, body: '晚到的意见' }),
        ),
      ).toBe('participation.consultationClosed');
      const feedback = {
        consultationId: consultation.id,
        summary: '共收到意见3条，经研究采纳1条。',
        adopted: ['明确牵绳时段'],
        notAdopted: [{ point: '全面禁止养犬', reason: '超出本办法的调整范围' }],
        finalItemId: finalId,
      };
      expect(await refusalCode(publishFeedback(later, clerk, feedback))).toBe(
        'participation.commentsPending',
      );
      await moderateComment(later, clerk, {
        consultationId: consultation.id,
        commentId: rude.id,
        decision: 'reject',
        reason: '含有不文明用语',
      });
      expect(await refusalCode(publishFeedback(later, clerk, { ...feedback, finalItemId: itemId }))).toBe(
        'participation.finalItemInvalid',
      );
      const published = await publishFeedback(later, clerk, feedback);
      expect(published.feedback).toMatchObject({ received: 3, shown: 1, adopted: ['明确牵绳时段'] });
      expect(published.finalItemId).toBe(finalId);
      expect(await refusalCode(publishFeedback(later, clerk, feedback))).toBe(
        'participation.feedbackPublished',
      );
      const read = await showConsultation(later, clerk, { id: consultation.id });
      expect(read).toMatchObject({
        phase: 'closed',
        feedbackOn: '2026-12-20',
        comments: { approved: 1, rejected: 2 },
      });

      // The report's figures of the year: one consultation opened, three comments received.
      await saveNarrative(later, clerk, {
        agencyId: agency.id,
        year: 2026,
        sections: {
          problems:
            '全年开展意见征集{意见征集}项，收到意见{收到意见}条；收到留言{收到留言}条，答复{答复留言}条。',
        },
      });
      const built = await buildAnnualReport(later, clerk, { agencyId: agency.id, year: 2026 });
      expect(built.report.sections.find((s) => s.key === 'problems')!.text).toBe(
        '全年开展意见征集1项，收到意见3条；收到留言0条，答复0条。',
      );
    });
  });
});
