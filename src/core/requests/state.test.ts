import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../calendar/seed.ts';
import { isDomainError } from '../errors/index.ts';
import type { RequestEvent } from './events.ts';
import { assertEventAllowed, deriveState, type RequestState } from './state.ts';

const calendar = buildCalendar();
const received: RequestEvent = {
  type: 'received',
  on: '2023-09-25',
  channel: 'inPerson',
  applicantKind: 'naturalPerson',
};
const correction: RequestEvent = {
  type: 'correctionRequested',
  on: '2023-09-26',
  correctionDueOn: '2023-10-16',
  items: '请明确所需信息的名称',
};
const decided: RequestEvent = {
  type: 'decided',
  on: '2023-10-20',
  outcome: 'granted',
  reasons: '',
  articles: '第三十六条',
};
const started: RequestEvent = {
  type: 'consultationStarted',
  on: '2023-09-27',
  party: 'thirdParty',
  consultee: '某公司',
};
const feeNotice: RequestEvent = {
  type: 'feeNoticeIssued',
  on: '2023-09-27',
  receivedOn: '2023-09-28',
  method: 'perPage',
  amountYuan: 700,
};

describe('deriveState', () => {
  const rows: [string, RequestEvent[], RequestState][] = [
    ['only the receipt', [received], 'registered'],
    [
      'assigned to a clerk',
      [received, { type: 'assigned', on: '2023-09-25', assignee: '张三' }],
      'inProgress',
    ],
    ['correction notice sent, nothing back', [received, correction], 'awaitingCorrection'],
    [
      'correction received: handling resumes',
      [received, correction, { type: 'correctionReceived', on: '2023-10-09' }],
      'inProgress',
    ],
    [
      'correction lapsed ends the request',
      [received, correction, { type: 'correctionLapsed', on: '2023-10-17' }],
      'closed',
    ],
    ['third party consulted', [received, started], 'inConsultation'],
    [
      'consultation answered',
      [received, started, { type: 'consultationEnded', on: '2023-10-10', party: 'thirdParty' }],
      'inProgress',
    ],
    ['fee notice unpaid', [received, feeNotice], 'awaitingFee'],
    ['fee paid', [received, feeNotice, { type: 'feePaid', on: '2023-10-09' }], 'inProgress'],
    ['decided', [received, decided], 'decided'],
    ['reply sent', [received, decided, { type: 'replySent', on: '2023-10-20' }], 'replied'],
    ['withdrawn', [received, { type: 'withdrawn', on: '2023-09-30' }], 'closed'],
    [
      'archived after delivery',
      [
        received,
        decided,
        { type: 'replySent', on: '2023-10-20' },
        { type: 'delivered', on: '2023-10-23' },
        { type: 'archived', on: '2023-11-01' },
      ],
      'archived',
    ],
  ];
  it.each(rows)('%s', (_reason, events, state) => expect(deriveState(events)).toBe(state));
});

