// 公众参与 over HTTP (issue 14): a clerk opens a consultation and moderates a comment; another agency's clerk, the
// public without a session and a forged comment id are refused with Chinese messages and change nothing; a
// question is listed with its overdue count and answered once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Comment, Consultation } from '../../src/contracts/participation.ts';
import { PUBLIC_ACTOR } from '../../src/services/actor.ts';
import { fixedClock } from '../../src/services/clock.ts';
import { submitComment } from '../../src/services/participation/comments.ts';
import { askQuestion } from '../../src/services/participation/questions.ts';
import { TEST_NOW } from '../context.ts';
import { ENGINES } from '../db.ts';
import { publishedItem } from '../published-item.ts';
import { startApi, type ApiFixture } from './fixture.ts';

describe.each(ENGINES)('公众参与 API (%s)', (engine) => {
  let api: ApiFixture;
  let consultation: Consultation;
  let commentId = '';

  beforeAll(async () => {
    api = await startApi(engine, {}, fixedClock(TEST_NOW));
    const itemId = await publishedItem(api.ctx, api.tenancy.a.id, '公共停车场管理规定（征求意见稿）');
    const opened = await api.call('clerk.a', {
      method: 'POST',
      url: '/api/v1/participation/consultations',
      payload: {
        itemId,
        title: '《公共停车场管理规定（征求意见稿）》公开征求意见',
        description: '请于截止日前提出意见',
        opensOn: '2026-11-20',
        closesOn: '2026-12-20',
        majorDecision: true,
      },
    });
    expect(opened.statusCode).toBe(201);
    consultation = opened.json();
    commentId = (
      await submitComment(api.ctx, PUBLIC_ACTOR, { consultationId: consultation.id, body: '建议夜间免费。' })
    ).id;
  }, 60_000);
  afterAll(() => api.close());

  const moderate = (user: string | null, id: string, payload: unknown) =>
    api.call(user, {
      method: 'PUT',
      url: `/api/v1/participation/consultations/${consultation.id}/comments/${id}/moderation`,
      payload: payload as Record<string, unknown>,
    });
  const pending = async () =>
    (
      await api.call('clerk.a', {
        method: 'GET',
        url: `/api/v1/participation/consultations/${consultation.id}/comments?state=pending`,
      })
    ).json<{ total: number }>().total;

  it('refuses forged moderation and changes nothing', async () => {
    const refusals = [
      [await moderate(null, commentId, { decision: 'approve' }), 401],
      [await moderate('clerk.c', commentId, { decision: 'approve' }), 403],
      [await moderate('clerk.a', 'forged-id', { decision: 'approve' }), 404],
      [await moderate('clerk.a', commentId, { decision: 'publish' }), 400],
      [await moderate('clerk.a', commentId, { decision: 'reject' }), 422],
    ] as const;
    for (const [response, status] of refusals) {
      expect(response.statusCode).toBe(status);
      expect(response.json<{ error: { message: string } }>().error.message).toMatch(/\p{Script=Han}/u);
    }
    expect(await pending()).toBe(1);
  });

  it('approves a comment once', async () => {
    const approved = await moderate('clerk.a', commentId, { decision: 'approve' });
    expect(approved.statusCode).toBe(200);
    expect(approved.json<Comment>().state).toBe('approved');
    const again = await moderate('officeHead.a', commentId, { decision: 'reject', reason: '重复' });
    expect(again.statusCode).toBe(409);
    expect(again.json<{ error: { message: string } }>().error.message).toContain('已经审核过');
  });

  it('lists questions with the overdue count and answers once', async () => {
    const asked = await askQuestion(api.ctx, PUBLIC_ACTOR, {
      agencyId: api.tenancy.a.id,
      asker: '赵先生',
      title: '停车场收费',
      body: '夜间收费吗？',
    });
    const list = await api.call('clerk.a', {
      method: 'GET',
      url: '/api/v1/participation/questions?state=open',
    });
    expect(list.statusCode).toBe(200);
    const page = list.json<{
      items: { id: string; number: string; workingDaysLeft: number }[];
      overdue: number;
    }>();
    expect(page.overdue).toBe(0);
    const question = page.items.find((q) => q.number === asked.number)!;
    expect(question.workingDaysLeft).toBe(10);
    const answer = (user: string) =>
      api.call(user, {
        method: 'PUT',
        url: `/api/v1/participation/questions/${question.id}/answer`,
        payload: { answer: '夜间不收费。' },
      });
    expect((await answer('clerk.c')).statusCode).toBe(403);
    expect((await answer('clerk.a')).statusCode).toBe(200);
    expect((await answer('clerk.a')).statusCode).toBe(409);
  });
});
