// Appending to a request's timeline: the only way a request changes (nothing is edited in place). The event is
// validated by the event contract (zod), judged by core's state machine (assertEventAllowed, which refuses with
// requests.* codes), then stored with the re-derived projection and an audit row in one transaction.
import { DomainError } from '../../core/errors/index.ts';
import type { Finding } from '../../core/findings.ts';
import { requestEventSchema, type RequestEvent } from '../../core/requests/events.ts';
import { assertEventAllowed } from '../../core/requests/state.ts';
import { isUniqueViolation } from '../../storage/rows.ts';
import {
  eventsOf,
  insertEvent,
  requestById,
  updateProjection,
  type DisclosureRequest,
  type StoredEvent,
} from '../../storage/requests.ts';
import type { Actor } from '../actor.ts';
import { recordChange } from '../audit.ts';
import { transact, type Db } from '../database.ts';
import { parseInput } from '../validation.ts';
import { chinaToday, requestCalendar } from './calendar.ts';
import { projectTimeline } from './projection.ts';

export interface AppendResult {
  request: DisclosureRequest;
  /** Allowed but noteworthy (a late correction notice, a late payment): shown to the clerk. */
  warnings: Finding[];
}

export interface AppendOptions {
  /** The event count the caller saw; a different count means someone appended meanwhile (optimistic lock). */
  expectedEventCount?: number;
}

export async function appendEvent(
  db: Db,
  actor: Actor,
  requestId: string,
  input: unknown,
  options: AppendOptions = {},
): Promise<AppendResult> {
  const event = parseInput(requestEventSchema, input);
  // 《条例》第三十三条第二款: an extension needs the consent of the head of the disclosure office.
  if (event.type === 'extended' && actor.role !== 'officeHead') {
    throw new DomainError('auth.forbidden', { action: '批准延长答复期限（须由公开办负责人批准）' });
  }
  const calendar = await requestCalendar(db);
  try {
    return await transact(db, async (trx) => {
      const request = await requestById(trx, requestId);
      if (!request) throw new DomainError('platform.requestNotFound', { request: requestId });
      if (actor.agencyId && actor.agencyId !== request.agencyId) throw new DomainError('auth.otherAgency');
      if (options.expectedEventCount !== undefined && options.expectedEventCount !== request.eventCount) {
        throw new DomainError('platform.concurrentChange');
      }
      const events = (await eventsOf(trx, requestId)).map((stored) => stored.event);
      const warnings = assertEventAllowed(events, event, { calendar });
      const timeline = [...events, event];
      const projection = projectTimeline(timeline, calendar, chinaToday());
      const now = new Date().toISOString();
      await insertEvent(trx, requestId, request.eventCount, event, actor.name, now);
      if (!(await updateProjection(trx, request, timeline.length, projection, now))) {
        throw new DomainError('platform.concurrentChange');
      }
      await recordChange(trx, actor, {
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
    if (isUniqueViolation(error)) throw new DomainError('platform.concurrentChange');
    throw error;
  }
}

export async function getRequest(db: Db, requestId: string): Promise<DisclosureRequest> {
  const request = await requestById(db, requestId);
  if (!request) throw new DomainError('platform.requestNotFound', { request: requestId });
  return request;
}

export function getTimeline(db: Db, requestId: string): Promise<StoredEvent[]> {
  return eventsOf(db, requestId);
}

export type { RequestEvent };
