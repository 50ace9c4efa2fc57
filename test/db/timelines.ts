// Random valid request timelines for the statistics tests (property test of table 三, rollup checks), and the
// registration of one through the use cases, exactly as a clerk would record it.
import fc from 'fast-check';
import { buildCalendar } from '../../src/core/calendar/seed.ts';
import type { RequestEvent } from '../../src/core/requests/events.ts';
import { staffAs } from '../actors.ts';
import { assertEventAllowed } from '../../src/core/requests/state.ts';
import { APPLICANT_KINDS } from '../../src/core/taxonomy/applicants.ts';
import { OUTCOME_KEYS } from '../../src/core/taxonomy/outcomes.ts';
import type { Db } from '../../src/services/database.ts';
import { registerRequest } from '../../src/services/requests/intake.ts';
import { appendEvent } from '../../src/services/requests/append-event.ts';
import { testContext } from '../context.ts';

const plusDays = (iso: string, n: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

const STEP_TYPES = [
  'assigned',
  'correctionRequested',
  'correctionReceived',
  'correctionLapsed',
  'consultationStarted',
  'consultationEnded',
  'extended',
  'feeNoticeIssued',
  'feePaid',
  'feeLapsed',
  'decided',
  'decided',
  'replySent',
  'withdrawn',
  'archived',
] as const;
const DECIDABLE = OUTCOME_KEYS.filter(
  (k) => k !== 'otherDisposal.correctionLapsed' && k !== 'otherDisposal.feeLapsed',
);

const stepArb = fc.record({
  type: fc.constantFrom(...STEP_TYPES),
  gap: fc.integer({ min: 0, max: 60 }),
  outcome: fc.constantFrom(...DECIDABLE),
  party: fc.constantFrom('thirdParty' as const, 'agency' as const),
});

export const timelineArb = fc.record({
  kind: fc.constantFrom(...APPLICANT_KINDS),
  arrivedOn: fc.integer({ min: 0, max: 4 * 365 }).map((n) => plusDays('2021-01-01', n)),
  channel: fc.constantFrom('inPerson' as const, 'online' as const, 'signedPost' as const),
  confirmGap: fc.integer({ min: 0, max: 5 }),
  steps: fc.array(stepArb, { maxLength: 8 }),
});

type Step = typeof stepArb extends fc.Arbitrary<infer S> ? S : never;
type TimelineSpec = typeof timelineArb extends fc.Arbitrary<infer T> ? T : never;

function eventOf(step: Step, on: string): RequestEvent {
  switch (step.type) {
    case 'correctionRequested':
      return { type: step.type, on, correctionDueOn: plusDays(on, 15), items: '请明确所需信息的名称' };
    case 'consultationStarted':
      return { type: step.type, on, party: step.party, consultee: '第三方' };
    case 'consultationEnded':
      return { type: step.type, on, party: step.party };
    case 'extended':
      return { type: step.type, on, workingDays: 20, approvedBy: '负责人' };
    case 'feeNoticeIssued':
      return { type: step.type, on, receivedOn: plusDays(on, 1), method: 'perRequest', amountYuan: 100 };
    case 'decided':
      return { type: step.type, on, outcome: step.outcome, reasons: '', articles: '' };
    case 'assigned':
      return { type: step.type, on, assignee: '承办人' };
    default:
      return { type: step.type, on };
  }
}

// The arbitrary dates lie in the shipped years (nothing is imported in these tests): the shipped calendar is the
// database's.
const SHIPPED = buildCalendar();

/** The events of one random request that the state machine accepts, in order. */
export function validTimeline(spec: TimelineSpec): RequestEvent[] {
  const calendar = SHIPPED;
  const confirmedOn = spec.channel === 'inPerson' ? undefined : plusDays(spec.arrivedOn, spec.confirmGap);
  const events: RequestEvent[] = [
    {
      type: 'received',
      on: spec.arrivedOn,
      channel: spec.channel,
      applicantKind: spec.kind,
      ...(confirmedOn ? { confirmedOn } : {}),
    },
  ];
  let on = confirmedOn ?? spec.arrivedOn;
  for (const step of spec.steps) {
    const next = eventOf(step, plusDays(on, step.gap));
    try {
      assertEventAllowed(events, next, { calendar });
    } catch {
      continue;
    }
    events.push(next);
    on = next.on;
  }
  return events;
}

/** Registers the receipt event, then appends the rest one by one through the use cases. */
export async function recordTimeline(
  db: Db,
  agencyId: string,
  timeline: readonly RequestEvent[],
): Promise<void> {
  const [received, ...rest] = timeline;
  // The head of the disclosure office may record every event, the extension included (《条例》第三十三条第二款).
  const head = staffAs('officeHead', agencyId);
  const r = received as Extract<RequestEvent, { type: 'received' }>;
  const ctx = testContext(db);
  const { request } = await registerRequest(ctx, head, {
    agencyId,
    channel: r.channel,
    arrivedOn: r.on,
    confirmedOn: r.confirmedOn ?? null,
    applicant: { kind: r.applicantKind, name: '性质测试', contact: '—' },
    informationSought: '随机时间线',
    formWanted: '电子',
  });
  for (const event of rest) await appendEvent(ctx, head, { requestId: request.id, event });
}
