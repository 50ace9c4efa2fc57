// Which timeline events owe the applicant an e-mail, and the outbox row written for one — inside the transaction
// that appends the event (services/requests/append-event.ts), so the message exists exactly when the event does.
//
// The reply is announced at `replySent` (state 'replied', shown as 已答复 on /track), not at `decided`: a decision
// is the agency's internal sign-off (已作出决定) and the letter has not gone out yet, while the message says 已答复
// and its date is the statutory reply date. From `replySent` on, /track shows the letter whatever else it does.
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
