import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../calendar/seed.ts';
import { isDomainError } from '../errors/index.ts';
import type { Channel, RequestEvent } from './events.ts';
import { computeDeadline, explainDeadline, type ExplainedDeadline } from './deadline.ts';
import type { ClockOptions } from './options.ts';
import { deadlineSentence, explainSteps } from './explain.ts';

const calendar = buildCalendar();
const receive = (on: string, channel: Channel = 'inPerson', confirmedOn?: string): RequestEvent => ({
  type: 'received',
  on,
  channel,
  applicantKind: 'naturalPerson',
  ...(confirmedOn ? { confirmedOn } : {}),
});
const compute = (events: RequestEvent[], today = '2023-01-02', options: Partial<ClockOptions> = {}) =>
  explainDeadline(events, calendar, options, today);

interface Row {
  reason: string;
  events: RequestEvent[];
  options?: Partial<ClockOptions>;
  today?: string;
  expected: Partial<ExplainedDeadline>;
}

// Every row says why its date is right; 2023's arrangement: 中秋+国庆 29 Sep–6 Oct off, Sat 7 and Sun 8 Oct worked.
const rows: Row[] = [
  {
    reason:
      'issue example: online, received Mon 25 Sep 2023; 3 working days to 28 Sep, 29 Sep–6 Oct off, 7–8 Oct make-up days are days 4–5, day 20 is Fri 27 Oct',
    events: [receive('2023-09-25', 'online', '2023-09-25')],
    expected: { dueOn: '2023-10-27', receivedOn: '2023-09-25' },
  },
  {
    reason:
      'weekend receipt: Sat 4 Mar 2023; Sunday is not a working day, so counting starts Mon 6 Mar and day 20 is Fri 31 Mar',
    events: [receive('2023-03-04')],
    expected: { dueOn: '2023-03-31' },
  },
  {
    reason: 'weekend receipt gives the same date as the Friday before it (Fri 3 Mar 2023)',
    events: [receive('2023-03-03')],
    expected: { dueOn: '2023-03-31' },
  },
  {
    reason:
      'holiday receipt: Tue 3 Oct 2023 (国庆); 4–6 Oct off, the make-up days 7–8 Oct are days 1–2, day 20 is Wed 1 Nov',
    events: [receive('2023-10-03')],
    expected: { dueOn: '2023-11-01' },
  },
  {
    reason:
      'holiday run: Mon 5 Feb 2024; days 1–4 are 6–9 Feb, 春节 10–17 Feb off, Sun 18 Feb make-up is day 5, day 20 is Fri 8 Mar',
    events: [receive('2024-02-05')],
    expected: { dueOn: '2024-03-08' },
  },
  {
    reason:
      '调休 weekend days: Thu 20 Apr 2023; Sun 23 Apr and Sat 6 May are make-up working days, 29 Apr–3 May off, day 20 is Fri 19 May',
    events: [receive('2023-04-20')],
    expected: { dueOn: '2023-05-19' },
  },
  {
    reason:
      'correction restart (Art. 30): corrected application received Mon 16 Oct 2023; 20 working days from 17 Oct end Mon 13 Nov',
    events: [
      receive('2023-09-25'),
      {
        type: 'correctionRequested',
        on: '2023-09-27',
        correctionDueOn: '2023-10-20',
        items: '请明确所需信息',
      },
      { type: 'correctionReceived', on: '2023-10-16' },
    ],
    expected: { dueOn: '2023-11-13' },
  },
  {
    reason:
      'consultation spanning a holiday (Art. 33 ¶3): received Mon 18 Sep 2023, 6 days run to the letter on 26 Sep; 27–28 Sep and 7–10 Oct (6 working days) not counted; 14 more from 11 Oct end Mon 30 Oct',
    events: [
      receive('2023-09-18'),
      { type: 'consultationStarted', on: '2023-09-26', party: 'thirdParty', consultee: '某科技有限公司' },
      { type: 'consultationEnded', on: '2023-10-10', party: 'thirdParty' },
    ],
    expected: { dueOn: '2023-10-30', paused: false },
  },
  {
    reason: 'extension (Art. 33 ¶2): 20 more working days after Fri 27 Oct 2023 end Fri 24 Nov',
    events: [
      receive('2023-09-25', 'online', '2023-09-25'),
      { type: 'extended', on: '2023-10-20', workingDays: 20, approvedBy: '王主任' },
    ],
    expected: { dueOn: '2023-11-24' },
  },
  {
    reason:
      'fee pause (109号, default pauses): received Wed 1 Nov 2023, 7 days to the notice on Fri 10 Nov; 13–20 Nov (6 working days) not counted until payment; 13 more end Thu 7 Dec',
    events: [
      receive('2023-11-01'),
      {
        type: 'feeNoticeIssued',
        on: '2023-11-10',
        receivedOn: '2023-11-13',
        method: 'perPage',
        amountYuan: 700,
      },
      { type: 'feePaid', on: '2023-11-20' },
    ],
    expected: { dueOn: '2023-12-07' },
  },
  {
    reason: 'fee notice with the pause setting off: plain 20 working days from 1 Nov 2023 end Wed 29 Nov',
    events: [
      receive('2023-11-01'),
      {
        type: 'feeNoticeIssued',
        on: '2023-11-10',
        receivedOn: '2023-11-13',
        method: 'perPage',
        amountYuan: 700,
      },
      { type: 'feePaid', on: '2023-11-20' },
    ],
    options: { feePausesClock: false },
    expected: { dueOn: '2023-11-29' },
  },
  {
    reason: 'year boundary: Wed 20 Dec 2023; 2024-01-01 (元旦, Monday) off; day 20 is Thu 18 Jan 2024',
    events: [receive('2023-12-20')],
    expected: { dueOn: '2024-01-18', provisional: false },
  },
  {
    reason:
      'unknown year, provisional on request: 15 Dec 2026 runs into 2027, which no notice covers; Monday–Friday minus the statutory 元旦 (Fri 1 Jan) gives Wed 13 Jan 2027, marked provisional',
    events: [receive('2026-12-15')],
    options: { allowProvisional: true },
    today: '2026-12-16',
    expected: { dueOn: '2027-01-13', provisional: true },
  },
  {
    reason:
      'count-from setting: the receipt day counts when configured (Mon 6 Mar 2023 → Fri 31 Mar instead of Mon 3 Apr)',
    events: [receive('2023-03-06')],
    options: { countFrom: 'sameDay' },
    expected: { dueOn: '2023-03-31' },
  },
  {
    reason: 'count-from default: the receipt day is not counted (《民法典》第二百零一条) → Mon 3 Apr 2023',
    events: [receive('2023-03-06')],
    expected: { dueOn: '2023-04-03' },
  },
  {
    reason:
      'ordinary letter without a recorded confirmation: the clock waits (Art. 31, docs/statute.md §1.2)',
    events: [receive('2023-03-06', 'ordinaryLetter')],
    expected: { dueOn: null, paused: true, pausedBy: ['confirmation'] },
  },
  {
    reason:
      'online: the confirmation day, not the arrival, is the receipt date (arrived Fri 3 Mar, confirmed Mon 6 Mar 2023)',
    events: [receive('2023-03-03', 'online', '2023-03-06')],
    expected: { dueOn: '2023-04-03', receivedOn: '2023-03-06' },
  },
  {
    reason: 'email as a letter (setting): the arrival day is the receipt date without confirmation',
    events: [receive('2023-03-06', 'email')],
    options: { emailIsOnline: false },
    expected: { dueOn: '2023-04-03' },
  },
  {
    reason: 'Art. 35: the agency-set later date replaces the computed one',
    events: [
      receive('2023-03-06'),
      { type: 'deadlineDeferred', on: '2023-03-20', dueOn: '2023-05-31', reason: '申请数量明显超过合理范围' },
    ],
    expected: { dueOn: '2023-05-31' },
  },
  {
    reason: 'awaiting correction: no date until the corrected application arrives',
    events: [
      receive('2023-03-06'),
      { type: 'correctionRequested', on: '2023-03-07', correctionDueOn: '2023-03-21', items: 'x' },
    ],
    today: '2023-03-10',
    expected: { dueOn: null, paused: true, pausedBy: ['correction'] },
  },
  {
    reason:
      'open consultation: paused, and the date assumes it ends today (Fri 10 Mar 2023; 4 of 20 used → 16 more from Mon 13 Mar end Mon 3 Apr)',
    events: [
      receive('2023-03-06'),
      { type: 'consultationStarted', on: '2023-03-10', party: 'agency', consultee: '市财政局' },
    ],
    today: '2023-03-10',
    expected: { dueOn: '2023-04-03', paused: true, pausedBy: ['consultation.agency'], daysLeft: 16 },
  },
];

