// The request the documents tests take through its papers: 王小明 asks in person on Monday 2 November 2026 for the
// drawings of the city's 2025 road works, and the agency's people then record each step. One fixture, so the tests
// of numbering, delivery and archiving follow the same request.
import type { Actor, StaffActor } from '../src/services/actor.ts';
import type { ServiceContext } from '../src/services/context.ts';
import { appendEvent, type AppendEventInput } from '../src/services/requests/append-event.ts';
import { registerRequest } from '../src/services/requests/intake.ts';

/** Registers the request by `clerk` of `agencyId` and appends each step by its actor, in order. */
export async function roadDrawingsRequest(
  ctx: ServiceContext,
  clerk: StaffActor,
  steps: readonly (readonly [Actor, unknown])[] = [],
  options: { email?: string | null } = {},
) {
  const ack = await registerRequest(ctx, clerk, {
    agencyId: clerk.agencyId,
    channel: 'inPerson',
    arrivedOn: '2026-11-02',
    applicant: {
      kind: 'naturalPerson',
      name: '王小明',
      idDocument: '居民身份证',
      contact: '13800000000',
      email: options.email ?? null,
    },
    informationSought: '2025年度本市道路改造工程的施工图纸',
    formWanted: '纸质',
  });
  for (const [actor, event] of steps)
    await appendEvent(ctx, actor, { requestId: ack.request.id, event } as AppendEventInput);
  return ack;
}
