// The notification state of one request for staff: whoever may read the request may see whether its applicant
// was told. The address is masked: the case page shows enough to recognise it, not to copy it.
import {
  NOTIFICATION_KIND_LABELS,
  NOTIFICATION_STATE_LABELS,
  type Notification,
  type NotificationKind,
  type NotificationState,
} from '../../contracts/notifications.ts';
import { DomainError } from '../../core/errors/index.ts';
import { outboxRowsOfRequest } from '../../storage/notifications.ts';
import { requestById } from '../../storage/requests.ts';
import type { Actor } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import { authorize } from '../policy/authorize.ts';

/** wang@example.com → w***@example.com; the domain stays (it tells "the work address or the private one"). */
export function maskEmail(address: string): string {
  const at = address.lastIndexOf('@');
  if (at <= 0) return '***';
  return `${address[0]}***${address.slice(at)}`;
}

export async function requestNotifications(
  ctx: ServiceContext,
  actor: Actor,
  { requestId }: { requestId: string },
): Promise<Notification[]> {
  const request = await requestById(ctx.db, requestId);
  if (!request) throw new DomainError('platform.requestNotFound', { request: requestId });
  authorize(actor, 'requests.read', request.agencyId);
  const rows = await outboxRowsOfRequest(ctx.db, requestId);
  return rows.map((row) => {
    const kind = row.kind as NotificationKind;
    const state = row.state as NotificationState;
    return {
      kind,
      kindLabel: NOTIFICATION_KIND_LABELS[kind],
      eventSeq: row.event_seq,
      to: maskEmail(row.recipient),
      state,
      stateLabel: NOTIFICATION_STATE_LABELS[state],
      attempts: row.attempts,
      nextAttemptAt: state === 'pending' ? row.next_attempt_at : null,
      sentAt: row.sent_at,
      lastError: row.last_error,
      createdAt: row.created_at,
    };
  });
}
