// Review before publication as a pure state machine. 《条例》第十七条 requires every agency to have a review
// mechanism with defined procedures and responsibilities, and to review under the 《保守国家秘密法》 before
// anything is published; when it cannot decide whether something may be published it refers the question to
// the competent department or the secrecy administration (报请确定). The steps and who may take each are the
// agency's own ([M]: configurable; the default is 科室审核 → 保密审查 → 领导签发). Who may submit and publish at
// all is the rule book's (services/policy/rules.ts: catalogue.submit, catalogue.publish), not the workflow's.
import { z } from 'zod';
import { DomainError } from '../errors/index.ts';

/**
 * The review steps an agency composes its workflow from (which of them, in what order, named how and taken by
 * whom is its own choice). One list for the workflow settings, the API's review body and the stored history.
 * 合法性审查 is the legality check some agencies add before sign-off for normative documents.
 */
export const REVIEW_STEPS = ['departmentReview', 'legalReview', 'confidentialityReview', 'signOff'] as const;
export type ReviewStepKey = (typeof REVIEW_STEPS)[number];

export const reviewStepSchema = z.object({
  key: z.enum(REVIEW_STEPS, { error: `环节代码只能是 ${REVIEW_STEPS.join('、')} 之一` }),
  label: z.string().trim().min(1).max(20),
  /** Roles (account roles) that may approve, return or refer at this step. */
  roles: z.array(z.string().min(1)).min(1, { error: '每个环节至少要有一个可办理的角色' }),
});
export type ReviewStep = z.infer<typeof reviewStepSchema>;

export const reviewWorkflowSchema = z
  .object({
    steps: z.array(reviewStepSchema).min(1, { error: '至少要有一个审核环节' }),
    /**
     * One person may approve only one step of an item in a round ([M]: on by default; an agency of two may have to
     * turn it off). 《条例》第十七条 asks for review with defined responsibilities: a second step taken by the same
     * person checks nothing.
     */
    separateApprovers: z.boolean().default(true),
  })
  .refine((w) => new Set(w.steps.map((s) => s.key)).size === w.steps.length, {
    error: '审核环节代码不能重复',
  });
export type ReviewWorkflow = z.infer<typeof reviewWorkflowSchema>;

export const DEFAULT_REVIEW_WORKFLOW: ReviewWorkflow = {
  separateApprovers: true,
  steps: [
    { key: 'departmentReview', label: '科室审核', roles: ['officeHead'] },
    { key: 'confidentialityReview', label: '保密审查', roles: ['officeHead', 'leader'] },
    { key: 'signOff', label: '领导签发', roles: ['leader'] },
  ],
};

export const PUBLICATION_STATUS_LABELS = {
  draft: '草稿',
  inReview: '审核中',
  referred: '报请确定中',
  approved: '已签发待发布',
  published: '已发布',
} as const;
export type PublicationStatus = keyof typeof PUBLICATION_STATUS_LABELS;

export interface ReviewState {
  status: PublicationStatus;
  /** Index of the step now due (inReview / referred); null otherwise. */
  stepIndex: number | null;
  /** 1 for the first submission, +1 each time a returned item is submitted again. */
  round: number;
  /** While referred: to whom (《条例》第十七条 报请确定). */
  referredTo: string | null;
}

export const INITIAL_REVIEW_STATE: ReviewState = {
  status: 'draft',
  stepIndex: null,
  round: 0,
  referredTo: null,
};

export type ReviewAction =
  | { type: 'submit'; blockingFindings: number }
  | { type: 'approve'; step: ReviewStepKey; comment?: string }
  | { type: 'return'; step: ReviewStepKey; comment: string }
  | { type: 'refer'; step: ReviewStepKey; referredTo: string; comment?: string }
  | { type: 'determine'; step: ReviewStepKey; comment: string }
  | { type: 'publish' };

export const REVIEW_ACTION_LABELS: Record<ReviewAction['type'], string> = {
  submit: '提交审核',
  approve: '审核通过',
  return: '退回修改',
  refer: '报请确定',
  determine: '登记确定意见',
  publish: '发布',
};

/** What happened, for the audit trail and the item's review history. */
export interface ReviewRecord {
  action: ReviewAction['type'];
  step: ReviewStepKey | null;
  stepLabel: string | null;
  role: string;
  round: number;
  comment: string | null;
  referredTo: string | null;
  from: PublicationStatus;
  to: PublicationStatus;
}

function wrongStatus(state: ReviewState, action: ReviewAction['type']): DomainError {
  return new DomainError('publications.wrongStatus', {
    status: PUBLICATION_STATUS_LABELS[state.status],
    action: REVIEW_ACTION_LABELS[action],
  });
}

function requireRole(
  allowed: readonly string[],
  role: string,
  stepLabel: string,
  roleLabels: RoleLabels,
): void {
  if (!allowed.includes(role)) {
    throw new DomainError('publications.roleNotAllowed', {
      step: stepLabel,
      roles: allowed.map((r) => roleLabels[r] ?? r).join('、'),
      role: roleLabels[role] ?? role,
    });
  }
}

