import { describe, expect, it } from 'vitest';
import { isDomainError } from '../errors/index.ts';
import {
  applyReviewAction,
  DEFAULT_REVIEW_WORKFLOW as wf,
  INITIAL_REVIEW_STATE,
  reviewWorkflowSchema,
  type ReviewAction,
  type ReviewState,
} from './review-workflow.ts';

/** Runs actions in order; returns the final state or the code of the first refusal. */
function run(
  steps: [ReviewAction, string][],
  from: ReviewState = INITIAL_REVIEW_STATE,
): ReviewState | string {
  let state = from;
  for (const [action, role] of steps) {
    try {
      state = applyReviewAction(wf, state, action, role).next;
    } catch (error) {
      return isDomainError(error) ? error.code : String(error);
    }
  }
  return state;
}

const submit: [ReviewAction, string] = [{ type: 'submit', blockingFindings: 0 }, 'clerk'];
const dept: [ReviewAction, string] = [{ type: 'approve', step: 'departmentReview' }, 'officeHead'];
const secrecy: [ReviewAction, string] = [{ type: 'approve', step: 'confidentialityReview' }, 'officeHead'];
const signOff: [ReviewAction, string] = [{ type: 'approve', step: 'signOff' }, 'leader'];
const publish: [ReviewAction, string] = [{ type: 'publish' }, 'clerk'];

describe('review workflow (《条例》第十七条)', () => {
  it('publishes after every step in order', () => {
    expect(run([submit, dept, secrecy, signOff, publish])).toMatchObject({ status: 'published', round: 1 });
  });

  it.each<[string, [ReviewAction, string][], string]>([
    ['skipping the confidentiality review', [submit, dept, signOff], 'publications.stepOutOfOrder'],
    ['signing off first', [submit, signOff], 'publications.stepOutOfOrder'],
    ['taking a step twice', [submit, dept, dept], 'publications.stepOutOfOrder'],
    [
      'a clerk approving',
      [submit, [{ type: 'approve', step: 'departmentReview' }, 'clerk']],
      'publications.roleNotAllowed',
    ],
    [
      'an office head signing off',
      [submit, dept, secrecy, [{ type: 'approve', step: 'signOff' }, 'officeHead']],
      'publications.roleNotAllowed',
    ],
    ['publishing before sign-off', [submit, dept, secrecy, publish], 'publications.notApproved'],
    ['publishing a draft', [publish], 'publications.notApproved'],
    ['approving a draft', [dept], 'publications.wrongStatus'],
    [
      'returning without a comment',
      [submit, [{ type: 'return', step: 'departmentReview', comment: '  ' }, 'officeHead']],
      'publications.commentRequired',
    ],
    [
      'submitting with a blocking screening finding',
      [[{ type: 'submit', blockingFindings: 2 }, 'clerk']],
      'publications.screeningBlocked',
    ],
    ['submitting twice', [submit, submit], 'publications.wrongStatus'],
    ['publishing twice', [submit, dept, secrecy, signOff, publish, publish], 'publications.wrongStatus'],
  ])('refuses %s', (_why, steps, code) => {
    expect(run(steps)).toBe(code);
  });

  it('sends a returned item back to draft, and the next submission starts again at the first step', () => {
    const back = run([
      submit,
      dept,
      [{ type: 'return', step: 'confidentialityReview', comment: '含有坐标信息' }, 'leader'],
    ]);
    expect(back).toMatchObject({ status: 'draft', stepIndex: null, round: 1 });
    expect(run([submit, secrecy], back as ReviewState)).toBe('publications.stepOutOfOrder');
    expect(run([submit, dept, secrecy, signOff], back as ReviewState)).toMatchObject({
      status: 'approved',
      round: 2,
    });
  });

  it('records a referral for determination and keeps the step due afterwards', () => {
    const referred = run([
      submit,
      dept,
      [{ type: 'refer', step: 'confidentialityReview', referredTo: '市保密局' }, 'officeHead'],
    ]);
    expect(referred).toMatchObject({ status: 'referred', referredTo: '市保密局' });
    expect(run([signOff], referred as ReviewState)).toBe('publications.wrongStatus');
    const answered = run(
      [[{ type: 'determine', step: 'confidentialityReview', comment: '经确定可以公开' }, 'officeHead']],
      referred as ReviewState,
    );
    expect(answered).toMatchObject({ status: 'inReview', stepIndex: 1 });
    expect(run([secrecy, signOff, publish], answered as ReviewState)).toMatchObject({ status: 'published' });
  });

  it('gives the record of each action', () => {
    const { record } = applyReviewAction(
      wf,
      { status: 'inReview', stepIndex: 0, round: 1, referredTo: null },
      { type: 'approve', step: 'departmentReview', comment: '同意' },
      'officeHead',
    );
    expect(record).toEqual({
      action: 'approve',
      step: 'departmentReview',
      stepLabel: '科室审核',
      role: 'officeHead',
      round: 1,
      comment: '同意',
      referredTo: null,
      from: 'inReview',
      to: 'inReview',
    });
  });

  it('names the roles in Chinese when refusing', () => {
    try {
      applyReviewAction(
        wf,
        { status: 'inReview', stepIndex: 2, round: 1, referredTo: null },
        { type: 'approve', step: 'signOff' },
        'clerk',
        { leader: '签发领导', clerk: '承办人' },
      );
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).toBe('“领导签发”环节只能由签发领导办理，当前角色为“承办人”');
    }
  });

  it('validates a configured workflow', () => {
    expect(reviewWorkflowSchema.safeParse({ ...wf, steps: [] }).success).toBe(false);
    expect(reviewWorkflowSchema.safeParse({ ...wf, steps: [wf.steps[0], wf.steps[0]] }).success).toBe(false);
    expect(
      reviewWorkflowSchema.safeParse({ ...wf, steps: [{ key: 'x', label: '审核', roles: [] }] }).success,
    ).toBe(false);
    // A step key outside REVIEW_STEPS would be a step the API cannot name and the history cannot store.
    expect(
      reviewWorkflowSchema.safeParse({
        ...wf,
        steps: [{ key: 'check', label: '审核', roles: ['officeHead'] }],
      }).success,
    ).toBe(false);
    const two = {
      ...wf,
      steps: [
        { key: 'legalReview', label: '审核', roles: ['officeHead'] },
        { key: 'signOff', label: '签发', roles: ['admin'] },
      ],
    };
    expect(reviewWorkflowSchema.parse(two).steps).toHaveLength(2);
  });
});
