// Writes that may arrive twice — a double click, a retry after a lost answer — carry an Idempotency-Key chosen by
// the client once per form. The first call claims the key and does the write in one transaction, storing its answer
// there too; a later call with the same key gets that answer without writing. The same key with a different request
// is refused: it would otherwise silently return an answer to a question that was not asked.
import { createHash } from 'node:crypto';
import { DomainError } from '../core/errors/index.ts';
import { claimKey, saveResponse, storedKey } from '../storage/idempotency.ts';
import type { Actor } from './actor.ts';
import { withDb, type ServiceContext } from './context.ts';
import { transact } from './database.ts';

/** What clients may send: a UUID or any short token of letters, digits, '-' and '_'. */
const KEY_PATTERN = /^[A-Za-z0-9_-]{8,100}$/;

export interface IdempotentCall {
  /** The client's key; undefined: no protection asked, the write just runs. */
  key: string | undefined;
  /** Names the write (e.g. 'requests.register'): the same key on another write is a different request. */
  operation: string;
  /** The input as the client sent it, compared across repeats. */
  input: unknown;
}

export async function idempotent<T>(
  ctx: ServiceContext,
  actor: Actor,
  { key, operation, input }: IdempotentCall,
  write: (ctx: ServiceContext) => Promise<T>,
): Promise<T> {
  if (key === undefined) return write(ctx);
  if (!KEY_PATTERN.test(key)) throw new DomainError('platform.invalidIdempotencyKey');
  const scope = actor.kind === 'staff' ? `user:${actor.userId}` : actor.kind;
  const fingerprint = createHash('sha256')
    .update(operation)
    .update('\0')
    .update(JSON.stringify(input))
    .digest('hex');
  return transact(ctx.db, async (trx) => {
    const claimed = await claimKey(trx, {
      scope,
      key,
      fingerprint,
      createdAt: ctx.clock.now().toISOString(),
    });
    if (!claimed) {
      // On PostgreSQL the claim waited for the first transaction to commit; on SQLite writes are serial.
      const stored = await storedKey(trx, scope, key);
      if (!stored || stored.fingerprint !== fingerprint)
        throw new DomainError('platform.idempotencyKeyReused');
      if (stored.response === '') throw new DomainError('platform.concurrentChange');
      return JSON.parse(stored.response) as T;
    }
    const result = await write(withDb(ctx, trx));
    await saveResponse(trx, scope, key, JSON.stringify(result));
    return result;
  });
}
