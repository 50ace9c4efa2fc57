// The figures public participation runs on (issue 14). Where a statute fixes one it is cited; where none does, the
// default is stated as the platform's and an operator may change it (services/settings.ts, docs/portal.md).

export interface ParticipationOptions {
  /**
   * 《重大行政决策程序暂行条例》第十四条第二款: 公开征求意见的期限一般不少于30日 — the least number of calendar days a
   * consultation on a 重大行政决策 stays open; shorter only with the reason stated (因情况紧急等原因需要缩短期限的,
   * 公开征求意见时应当予以说明).
   */
  majorDecisionMinDays: number;
  /** Other drafts: no statute fixes a period; the platform asks for at least this many days. */
  ordinaryMinDays: number;
  /**
   * Working days (ctx.calendar) within which a question asked on the portal is answered. No statute fixes it for
   * 政民互动; the default follows the common practice of ten working days.
   */
  answerWorkingDays: number;
  /** Working days before the due day at which an open question is listed as 即将到期. */
  dueSoonWorkingDays: number;
}

export const DEFAULT_PARTICIPATION_OPTIONS: Readonly<ParticipationOptions> = Object.freeze({
  majorDecisionMinDays: 30,
  ordinaryMinDays: 7,
  answerWorkingDays: 10,
  dueSoonWorkingDays: 3,
});
