// The processing-fee schedule of 《政府信息公开信息处理费管理办法》(国办函〔2020〕109号), docs/statute.md §3, as data so that a
// revised schedule is a new value, not new code.
//   第二条: a fee regulates excessive applications (《条例》第四十二条); it is not cost recovery.
//   第三条: two methods, 按件计收 and 按量计收, both progressive (超额累进); one method per application, never both.
//   第四条: 按件 — counted per applicant per calendar month, cumulatively: ≤10 free; 11–30 100 元/件; from 31 on, each
//           further 10 form a tier and each tier adds 100 元/件 (31–40 200, 41–50 300 …) [tier reading: spec D].
//   第五条: 按量 — per page (A4 equivalent [M]): ≤30 free; 31–100 10 元/页; 101–200 20 元/页; ≥201 40 元/页; each rate
//           applies only to the pages within its band.

export interface PerRequestSchedule {
  /** Requests per month that are free. */
  free: number;
  /** The first charged band runs up to this request (inclusive) at `firstRateYuan`. */
  firstBandTo: number;
  firstRateYuan: number;
  /** After the first band, every `blockSize` requests add `incrementYuan` per request. */
  blockSize: number;
  incrementYuan: number;
}

export interface PageBand {
  from: number;
  /** Inclusive; null = no upper limit. */
  to: number | null;
  rateYuan: number;
}

export interface FeeSchedule {
  /** The document the schedule comes from, cited in every quote. */
  basis: string;
  perRequest: PerRequestSchedule;
  perPage: readonly PageBand[];
}

/** 国办函〔2020〕109号, in force from 2021-01-01 [M]. */
export const FEE_SCHEDULE_2020: FeeSchedule = {
  basis: '国办函〔2020〕109号',
  // 第四条
  perRequest: { free: 10, firstBandTo: 30, firstRateYuan: 100, blockSize: 10, incrementYuan: 100 },
  // 第五条
  perPage: [
    { from: 1, to: 30, rateYuan: 0 },
    { from: 31, to: 100, rateYuan: 10 },
    { from: 101, to: 200, rateYuan: 20 },
    { from: 201, to: null, rateYuan: 40 },
  ],
};
