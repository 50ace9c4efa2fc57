// The timeline as the applicant may read it on /track: each step with its date, in words for the public. Internal
// facts stay out — who the case was assigned to, who approved an extension, whom the agency consulted (a third
// party's name is itself protected, 《条例》第三十二条), fee amounts and free-text notes. An internal step
// (assignment) is not shown at all.
import type { RequestEvent, RequestEventType } from './events.ts';

export interface PublicStep {
  on: string;
  label: string;
  /** One public-safe sentence more, where the step has one. */
  detail?: string;
}

const PUBLIC_LABELS: Partial<Record<RequestEventType, string>> = {
  received: '收到申请',
  correctionRequested: '补正告知',
  correctionReceived: '收到补正',
  correctionLapsed: '逾期未补正',
  consultationStarted: '征求意见',
  consultationEnded: '征求意见结束',
  extended: '延期',
  feeNoticeIssued: '收费通知',
  feePaid: '缴纳信息处理费',
  feeLapsed: '逾期未缴费',
  deadlineDeferred: '另行确定答复期限',
  decided: '作出答复决定',
  replySent: '答复',
  delivered: '送达',
  archived: '办结归档',
  withdrawn: '撤回申请',
};

function detailOf(event: RequestEvent): string | undefined {
  switch (event.type) {
    case 'correctionRequested':
      return `请在 ${event.correctionDueOn} 前提交补正材料；无正当理由逾期不补正的，视为放弃申请（《条例》第三十条）。`;
    case 'consultationStarted':
      return '征求意见所需时间不计入答复期限（《条例》第三十三条第三款）。';
    case 'extended':
      return `答复期限延长 ${event.workingDays} 个工作日（《条例》第三十三条第二款）。`;
    case 'deadlineDeferred':
      return `答复期限确定为 ${event.dueOn}（《条例》第三十五条）。`;
    default:
      return undefined;
  }
}

export function publicTimeline(events: readonly RequestEvent[]): PublicStep[] {
  return events.flatMap((event) => {
    const label = PUBLIC_LABELS[event.type];
    if (!label) return [];
    const detail = detailOf(event);
    return [{ on: event.on, label, ...(detail ? { detail } : {}) }];
  });
}