describe('computeDeadline', () => {
  it.each(rows.map((r) => [r.reason, r] as const))('%s', (_reason, row) => {
    const result = compute(row.events, row.today, row.options);
    expect(result).toMatchObject(row.expected);
  });

  it('unknown year without the provisional option is an explicit error, never a Monday–Friday guess', () => {
    let caught: unknown;
    try {
      compute([receive('2026-12-15')], '2026-12-16');
    } catch (error) {
      caught = error;
    }
    expect(isDomainError(caught) && caught.code).toBe('calendar.yearUnknown');
    expect((caught as Error).message).toContain('2027');
  });

  it('days left, overdue, and the stop at the reply', () => {
    const events = [receive('2023-09-25', 'online', '2023-09-25')];
    expect(compute(events, '2023-10-25')).toMatchObject({ daysLeft: 2, overdue: false });
    expect(compute(events, '2023-10-27')).toMatchObject({ daysLeft: 0, overdue: false });
    expect(compute(events, '2023-10-30')).toMatchObject({ daysLeft: -1, overdue: true });
    const replied: RequestEvent[] = [
      ...events,
      { type: 'decided', on: '2023-10-26', outcome: 'granted', reasons: '', articles: '' },
      { type: 'replySent', on: '2023-10-26' },
    ];
    expect(compute(replied, '2023-12-01')).toMatchObject({
      stoppedOn: '2023-10-26',
      daysLeft: 1,
      overdue: false,
    });
  });

  it('the consultee window is 15 working days from the letter (Art. 32): sent 26 Sep 2023 → 23 Oct', () => {
    const result = compute(rows[7]!.events);
    expect(result.steps.find((s) => s.kind === 'pause')).toMatchObject({
      windowDueOn: '2023-10-23',
      notCounted: 6,
      to: '2023-10-10',
    });
  });

  it('flags a late extension and a late correction notice', () => {
    const late = compute([
      receive('2023-09-25'),
      { type: 'extended', on: '2023-10-30', workingDays: 5, approvedBy: '王主任' },
    ]);
    expect(late.findings.map((f) => f.rule)).toEqual(['R-DL-2']);
    const lateCorrection = compute([
      receive('2023-09-25'),
      { type: 'correctionRequested', on: '2023-10-12', correctionDueOn: '2023-10-20', items: 'x' },
    ]);
    expect(lateCorrection.findings.map((f) => f.rule)).toEqual(['R-BZ-1']);
  });

  it('says when a consulted party or the applicant let its window pass while the clock is paused', () => {
    const consulting: RequestEvent[] = [
      receive('2023-09-18'),
      { type: 'consultationStarted', on: '2023-09-26', party: 'agency', consultee: '市财政局' },
    ];
    expect(compute(consulting, '2023-10-23').findings).toEqual([]);
    expect(compute(consulting, '2023-10-24').findings[0]).toMatchObject({
      rule: 'R-IA-1',
      expected: '2023-10-23',
    });
    const unpaid: RequestEvent[] = [
      receive('2023-11-01'),
      {
        type: 'feeNoticeIssued',
        on: '2023-11-10',
        receivedOn: '2023-11-13',
        method: 'perPage',
        amountYuan: 700,
      },
    ];
    expect(compute(unpaid, '2023-12-12').findings[0]).toMatchObject({
      rule: 'R-FEE-2',
      expected: '2023-12-11',
    });
  });
});

