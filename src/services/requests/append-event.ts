// Appending to a request's timeline: the only way a request changes (nothing is edited in place). The policy
// decides by the event's type (requestEventAction: an extension is the office head's, a decision is signed off by
// a leader or that head), the event contract (zod) validates it, core's state machine judges it
// (assertEventAllowed, which refuses with requests.* codes), then it is stored with the re-derived projection and
// an audit row — and the applicant's e-mail notification, if one is owed — in one transaction.
//
// Optimistic concurrency (two clerks, possibly on two server processes): the caller names the version it saw
// (expectedEventCount, the console always does); a different stored count is refused with
// requests.changedByOthers before anything is written. Two appends that read the same count at once both try to
// insert the same (request_id, seq) — the primary key lets one commit and the other gets the same refusal — and
// the projection is rewritten only where event_count is still the one read. The database decides, not a read.
import { DomainError } from '../../core/errors/index.ts';
import type { Finding } from '../../core/findings.ts';
import type { RequestEventType } from '../../core/requests/events.ts';
import { assertEventAllowed } from '../../core/requests/state.ts';
import { appendEventBody, type AppendEventBody, type DisclosureRequest } from '../../contracts/requests.ts';
import { isUniqueViolation } from '../../storage/rows.ts';
import { eventsOf, insertEvents, requestById, updateProjection } from '../../storage/requests.ts';
import type { Actor } from '../actor.ts';
import { recordChange } from '../audit.ts';
import type { ServiceContext } from '../context.ts';
import { transact } from '../database.ts';
import { queueNotification } from '../notifications/outbox.ts';
import { authorize } from '../policy/authorize.ts';
import { requestEventAction } from '../policy/rules.ts';
import { parseInput } from '../validation.ts';
import { effectiveTimeline } from './effective-timeline.ts';
import { projectTimeline } from './projection.ts';

export interface AppendEventInput extends AppendEventBody {
  requestId: string;
}

export interface AppendResult {
  request: DisclosureRequest;
  /** Allowed but noteworthy (a late correction notice, a late payment): shown to the clerk. */
  warnings: Finding[];
}

export async function appendEvent(
  ctx: ServiceContext,
  actor: Actor,
  { requestId, ...body }: AppendEventInput,
): Promise<AppendResult> {
  const calendar = await ctx.calendar.current();
  try {
    return await transact(ctx.db, async (trx) => {
      const request = await requestById(trx, requestId);
      if (!request) throw new DomainError('platform.requestNotFound', { request: requestId });
      // The type as given decides the action; an unknown type is a handling attempt the contract refuses next.
      authorize(actor, requestEventAction(body.event?.type as RequestEventType), request.agencyId);
      const { event, expectedEventCount } = parseInput(appendEventBody, body);
      if (expectedEventCount !== undefined && expectedEventCount !== request.eventCount) {
        throw new DomainError('requests.changedByOthers');
      }
      const stored = await eventsOf(trx, requestId);
      // On PostgreSQL each statement sees what was committed when it began: another append may have committed
      // between reading the request and reading its events. That is someone else's change, not this event's fault.
      if (stored.length !== request.eventCount) throw new DomainError('requests.changedByOthers');
      const events = await effectiveTimeline(
        trx,
        requestId,
        stored.map((row) => row.event),
      );
      const warnings = assertEventAllowed(events, event, { calendar });
      const timeline = [...events, event];
      const projection = projectTimeline(timeline, calendar, ctx.clock.today());
      const now = ctx.clock.now().toISOString();
      await insertEvents(trx, [
        { requestId, seq: request.eventCount, event, recordedBy: actor.name, recordedAt: now },
      ]);
      // The applicant's e-mail, if one is owed, commits or rolls back with the event (the outbox).
      await queueNotification(trx, request, request.eventCount, event, now);
      if (!(await updateProjection(trx, request, timeline.length, projection, now))) {
        throw new DomainError('requests.changedByOthers');
      }
      await recordChange(trx, actor, {
        at: new Date(now),
        action: `request.${event.type}`,
        subjectType: 'request',
        subjectId: requestId,
        agencyId: request.agencyId,
        details: { seq: request.eventCount, event },
      });
      return {
        request: { ...request, ...projection, eventCount: timeline.length, updatedAt: now },
        warnings,
      };
    });
  } catch (error) {
    // Two appends racing for the same seq: the primary key lets one win; the other is told to reload.
    if (isUniqueViolation(error)) throw new DomainError('requests.changedByOthers');
    throw error;
  }
}
