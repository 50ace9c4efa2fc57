// Which timeline events owe the applicant an e-mail, and the outbox row written for one — inside the transaction
// that appends the event (services/requests/append-event.ts), so the message exists exactly when the event does.
//
// The reply is announced at `replySent`, not at `decided`: a decision is the agency's internal sign-off and may
// still be corrected before it goes out, and /track shows 已答复 with the letter only from the moment the reply is
// sent (state 'replied'). Announcing `decided` would send the applicant to a page that has nothing yet.
// `delivered` records that the letter reached the applicant: nothing to tell them.
import { randomUUID } from 'node:crypto';
import type { NotificationKind } from '../../contracts/notifications.ts';
import type { DisclosureRequest } from '../../contracts/requests.ts';
import type { RequestEvent, RequestEventType } from '../../core/requests/events.ts';
import { insertOutboxRow } from '../../storage/notifications.ts';
import type { Db } from '../database.ts';

const KIND_OF_EVENT: Partial<Record<RequestEventType, NotificationKind>> = {
  correctionRequested: 'correctionRequested',
  replySent: 'replied',
};

export async function queueNotification(
  db: Db,
  request: DisclosureRequest,
  seq: number,
  event: RequestEvent,
  now: string,
): Promise<void> {
  const kind = KIND_OF_EVENT[event.type];
  const recipient = request.applicant.email;
  if (!kind || !recipient) return;
  await insertOutboxRow(db, {
    id: randomUUID(),
    requestId: request.id,
    agencyId: request.agencyId,
    eventSeq: seq,
    kind,
    recipient,
    eventOn: event.on,
    createdAt: now,
  });
}
