// Chinese names of the request events and pause reasons, for messages, explanations and the UI.
import type { ConsultationParty, RequestEventType } from './events.ts';

export const EVENT_LABELS: Record<RequestEventType, string> = {
  received: '收到申请',
  assigned: '分办',
  correctionRequested: '补正通知',
  correctionReceived: '收到补正材料',
  correctionLapsed: '逾期不补正',
  consultationStarted: '征求意见开始',
  consultationEnded: '征求意见结束',
  extended: '延长答复期限',
  feeNoticeIssued: '收费通知',
  feePaid: '缴纳信息处理费',
  feeLapsed: '逾期未缴费',
  deadlineDeferred: '确定延迟答复期限',
  decided: '答复决定',
  replySent: '送出答复',
  delivered: '送达',
  archived: '归档',
  withdrawn: '申请人撤回申请',
};

export const PARTY_LABELS: Record<ConsultationParty, string> = {
  thirdParty: '第三方',
  agency: '其他行政机关',
};