describe('explanation', () => {
  it('explains the issue example step by step, naming the holiday and the make-up days', () => {
    const result = compute(rows[0]!.events);
    const lines = explainSteps(result);
    expect(lines[0]).toContain('第三十一条');
    expect(lines[1]).toContain('2023年9月29日至10月6日中秋节、国庆节假期不计入');
    expect(lines[1]).toContain('2023年10月7日至8日为调休上班日');
    expect(lines[1]).toContain('至2023年10月27日届满');
    const sentence = deadlineSentence(result);
    expect(sentence).toContain('本机关于2023年9月25日收到您提交的政府信息公开申请');
    expect(sentence).toContain('即于2023年10月27日前答复');
  });

  it('writes the extension and the consultation into the letter', () => {
    const sentence = deadlineSentence(
      compute([
        ...rows[7]!.events,
        { type: 'extended', on: '2023-10-20', workingDays: 10, approvedBy: '王主任' },
      ]),
    );
    expect(sentence).toContain('征求第三方意见');
    expect(sentence).toContain('答复期限延长10个工作日，延长后的答复期限为2023年11月13日');
  });
});

describe('results are plain data', () => {
  it('structuredClone copies a result and its steps (no Proxy, no class instances)', () => {
    const events = [
      ...rows[7]!.events,
      { type: 'extended', on: '2023-10-20', workingDays: 10, approvedBy: '王主任' } as const,
    ];
    const explained = explainDeadline(events, calendar, {}, '2023-11-01');
    expect(explained.steps.map((s) => s.kind)).toEqual(['receipt', 'pause', 'extension', 'count']);
    expect(structuredClone(explained)).toEqual(explained);
    const plain = computeDeadline(events, calendar, {}, '2023-11-01');
    expect(structuredClone(plain)).toEqual(plain);
  });

  it('computeDeadline is explainDeadline without the steps', () => {
    for (const row of rows) {
      const { steps: _steps, ...rest } = explainDeadline(
        row.events,
        calendar,
        row.options ?? {},
        row.today ?? '2023-01-02',
      );
      expect(computeDeadline(row.events, calendar, row.options ?? {}, row.today ?? '2023-01-02')).toEqual(
        rest,
      );
    }
  });
});

describe('publicationDeadline (Art. 26)', () => {
  it('20 working days from the day the information is made, through the same clock: made Mon 25 Sep 2023 → 27 Oct', async () => {
    const { publicationDeadline } = await import('./publication-deadline.ts');
    expect(publicationDeadline({ formedOn: '2023-09-25' }, calendar, {}, '2023-10-30')).toMatchObject({
      dueOn: '2023-10-27',
      overdue: true,
      daysLeft: -1,
    });
    expect(
      publicationDeadline(
        { formedOn: '2023-09-25', publishedOn: '2023-10-09', special: { workingDays: 5, basis: '某法规' } },
        calendar,
        {},
        '2023-12-01',
      ),
    ).toMatchObject({ dueOn: '2023-10-08', overdue: true, daysLeft: -1 }); // day 5 is the make-up Sunday 8 Oct
  });
});