/** The step named by the action must be the one now due: steps cannot be skipped or taken twice. */
function dueStep(workflow: ReviewWorkflow, state: ReviewState, named: string): ReviewStep {
  const due = workflow.steps[state.stepIndex ?? -1];
  if (!due)
    throw new DomainError('publications.wrongStatus', {
      status: PUBLICATION_STATUS_LABELS[state.status],
      action: '审核',
    });
  if (due.key !== named) {
    const actual = workflow.steps.find((s) => s.key === named)?.label ?? named;
    throw new DomainError('publications.stepOutOfOrder', { expected: due.label, actual });
  }
  return due;
}

export type RoleLabels = Readonly<Record<string, string>>;

/**
 * Applies one action taken by someone with `role`. Returns the next state and the record to keep, or throws a
 * DomainError (publications.*) when the action is not allowed now or not by this role.
 */
export function applyReviewAction(
  workflow: ReviewWorkflow,
  state: ReviewState,
  action: ReviewAction,
  role: string,
  roleLabels: RoleLabels = {},
): { next: ReviewState; record: ReviewRecord } {
  const record = (next: ReviewState, step: ReviewStep | null, extra: Partial<ReviewRecord> = {}) => ({
    next,
    record: {
      action: action.type,
      step: step?.key ?? null,
      stepLabel: step?.label ?? null,
      role,
      round: next.round,
      comment: null,
      referredTo: null,
      from: state.status,
      to: next.status,
      ...extra,
    },
  });

  switch (action.type) {
    case 'submit': {
      if (state.status !== 'draft') throw wrongStatus(state, action.type);
      // Screening runs on every submission; a blocking finding must be fixed before anyone reviews.
      if (action.blockingFindings > 0)
        throw new DomainError('publications.screeningBlocked', { count: action.blockingFindings });
      return record({ status: 'inReview', stepIndex: 0, round: state.round + 1, referredTo: null }, null);
    }
    case 'approve': {
      if (state.status !== 'inReview') throw wrongStatus(state, action.type);
      const step = dueStep(workflow, state, action.step);
      requireRole(step.roles, role, step.label, roleLabels);
      const index = state.stepIndex! + 1;
      const next: ReviewState =
        index < workflow.steps.length
          ? { ...state, stepIndex: index }
          : { ...state, status: 'approved', stepIndex: null };
      return record(next, step, { comment: action.comment?.trim() || null });
    }
    case 'return': {
      if (state.status !== 'inReview' && state.status !== 'referred') throw wrongStatus(state, action.type);
      const step = dueStep(workflow, state, action.step);
      requireRole(step.roles, role, step.label, roleLabels);
      const comment = action.comment.trim();
      if (!comment) throw new DomainError('publications.commentRequired');
      return record({ ...state, status: 'draft', stepIndex: null, referredTo: null }, step, { comment });
    }
    case 'refer': {
      if (state.status !== 'inReview') throw wrongStatus(state, action.type);
      const step = dueStep(workflow, state, action.step);
      requireRole(step.roles, role, step.label, roleLabels);
      const referredTo = action.referredTo.trim();
      if (!referredTo)
        throw new DomainError('publications.invalidItem', {
          reason: '须写明报请确定的主管部门或保密行政管理部门',
        });
      return record({ ...state, status: 'referred', referredTo }, step, {
        referredTo,
        comment: action.comment?.trim() || null,
      });
    }
    case 'determine': {
      // The answer is recorded; the step is then still due and must be approved or returned by its reviewer.
      if (state.status !== 'referred') throw wrongStatus(state, action.type);
      const step = dueStep(workflow, state, action.step);
      requireRole(step.roles, role, step.label, roleLabels);
      const comment = action.comment.trim();
      if (!comment) throw new DomainError('publications.invalidItem', { reason: '须登记确定意见' });
      return record({ ...state, status: 'inReview' }, step, { comment, referredTo: state.referredTo });
    }
    case 'publish': {
      if (state.status !== 'approved') {
        if (state.status === 'inReview' || state.status === 'referred' || state.status === 'draft') {
          const remaining = workflow.steps
            .slice(state.stepIndex ?? 0)
            .map((s) => s.label)
            .join('、');
          throw new DomainError('publications.notApproved', { remaining });
        }
        throw wrongStatus(state, action.type);
      }
      return record({ ...state, status: 'published' }, null);
    }
  }
}

/** A step taken on an item: who approved (or registered a determination at) which step, in which round. */
export interface StepTaken {
  action: string;
  stepLabel: string | null;
  actorUserId: string | null;
  round: number;
}

/**
 * Refuses a second approval by the same person of one item in this round, when the workflow separates approvers:
 * the refusal names the step they already took.
 */
export function checkSeparateApprover(
  workflow: ReviewWorkflow,
  taken: readonly StepTaken[],
  round: number,
  userId: string | null,
): void {
  if (!workflow.separateApprovers || userId === null) return;
  const earlier = taken.find(
    (t) =>
      t.round === round && t.actorUserId === userId && (t.action === 'approve' || t.action === 'determine'),
  );
  if (earlier) throw new DomainError('publications.sameApprover', { step: earlier.stepLabel ?? '前一环节' });
}