describe('assertEventAllowed refuses what makes no sense', () => {
  const rows: [string, RequestEvent[], RequestEvent, string][] = [
    ['a timeline starts with its receipt', [], decided, 'requests.notReceivedFirst'],
    ['received twice', [received], received, 'requests.receivedTwice'],
    [
      'dated before the previous event',
      [received, decided],
      { type: 'replySent', on: '2023-10-19' },
      'requests.eventBeforePrevious',
    ],
    ['decided twice', [received, decided], decided, 'requests.alreadyDecided'],
    [
      'second correction notice (一次性告知)',
      [received, correction, { type: 'correctionReceived', on: '2023-10-09' }],
      { ...correction, on: '2023-10-10' },
      'requests.correctionAlreadyRequested',
    ],
    [
      'correction lapse before the period ends',
      [received, correction],
      { type: 'correctionLapsed', on: '2023-10-16' },
      'requests.correctionNotYetDue',
    ],
    [
      'correction received without a notice',
      [received],
      { type: 'correctionReceived', on: '2023-10-09' },
      'requests.correctionNotRequested',
    ],
    ['deciding while awaiting correction', [received, correction], decided, 'requests.awaitingCorrection'],
    [
      'consultation ended without start',
      [received],
      { type: 'consultationEnded', on: '2023-10-09', party: 'agency' },
      'requests.consultationNotStarted',
    ],
    [
      'same party consulted twice at once',
      [received, started],
      { ...started, on: '2023-09-28' },
      'requests.consultationAlreadyOpen',
    ],
    ['deciding during a consultation', [received, started], decided, 'requests.consultationStillOpen'],
    [
      'extension twice',
      [received, { type: 'extended', on: '2023-10-20', workingDays: 10, approvedBy: '李主任' }],
      { type: 'extended', on: '2023-10-23', workingDays: 5, approvedBy: '李主任' },
      'requests.extensionAlreadyGranted',
    ],
    [
      'extension over 20 working days',
      [received],
      { type: 'extended', on: '2023-10-20', workingDays: 21, approvedBy: '李主任' },
      'requests.extensionTooLong',
    ],
    [
      'fee paid without a notice',
      [received],
      { type: 'feePaid', on: '2023-10-09' },
      'requests.feeNoticeNotIssued',
    ],
    [
      'fee lapse inside the payment window',
      [received, feeNotice],
      { type: 'feeLapsed', on: '2023-10-20' },
      'requests.feeNotYetLapsed',
    ],
    ['deciding with the fee unpaid', [received, feeNotice], decided, 'requests.feeUnpaid'],
    [
      'lapse outcomes come from their events',
      [received],
      { ...decided, outcome: 'otherDisposal.feeLapsed' },
      'requests.outcomeNeedsEvent',
    ],
    ['reply before a decision', [received], { type: 'replySent', on: '2023-10-20' }, 'requests.notDecided'],
    [
      'anything after withdrawal',
      [received, { type: 'withdrawn', on: '2023-09-30' }],
      decided,
      'requests.alreadyClosed',
    ],
    ['archiving an open request', [received], { type: 'archived', on: '2023-10-20' }, 'requests.notFinished'],
    [
      'deferral not later than the one before',
      [
        received,
        {
          type: 'deadlineDeferred',
          on: '2023-10-10',
          dueOn: '2023-12-01',
          reason: '申请数量明显超过合理范围',
        },
      ],
      { type: 'deadlineDeferred', on: '2023-10-11', dueOn: '2023-11-30', reason: '同上' },
      'requests.deferralNotLater',
    ],
  ];
  it.each(rows)('%s', (_reason, events, next, code) => {
    let caught: unknown;
    try {
      assertEventAllowed(events, next, { calendar });
    } catch (error) {
      caught = error;
    }
    expect(isDomainError(caught) && caught.code).toBe(code);
    expect((caught as Error).message).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('assertEventAllowed allows but flags', () => {
  it('a correction notice after 7 working days (received Mon 25 Sep 2023: the 7th working day is 10 Oct, after the holiday)', () => {
    expect(assertEventAllowed([received], { ...correction, on: '2023-10-10' }, { calendar })).toEqual([]);
    const [finding] = assertEventAllowed(
      [received],
      { ...correction, on: '2023-10-11', correctionDueOn: '2023-10-25' },
      { calendar },
    );
    expect(finding).toMatchObject({
      rule: 'R-BZ-1',
      severity: 'warning',
      expected: '2023-10-10',
      actual: '2023-10-11',
    });
  });

  it('a fee paid after its 20-working-day window; a lapse after the window is allowed', () => {
    // Notice received Thu 28 Sep 2023; the window counts from 29 Sep: holiday to 6 Oct, make-up days 7–8 Oct count 1–2 → 2023-11-01.
    expect(
      assertEventAllowed([received, feeNotice], { type: 'feePaid', on: '2023-11-01' }, { calendar }),
    ).toEqual([]);
    expect(
      assertEventAllowed([received, feeNotice], { type: 'feePaid', on: '2023-11-02' }, { calendar })[0],
    ).toMatchObject({
      rule: 'R-FEE-2',
      expected: '2023-11-01',
    });
    expect(
      assertEventAllowed([received, feeNotice], { type: 'feeLapsed', on: '2023-11-02' }, { calendar }),
    ).toEqual([]);
  });
});
