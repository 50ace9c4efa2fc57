// 回应关切 (issue 14): a question gets its number and its due day in working days (ctx.calendar), shows as overdue
// after it, is answered once and then found by the portal's search; another is turned into a disclosure request
// received on the question's day. Bad input and a second answer change nothing.
import { describe, expect, it } from 'vitest';
import { staffAs } from '../../../test/actors.ts';
import { testContext } from '../../../test/context.ts';
import { forEachEngine } from '../../../test/db.ts';
import { makeAgency } from '../../../test/db/factories.ts';
import { refusalCode } from '../../../test/refusal.ts';
import { PUBLIC_ACTOR } from '../actor.ts';
import { fixedClock } from '../clock.ts';
import { requestById } from '../../storage/requests.ts';
import {
  answerQuestion,
  askQuestion,
  convertQuestion,
  listAgencyQuestions,
  publicQuestion,
  publicQuestions,
} from './questions.ts';

forEachEngine((_engine, getDb) => {
  describe('questions', () => {
    it('gives questions asked at the same moment each a number of its own', async () => {
      const db = getDb();
      const agency = await makeAgency(db);
      const asked = await Promise.all(
        Array.from({ length: 6 }, (_, n) =>
          askQuestion(testContext(db), PUBLIC_ACTOR, {
            agencyId: agency.id,
            asker: `提问人${n}`,
            title: `同时提交的问题${n}`,
            body: '请问人防工程的维护标准在哪里公开？',
          }),
        ),
      );
      expect(new Set(asked.map((q) => q.number)).size).toBe(6);
    });

    it('asks, warns when overdue, answers once, publishes and finds; converts another into a request', async () => {
      const db = getDb();
      const ctx = testContext(db); // Friday 2026-12-04
      const agency = await makeAgency(db);
      const clerk = staffAs('clerk', agency.id);
      const ask = (title: string, body: string) =>
        askQuestion(ctx, PUBLIC_ACTOR, { agencyId: agency.id, asker: '李女士', title, body });

      expect(await refusalCode(ask('标题', 'x'.repeat(2001)))).toBe('participation.textTooLong');
      expect(await refusalCode(ask('<b>标题</b>', '内容'))).toBe('participation.textMarkup');

      const parking = await ask('人防工程停车位收费标准', '请问小区人防车位的收费标准在哪里公开？');
      // Ten working days after Friday 4 December 2026: Friday 18 December.
      expect(parking.dueOn).toBe('2026-12-18');
      const budget = await ask('申请公开预算明细', '请提供2025年人防经费支出明细。');

      const late = testContext(db, fixedClock('2026-12-21T02:00:00Z'));
      const listed = await listAgencyQuestions(late, clerk, {
        agencyId: agency.id,
        state: 'open',
        page: 1,
        pageSize: 20,
      });
      expect(listed.overdue).toBe(2);
      expect(listed.items[0]!.workingDaysLeft).toBeLessThan(0);

      const parkingId = listed.items.find((q) => q.number === parking.number)!.id;
      const budgetId = listed.items.find((q) => q.number === budget.number)!.id;
      expect(await refusalCode(answerQuestion(late, PUBLIC_ACTOR, { id: parkingId, answer: '伪造' }))).toBe(
        'auth.unauthenticated',
      );
      expect(
        await refusalCode(
          answerQuestion(late, staffAs('clerk', (await makeAgency(db)).id), { id: parkingId, answer: 'x' }),
        ),
      ).toBe('auth.otherAgency');
      await answerQuestion(late, clerk, {
        id: parkingId,
        answer: '收费标准已在本机关网站“政策文件”栏公开。',
      });
      expect(await refusalCode(answerQuestion(late, clerk, { id: parkingId, answer: '再答一次' }))).toBe(
        'participation.questionClosed',
      );

      const found = await publicQuestions(late, PUBLIC_ACTOR, {
        agencyId: agency.id,
        query: '停车位 收费',
        page: 1,
        pageSize: 10,
      });
      expect(found.items.map((q) => q.number)).toEqual([parking.number]);
      expect(
        (
          await publicQuestions(late, PUBLIC_ACTOR, {
            agencyId: agency.id,
            query: '预算',
            page: 1,
            pageSize: 10,
          })
        ).total,
      ).toBe(0);
      expect(
        (await publicQuestion(late, PUBLIC_ACTOR, { agencyId: agency.id, number: parking.number })).answer,
      ).toMatch('政策文件');

      const converted = await convertQuestion(late, clerk, {
        id: budgetId,
        applicantKind: 'naturalPerson',
        contact: '13800000000',
        formWanted: '电子邮件',
      });
      expect(converted.question.state).toBe('converted');
      const request = await requestById(db, converted.requestId);
      expect(request?.receivedOn).toBe('2026-12-04');
      expect(
        await refusalCode(publicQuestion(late, PUBLIC_ACTOR, { agencyId: agency.id, number: budget.number })),
      ).toBe('participation.questionNotFound');
      const after = await listAgencyQuestions(late, clerk, { agencyId: agency.id, page: 1, pageSize: 20 });
      expect(after.overdue).toBe(0);
    });
  });
});
