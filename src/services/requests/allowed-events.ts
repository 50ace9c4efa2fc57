// Which events a person may append to a request now: the policy (requestEventAction, within the actor's agency)
// and core's state machine (assertEventAllowed) asked with a probe of each type dated today. The console shows
// only these actions, so the browser never restates a rule; the server still judges the real event on append.
import type { WorkingCalendar } from '../../core/calendar/working-calendar.ts';
import { CONSULTATION_PARTIES, type RequestEvent } from '../../core/requests/events.ts';
import { APPENDABLE_EVENT_TYPES, type AppendableEventType } from '../../core/requests/appendable.ts';
import { assertEventAllowed } from '../../core/requests/state.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../policy/authorize.ts';
import { requestEventAction } from '../policy/rules.ts';

const FAR = '2999-12-31';

/**
 * Probes of a type: events that pass every check not about the state (dates in order, a valid outcome), so a
 * refusal means the state forbids the type. Some types have a variant per consultation party.
 */
function probes(type: AppendableEventType, on: string): RequestEvent[] {
  switch (type) {
    case 'assigned':
      return [{ type, on, assignee: '—' }];
    case 'correctionRequested':
      return [{ type, on, correctionDueOn: FAR, items: '' }];
    case 'consultationStarted':
    case 'consultationEnded':
      return CONSULTATION_PARTIES.map((party) =>
        type === 'consultationStarted' ? { type, on, party, consultee: '—' } : { type, on, party },
      );
    case 'extended':
      return [{ type, on, workingDays: 1, approvedBy: '—' }];
    case 'feeNoticeIssued':
      return [{ type, on, receivedOn: on, method: 'perRequest', amountYuan: 0 }];
    case 'deadlineDeferred':
      return [{ type, on, dueOn: FAR, reason: '—' }];
    case 'decided':
      return [{ type, on, outcome: 'granted', reasons: '', articles: '' }];
    case 'withdrawn':
      return [{ type, on }];
    default:
      return [{ type, on } as RequestEvent];
  }
}

function allowedByPolicy(actor: Actor, type: AppendableEventType, agencyId: string): boolean {
  try {
    authorize(actor, requestEventAction(type), agencyId);
    return true;
  } catch {
    return false;
  }
}

function allowedByState(
  events: readonly RequestEvent[],
  probe: RequestEvent,
  calendar: WorkingCalendar,
): boolean {
  try {
    assertEventAllowed(events, probe, { calendar });
    return true;
  } catch {
    return false;
  }
}

export function allowedEvents(
  actor: Actor,
  agencyId: string,
  events: readonly RequestEvent[],
  calendar: WorkingCalendar,
  today: string,
): AppendableEventType[] {
  const last = events[events.length - 1];
  // An event dated today, or on the last event's day when that lies ahead (a date typed in advance).
  const on = last && last.on > today ? last.on : today;
  return APPENDABLE_EVENT_TYPES.filter(
    (type) =>
      allowedByPolicy(actor, type, agencyId) &&
      probes(type, on).some((probe) => allowedByState(events, probe, calendar)),
  );
}
