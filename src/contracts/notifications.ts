// E-mail notifications to applicants as staff see them (GET /api/v1/requests/:id/notifications): which message,
// to whom (the address masked: staff need to recognise it, not copy it), and whether it went out.
import { z } from 'zod';

/** What a message tells the applicant: a 补正 notice was issued, the reply was sent, or a paper was sent by e-mail
 * (issue 13, delivery: recorded by the clerk for one of the request's documents). */
export const NOTIFICATION_KINDS = ['correctionRequested', 'replied', 'documentDelivered'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, string> = {
  correctionRequested: '需要补正',
  replied: '已答复',
  documentDelivered: '文书送达',
};

/** pending: waiting for (another) attempt; sent; failed: given up after the last attempt. */
export const NOTIFICATION_STATES = ['pending', 'sent', 'failed'] as const;
export type NotificationState = (typeof NOTIFICATION_STATES)[number];

export const NOTIFICATION_STATE_LABELS: Record<NotificationState, string> = {
  pending: '待发送',
  sent: '已发送',
  failed: '发送失败',
};

export const requestIdParams = z.strictObject({
  id: z.uuid({ error: '申请编号格式不正确' }),
});

export const notificationSchema = z.object({
  kind: z.enum(NOTIFICATION_KINDS),
  kindLabel: z.string(),
  eventSeq: z.number().int(),
  /** The address with most of its local part hidden, e.g. w***@example.com. */
  to: z.string(),
  state: z.enum(NOTIFICATION_STATES),
  stateLabel: z.string(),
  attempts: z.number().int(),
  nextAttemptAt: z.string().nullable(),
  sentAt: z.string().nullable(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
});
export type Notification = z.infer<typeof notificationSchema>;

export const notificationsResponse = z.object({ items: z.array(notificationSchema) });
