// The service context tests run use cases with: a fixed clock (every rule reproducible), the test's database.
import { createServiceContext } from '../src/services/bootstrap.ts';
import { fixedClock, type Clock } from '../src/services/clock.ts';
import type { ServiceContext } from '../src/services/context.ts';
import type { Db } from '../src/services/database.ts';

/** 10:00 in Beijing on 4 December 2026: a Friday, a working day. */
export const TEST_NOW = '2026-12-04T02:00:00Z';

export function testContext(db: Db, clock: Clock = fixedClock(TEST_NOW)): ServiceContext {
  return createServiceContext({ db, clock });
}
