import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { describeFee, feeInputSchema, perRequestRate, quoteFee } from './fee.ts';

describe('quoteFee (国办函〔2020〕109号)', () => {
  it('spec worked example: 45 requests in a month = 10 free + 20×100 + 10×200 + 5×300 = 5,500 元 (第四条)', () => {
    const quote = quoteFee({ method: 'perRequest', priorRequestsThisMonth: 0, requests: 45 });
    expect(quote.amountYuan).toBe(5500);
    expect(quote.lines.map((l) => [l.from, l.to, l.rateYuan])).toEqual([
      [1, 10, 0],
      [11, 30, 100],
      [31, 40, 200],
      [41, 45, 300],
    ]);
    expect(quote.basis).toBe('国办函〔2020〕109号第四条');
  });

  it('spec worked example: 250 pages = 30 free + 70×10 + 100×20 + 50×40 = 4,700 元 (第五条)', () => {
    const quote = quoteFee({ method: 'perPage', pages: 250 });
    expect(quote.amountYuan).toBe(4700);
    expect(describeFee(quote)).toEqual([
      '第1–30页：30页，免费',
      '第31–100页：70页 × 10元 = 700元',
      '第101–200页：100页 × 20元 = 2,000元',
      '第201–250页：50页 × 40元 = 2,000元',
      '合计：4,700元（按量计收，依据国办函〔2020〕109号第五条）',
    ]);
  });

  const boundaries: [string, Parameters<typeof quoteFee>[0], number][] = [
    [
      'the 10th request of the month is still free',
      { method: 'perRequest', priorRequestsThisMonth: 9, requests: 1 },
      0,
    ],
    ['the 11th costs 100', { method: 'perRequest', priorRequestsThisMonth: 10, requests: 1 }, 100],
    [
      'the 30th costs 100, the 31st 200',
      { method: 'perRequest', priorRequestsThisMonth: 29, requests: 2 },
      300,
    ],
    [
      'requests 41–45 after 40 earlier ones this month: 5 × 300',
      { method: 'perRequest', priorRequestsThisMonth: 40, requests: 5 },
      1500,
    ],
    ['30 pages are free', { method: 'perPage', pages: 30 }, 0],
    ['page 31 costs 10', { method: 'perPage', pages: 31 }, 10],
    ['100 pages: 70 × 10', { method: 'perPage', pages: 100 }, 700],
    ['101 pages: + 20 for page 101', { method: 'perPage', pages: 101 }, 720],
    ['200 pages', { method: 'perPage', pages: 200 }, 2700],
    ['201 pages: + 40', { method: 'perPage', pages: 201 }, 2740],
  ];
  it.each(boundaries)('%s', (_reason, input, amount) => expect(quoteFee(input).amountYuan).toBe(amount));

  it('per-request pricing is cumulative over the month: splitting an application never changes the total', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 1, max: 80 }),
        fc.integer({ min: 1, max: 80 }),
        (prior, a, b) => {
          const whole = quoteFee({
            method: 'perRequest',
            priorRequestsThisMonth: prior,
            requests: a + b,
          }).amountYuan;
          const first = quoteFee({
            method: 'perRequest',
            priorRequestsThisMonth: prior,
            requests: a,
          }).amountYuan;
          const second = quoteFee({
            method: 'perRequest',
            priorRequestsThisMonth: prior + a,
            requests: b,
          }).amountYuan;
          expect(first + second).toBe(whole);
        },
      ),
    );
  });

  it('each further block of 10 adds 100 元 per request', () => {
    expect([51, 60, 61, 70, 71].map((n) => perRequestRate(n))).toEqual([400, 400, 500, 500, 600]);
  });

  it('one method per application: the input is one method or the other, validated', () => {
    expect(feeInputSchema.safeParse({ method: 'perPage', pages: 0 }).success).toBe(false);
    expect(
      feeInputSchema.safeParse({ method: 'perRequest', requests: 1, priorRequestsThisMonth: 0 }).success,
    ).toBe(true);
    expect(
      feeInputSchema.safeParse({ method: 'perRequest', pages: 40, requests: 1, priorRequestsThisMonth: 0 })
        .success,
    ).toBe(false);
    expect(feeInputSchema.safeParse({ method: 'both', pages: 40 }).success).toBe(false);
  });
});
