// Drains the outbox: claims the due rows (a lease, so two servers never take the same row), writes each message,
// sends it, and marks it sent; a failed attempt is counted and the next one set with exponential backoff, until the
// last attempt marks the row 'failed' for staff to see. Delivery is at least once: a process that dies after the
// SMTP server accepted a message but before marking it sent leaves the row to be sent again when its lease ends —
// with the same Message-ID, so the receiving side can drop the copy.
import type { NotificationKind } from '../../contracts/notifications.ts';
import {
  claimDueRows,
  markAttemptFailed,
  markSent,
  messageFactsOf,
  type OutboxRow,
} from '../../storage/notifications.ts';
import type { Actor } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import { authorize } from '../policy/authorize.ts';
import type { Mailer } from './mailer.ts';
import { composeMessage } from './message.ts';

export interface SenderOptions {
  mailer: Mailer;
  publicBaseUrl: string;
  /** This process's name on the rows it claims. */
  claimer: string;
  /** Attempts before a row is given up ('failed'). */
  maxAttempts?: number;
  /** Delay after the first failure; doubled after each further one, up to retryMaxMs. */
  retryBaseMs?: number;
  retryMaxMs?: number;
  /** How long a claim keeps other senders off a row: several SMTP timeouts. */
  leaseMs?: number;
  batchSize?: number;
}

/** 8 attempts over about two hours: 1, 2, 4, 8, 16, 32, 60 minutes apart. */
export const SENDER_DEFAULTS: Required<Omit<SenderOptions, 'mailer' | 'publicBaseUrl' | 'claimer'>> = {
  maxAttempts: 8,
  retryBaseMs: 60_000,
  retryMaxMs: 60 * 60_000,
  leaseMs: 5 * 60_000,
  batchSize: 20,
};

export interface DrainResult {
  sent: number;
  /** Failed this time, to be tried again later. */
  retrying: number;
  /** Failed for the last time. */
  failed: number;
}

/** The wait before attempt `attempts + 1`, after `attempts` failures. */
export function retryDelayMs(attempts: number, baseMs: number, maxMs: number): number {
  return Math.min(baseMs * 2 ** Math.max(0, attempts - 1), maxMs);
}

export async function drainOutbox(
  ctx: ServiceContext,
  actor: Actor,
  options: SenderOptions,
): Promise<DrainResult> {
  authorize(actor, 'notifications.send');
  const settings = { ...SENDER_DEFAULTS, ...options };
  const result: DrainResult = { sent: 0, retrying: 0, failed: 0 };
  // Every row claimed is either sent or moved to a later attempt, so the loop ends when nothing is due now.
  for (;;) {
    const now = ctx.clock.now();
    const rows = await claimDueRows(ctx.db, {
      now: now.toISOString(),
      leaseUntil: new Date(now.getTime() + settings.leaseMs).toISOString(),
      claimer: settings.claimer,
      limit: settings.batchSize,
    });
    if (rows.length === 0) return result;
    for (const row of rows) {
      const outcome = await sendOne(ctx, row, settings);
      result[outcome] += 1;
    }
  }
}

async function sendOne(
  ctx: ServiceContext,
  row: OutboxRow,
  settings: Required<SenderOptions>,
): Promise<keyof DrainResult> {
  try {
    const facts = await messageFactsOf(ctx.db, row.request_id);
    if (!facts) throw new Error('申请已不存在');
    const message = composeMessage(
      { kind: row.kind as NotificationKind, eventOn: row.event_on },
      facts,
      settings.publicBaseUrl,
    );
    await settings.mailer.send({
      to: row.recipient,
      ...message,
      messageId: `<${row.id}@${new URL(settings.publicBaseUrl).hostname}>`,
      date: ctx.clock.now(),
    });
  } catch (error) {
    const attempts = row.attempts + 1;
    const giveUp = attempts >= settings.maxAttempts;
    const delay = retryDelayMs(attempts, settings.retryBaseMs, settings.retryMaxMs);
    await markAttemptFailed(ctx.db, row.id, settings.claimer, {
      attempts,
      state: giveUp ? 'failed' : 'pending',
      nextAttemptAt: new Date(ctx.clock.now().getTime() + delay).toISOString(),
      error: describe(error),
    });
    return giveUp ? 'failed' : 'retrying';
  }
  await markSent(ctx.db, row.id, settings.claimer, ctx.clock.now().toISOString());
  return 'sent';
}

/** The failure as staff see it: the SMTP code and the server's first line, bounded. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error).slice(0, 500);
  const code = (error as Error & { code?: string }).code;
  return `${code ? `${code}: ` : ''}${error.message}`.slice(0, 500);
}
