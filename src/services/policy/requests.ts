// Disclosure requests (依申请公开): who may register, read, and move a request along its timeline.
// - read (list, detail, timeline, reply letter, overdue warnings): every case-handling role of the agency, and a
//   supervisor for the agencies under it;
// - register and ordinary events: the clerk (承办人) and the head of the disclosure office;
// - extension: only the head of the disclosure office (《条例》第三十三条第二款: 经政府信息公开工作机构负责人同意);
// - decision: signed off (签发) by a leader or the head of the office.
import type { RequestEventType } from '../../core/requests/events.ts';
import type { Principal } from './principal.ts';
import { decide, type Rule, type Rules } from './decide.ts';

const READERS = ['clerk', 'officeHead', 'leader', 'supervisor'] as const;
const HANDLERS = ['clerk', 'officeHead'] as const;

const REQUEST_RULES: Rules<'read' | 'register'> = {
  read: { label: '查看依申请公开件', roles: READERS, reach: 'readable' },
  register: { label: '登记依申请公开件', roles: HANDLERS, reach: 'own' },
};

const EVENT_RULES: Partial<Record<RequestEventType, Rule>> = {
  extended: { label: '批准延长答复期限', roles: ['officeHead'], reach: 'own' },
  decided: { label: '签发办理结果', roles: ['leader', 'officeHead'], reach: 'own' },
};
const ORDINARY_EVENT: Rule = { label: '办理依申请公开件', roles: HANDLERS, reach: 'own' };

export type RequestAction = keyof typeof REQUEST_RULES;

export function authorizeRequest(
  principal: Principal,
  action: RequestAction,
  request: { agencyId: string },
): void {
  decide(principal, REQUEST_RULES[action], request.agencyId);
}

/** Appending an event to a request's timeline; the event type decides who may. */
export function authorizeRequestEvent(
  principal: Principal,
  type: RequestEventType,
  request: { agencyId: string },
): void {
  decide(principal, EVENT_RULES[type] ?? ORDINARY_EVENT, request.agencyId);
}
