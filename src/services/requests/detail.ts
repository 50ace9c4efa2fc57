// A request as the staff see it: the projection, the timeline with its labels, and the reply deadline counted now
// with every step explained (core/requests/explain.ts) — 暂定 with its reason in a year the calendar lacks — and the
// same applicant's other requests at the agency, which a 第三十五条 flag (core/requests/art35.ts) asks the clerk to see.
import { DomainError } from '../../core/errors/index.ts';
import { deadlineSentence, explainSteps } from '../../core/requests/explain.ts';
import { EVENT_LABELS } from '../../core/requests/labels.ts';
import type { RequestDetail } from '../../contracts/requests.ts';
import { otherApplicantRequests } from '../../storage/applicant-requests.ts';
import { eventsOf, requestById } from '../../storage/requests.ts';
import type { Actor } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import { authorize } from '../policy/authorize.ts';
import { allowedEvents } from './allowed-events.ts';
import { mayAddCaseMaterial } from './attachments.ts';
import { explainedRequestDeadline } from './due-date.ts';
import { effectiveTimeline } from './effective-timeline.ts';

/** The applicant's other requests listed on the case page; the total says how many more there are. */
const APPLICANT_REQUESTS_SHOWN = 20;

export async function requestDetail(
  ctx: ServiceContext,
  actor: Actor,
  { requestId }: { requestId: string },
): Promise<RequestDetail> {
  const request = await requestById(ctx.db, requestId);
  if (!request) throw new DomainError('platform.requestNotFound', { request: requestId });
  authorize(actor, 'requests.read', request.agencyId);
  const [timeline, applicantRequests] = await Promise.all([
    eventsOf(ctx.db, request.id),
    otherApplicantRequests(ctx.db, request.id, APPLICANT_REQUESTS_SHOWN),
  ]);
  const events = await effectiveTimeline(
    ctx.db,
    request.id,
    timeline.map((t) => t.event),
  );
  const calendar = await ctx.calendar.current();
  const today = ctx.clock.today();
  const deadline = explainedRequestDeadline(events, calendar, today);
  return {
    request,
    applicantRequests,
    allowedEvents: allowedEvents(actor, request.agencyId, events, calendar, today),
    mayAttach: mayAddCaseMaterial(actor, request),
    timeline: timeline.map((t) => ({ ...t, label: EVENT_LABELS[t.event.type] })),
    deadline: {
      receivedOn: deadline.receivedOn,
      dueOn: deadline.dueOn,
      paused: deadline.paused,
      pausedBy: deadline.pausedBy,
      daysLeft: deadline.daysLeft,
      overdue: deadline.overdue,
      provisional: deadline.provisional,
      provisionalReason: deadline.provisionalReason,
      explanation: explainSteps(deadline),
      sentence: deadlineSentence(deadline),
    },
  };
}
