// The fee for one application under one method (国办函〔2020〕109号第三条: one method per application), with its
// breakdown by tier. Amounts are whole yuan.
import { z } from 'zod';
import { FEE_SCHEDULE_2020, type FeeSchedule, type PageBand } from './schedule.ts';

/** Strict objects: an input carrying both a request count and a page count is refused (第三条: never both). */
export const feeInputSchema = z.discriminatedUnion('method', [
  z
    .object({
      method: z.literal('perRequest'),
      /** The same applicant's requests already counted this calendar month (第四条: 按自然月累计). */
      priorRequestsThisMonth: z.number().int().min(0).max(100_000),
      /** Requests in this application after splitting by 一事一申请 (第四条). */
      requests: z.number().int().min(1).max(10_000),
    })
    .strict(),
  z.object({ method: z.literal('perPage'), pages: z.number().int().min(1).max(10_000_000) }).strict(),
]);
export type FeeInput = z.infer<typeof feeInputSchema>;

export interface FeeLine {
  /** First and last request (cumulative in the month) or page of the tier. */
  from: number;
  to: number;
  units: number;
  rateYuan: number;
  subtotalYuan: number;
}

export interface FeeQuote {
  method: FeeInput['method'];
  units: number;
  amountYuan: number;
  lines: FeeLine[];
  /** e.g. 国办函〔2020〕109号第四条 */
  basis: string;
}

/** Rate of the n-th request of the month (1-based), 第四条. */
export function perRequestRate(n: number, schedule: FeeSchedule = FEE_SCHEDULE_2020): number {
  const s = schedule.perRequest;
  if (n <= s.free) return 0;
  if (n <= s.firstBandTo) return s.firstRateYuan;
  return s.firstRateYuan + Math.ceil((n - s.firstBandTo) / s.blockSize) * s.incrementYuan;
}

/** The tier containing request n: [from, to] of equal rate. */
function requestTier(n: number, schedule: FeeSchedule): { from: number; to: number } {
  const s = schedule.perRequest;
  if (n <= s.free) return { from: 1, to: s.free };
  if (n <= s.firstBandTo) return { from: s.free + 1, to: s.firstBandTo };
  const block = Math.ceil((n - s.firstBandTo) / s.blockSize);
  return { from: s.firstBandTo + (block - 1) * s.blockSize + 1, to: s.firstBandTo + block * s.blockSize };
}

function pageBandOf(page: number, bands: readonly PageBand[]): PageBand {
  return bands.find((b) => page >= b.from && (b.to === null || page <= b.to))!;
}

/** Splits units first … last into the tiers that price them. */
function linesOver(
  first: number,
  last: number,
  tierOf: (n: number) => { from: number; to: number | null; rateYuan: number },
): FeeLine[] {
  const lines: FeeLine[] = [];
  for (let n = first; n <= last;) {
    const tier = tierOf(n);
    const to = Math.min(last, tier.to ?? last);
    const units = to - n + 1;
    lines.push({ from: n, to, units, rateYuan: tier.rateYuan, subtotalYuan: units * tier.rateYuan });
    n = to + 1;
  }
  return lines;
}

export function quoteFee(input: FeeInput, schedule: FeeSchedule = FEE_SCHEDULE_2020): FeeQuote {
  const lines =
    input.method === 'perRequest'
      ? linesOver(input.priorRequestsThisMonth + 1, input.priorRequestsThisMonth + input.requests, (n) => ({
          ...requestTier(n, schedule),
          rateYuan: perRequestRate(n, schedule),
        }))
      : linesOver(1, input.pages, (n) => pageBandOf(n, schedule.perPage));
  return {
    method: input.method,
    units: input.method === 'perRequest' ? input.requests : input.pages,
    amountYuan: lines.reduce((sum, line) => sum + line.subtotalYuan, 0),
    lines,
    basis: `${schedule.basis}${input.method === 'perRequest' ? '第四条' : '第五条'}`,
  };
}

const yuan = (n: number) => n.toLocaleString('en-US');

/** The breakdown in Chinese, one line per tier, then the total — for the 收费通知 (which must state the basis,
 * standard and amount). */
export function describeFee(quote: FeeQuote): string[] {
  const unit = quote.method === 'perRequest' ? '件' : '页';
  const lines = quote.lines.map((line) =>
    line.rateYuan === 0
      ? `第${line.from}–${line.to}${unit}：${line.units}${unit}，免费`
      : `第${line.from}–${line.to}${unit}：${line.units}${unit} × ${line.rateYuan}元 = ${yuan(line.subtotalYuan)}元`,
  );
  const method = quote.method === 'perRequest' ? '按件计收' : '按量计收';
  return [...lines, `合计：${yuan(quote.amountYuan)}元（${method}，依据${quote.basis}）`];
}
