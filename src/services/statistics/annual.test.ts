// Done-when (issue 4): random valid timelines → the SQL statistics equal the pure fold over the same events
// (core/requests/annual.ts), and the balance T3-1 holds, on both engines.
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { forEachEngine } from '../../../test/db.ts';
import { makeAgency } from '../../../test/db/factories.ts';
import { foldApplicationsTable } from '../../core/requests/annual.ts';
import type { RequestEvent } from '../../core/requests/events.ts';
import { assertEventAllowed } from '../../core/requests/state.ts';
import { APPLICANT_COLUMNS, APPLICANT_KINDS } from '../../core/taxonomy/applicants.ts';
import { OUTCOME_KEYS } from '../../core/taxonomy/outcomes.ts';
import type { Actor } from '../actor.ts';
import { registerRequest } from '../requests/intake.ts';
import { appendEvent } from '../requests/timeline.ts';
import { requestCalendar } from '../requests/calendar.ts';
import { applicationsTable } from './annual.ts';

const HEAD: Actor = { userId: null, name: 'property-test', role: 'officeHead', agencyId: null };

const plusDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

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
const DECIDABLE = OUTCOME_KEYS.filter((k) => k !== 'otherDisposal.correctionLapsed' && k !== 'otherDisposal.feeLapsed');

const stepArb = fc.record({
  type: fc.constantFrom(...STEP_TYPES),
  gap: fc.integer({ min: 0, max: 60 }),
  outcome: fc.constantFrom(...DECIDABLE),
  party: fc.constantFrom('thirdParty' as const, 'agency' as const),
});

const timelineArb = fc.record({
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

/** The events of one random request that the state machine accepts, in order. */
function validTimeline(spec: TimelineSpec): RequestEvent[] {
  const calendar = requestCalendar();
  const confirmedOn = spec.channel === 'inPerson' ? undefined : plusDays(spec.arrivedOn, spec.confirmGap);
  const events: RequestEvent[] = [
    { type: 'received', on: spec.arrivedOn, channel: spec.channel, applicantKind: spec.kind, ...(confirmedOn ? { confirmedOn } : {}) },
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

forEachEngine((_engine, getDb) => {
  it('SQL statistics equal the pure fold and balance, for random valid timelines', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(timelineArb, { minLength: 1, maxLength: 12 }), fc.integer({ min: 2021, max: 2025 }), async (specs, year) => {
        const agency = await makeAgency(getDb());
        const timelines = specs.map(validTimeline);
        for (const [received, ...rest] of timelines) {
          const r = received as Extract<RequestEvent, { type: 'received' }>;
          const { request } = await registerRequest(getDb(), HEAD, {
            agencyId: agency.id,
            channel: r.channel,
            arrivedOn: r.on,
            confirmedOn: r.confirmedOn ?? null,
            applicant: { kind: r.applicantKind, name: '性质测试', contact: '—' },
            informationSought: '随机时间线',
            formWanted: '电子',
          });
          for (const event of rest) await appendEvent(getDb(), HEAD, request.id, event);
        }
        const fromSql = await applicationsTable(getDb(), agency.id, year);
        expect(fromSql).toEqual(foldApplicationsTable(timelines, year));
        for (let c = 0; c < APPLICANT_COLUMNS.length; c++) {
          expect(fromSql.received[c]! + fromSql.carriedIn[c]!).toBe(fromSql.total[c]! + fromSql.carriedOut[c]!);
        }
      }),
      { numRuns: 12 },
    );
  });
});
