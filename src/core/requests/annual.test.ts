import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dayFromParts, isoOf } from '../calendar/days.ts';
import { APPLICANT_COLUMNS, APPLICANT_KINDS } from '../taxonomy/applicants.ts';
import { OUTCOME_KEYS } from '../taxonomy/outcomes.ts';
import type { RequestEvent } from './events.ts';
import { foldApplicationsTable, requestYearFacts } from './annual.ts';

const received = (
  on: string,
  kind: (typeof APPLICANT_KINDS)[number] = 'naturalPerson',
  confirmedOn?: string,
): RequestEvent => ({
  type: 'received',
  on,
  channel: confirmedOn ? 'online' : 'inPerson',
  applicantKind: kind,
  ...(confirmedOn ? { confirmedOn } : {}),
});
const decided = (on: string, outcome: (typeof OUTCOME_KEYS)[number] = 'granted'): RequestEvent => ({
  type: 'decided',
  on,
  outcome,
  reasons: '',
  articles: '',
});

describe('requestYearFacts', () => {
  const rows: [string, RequestEvent[], object][] = [
    ['open request', [received('2023-05-04')], { receivedOn: '2023-05-04', closedOn: null, outcome: null }],
    [
      'online: the confirmation day is the receipt date (Art. 31)',
      [received('2023-12-31', 'commercialEnterprise', '2024-01-02')],
      { receivedOn: '2024-01-02', applicantKind: 'commercialEnterprise' },
    ],
    [
      'decided → its outcome',
      [received('2023-05-04'), decided('2023-05-20', 'withheld.stateSecret')],
      { closedOn: '2023-05-20', outcome: 'withheld.stateSecret' },
    ],
    [
      'correction lapsed → (六)1',
      [
        received('2023-05-04'),
        { type: 'correctionRequested', on: '2023-05-05', correctionDueOn: '2023-05-15', items: 'x' },
        { type: 'correctionLapsed', on: '2023-05-16' },
      ],
      { closedOn: '2023-05-16', outcome: 'otherDisposal.correctionLapsed' },
    ],
    [
      'fee lapsed → (六)2',
      [
        received('2023-05-04'),
        {
          type: 'feeNoticeIssued',
          on: '2023-05-05',
          receivedOn: '2023-05-05',
          method: 'perPage',
          amountYuan: 10,
        },
        { type: 'feeLapsed', on: '2023-06-10' },
      ],
      { closedOn: '2023-06-10', outcome: 'otherDisposal.feeLapsed' },
    ],
    [
      'withdrawn → (六)3 其他',
      [received('2023-05-04'), { type: 'withdrawn', on: '2023-05-06' }],
      { closedOn: '2023-05-06', outcome: 'otherDisposal.other' },
    ],
  ];
  it.each(rows)('%s', (_reason, events, expected) =>
    expect(requestYearFacts(events)).toMatchObject(expected),
  );
});

describe('foldApplicationsTable', () => {
  it('counts a carried-in request, a new one decided, and one carried out', () => {
    const table = foldApplicationsTable(
      [
        [received('2022-12-20'), decided('2023-01-05', 'partiallyGranted')],
        [received('2023-03-01', 'researchInstitution'), decided('2023-03-20')],
        [received('2023-12-28', 'researchInstitution')],
        [received('2022-06-01'), decided('2022-06-20')],
        [received('2024-01-03')],
      ],
      2023,
    );
    const col = (kind: string) => APPLICANT_COLUMNS.indexOf(kind as never);
    expect(table.received[col('researchInstitution')]).toBe(2);
    expect(table.received[col('total')]).toBe(2);
    expect(table.carriedIn[col('naturalPerson')]).toBe(1);
    expect(table.partiallyGranted[col('naturalPerson')]).toBe(1);
    expect(table.granted[col('researchInstitution')]).toBe(1);
    expect(table.total[col('total')]).toBe(2);
    expect(table.carriedOut[col('total')]).toBe(1);
  });

  const day = fc.integer({ min: dayFromParts(2021, 1, 1), max: dayFromParts(2024, 12, 31) });
  const closing = fc.oneof(
    fc.constant(null),
    fc
      .constantFrom(...OUTCOME_KEYS.filter((o) => !o.startsWith('otherDisposal.')))
      .map((o) => ({ kind: 'decided' as const, outcome: o })),
    fc
      .constantFrom('correctionLapsed' as const, 'feeLapsed' as const, 'withdrawn' as const)
      .map((kind) => ({ kind })),
  );
  const timeline = fc
    .record({
      start: day,
      lag: fc.integer({ min: 0, max: 500 }),
      kind: fc.constantFrom(...APPLICANT_KINDS),
      closing,
    })
    .map(({ start, lag, kind, closing }): RequestEvent[] => {
      const on = isoOf(start);
      const end = isoOf(start + lag);
      const events: RequestEvent[] = [received(on, kind)];
      if (!closing) return events;
      if (closing.kind === 'decided') return [...events, decided(end, closing.outcome)];
      if (closing.kind === 'correctionLapsed')
        return [
          ...events,
          { type: 'correctionRequested', on, correctionDueOn: end, items: 'x' },
          { type: 'correctionLapsed', on: end },
        ];
      if (closing.kind === 'feeLapsed')
        return [
          ...events,
          { type: 'feeNoticeIssued', on, receivedOn: on, method: 'perRequest', amountYuan: 100 },
          { type: 'feeLapsed', on: end },
        ];
      return [...events, { type: 'withdrawn', on: end }];
    });

  it('balances (一 + 二 = 三(七) + 四) in every column, and (七) is the sum of the outcome rows', () => {
    fc.assert(
      fc.property(
        fc.array(timeline, { maxLength: 60 }),
        fc.integer({ min: 2021, max: 2025 }),
        (timelines, year) => {
          const table = foldApplicationsTable(timelines, year);
          APPLICANT_COLUMNS.forEach((_, c) => {
            expect(table.received[c]! + table.carriedIn[c]!).toBe(table.total[c]! + table.carriedOut[c]!);
            expect(OUTCOME_KEYS.reduce((sum, key) => sum + table[key][c]!, 0)).toBe(table.total[c]);
          });
          const kindsSum = (row: keyof typeof table) =>
            APPLICANT_KINDS.reduce((s, _, c) => s + table[row][c]!, 0);
          expect(kindsSum('received')).toBe(table.received[APPLICANT_COLUMNS.length - 1]);
          // Next year's carried-in equals this year's carried-out.
          expect(foldApplicationsTable(timelines, year + 1).carriedIn).toEqual(table.carriedOut);
        },
      ),
    );
  });
});
