// Housekeeping forgets idempotency keys older than a day and keeps younger ones; only the operator may run it.
import { describe, expect, it } from 'vitest';
import { forEachEngine } from '../../test/db.ts';
import { staffAs } from '../../test/actors.ts';
import { SYSTEM_ACTOR } from './actor.ts';
import { fixedClock } from './clock.ts';
import { createServiceContext } from './bootstrap.ts';
import { idempotent } from './idempotency.ts';
import { runHousekeeping } from './housekeeping.ts';

describe('housekeeping', () => {
  forEachEngine((_engine, getDb) => {
    it('forgets keys older than a day', async () => {
      const at = (iso: string) => createServiceContext({ db: getDb(), clock: fixedClock(iso) });
      const actor = staffAs('clerk', 'agency-h');
      const write = async () => ({ done: true });
      await idempotent(
        at('2026-12-01T00:00:00Z'),
        actor,
        { key: 'old-key-123', operation: 'x', input: 1 },
        write,
      );
      await idempotent(
        at('2026-12-02T12:00:00Z'),
        actor,
        { key: 'new-key-123', operation: 'x', input: 1 },
        write,
      );
      const result = await runHousekeeping(at('2026-12-03T00:00:00Z'), SYSTEM_ACTOR);
      expect(result.idempotencyKeys).toBe(1);
      const left = await getDb().selectFrom('idempotency_keys').select('key').execute();
      expect(left.map((row) => row.key)).toEqual(['new-key-123']);
      await expect(runHousekeeping(at('2026-12-03T00:00:00Z'), actor)).rejects.toMatchObject({
        code: 'auth.forbidden',
      });
    });
  });
});
