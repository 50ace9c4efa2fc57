// When a consultation takes comments (issue 14): from its opening day to its closing day, both included, by the
// China date (ctx.clock's today). The length rule is 《重大行政决策程序暂行条例》第十四条第二款.
import { dayOf } from '../calendar/days.ts';
import { DomainError } from '../errors/index.ts';
import type { ParticipationOptions } from './options.ts';

export type ConsultationPhase = 'upcoming' | 'open' | 'closed';

export const CONSULTATION_PHASE_LABELS: Record<ConsultationPhase, string> = {
  upcoming: '尚未开始',
  open: '正在征求意见',
  closed: '征求意见已结束',
};

export function consultationPhase(
  period: { opensOn: string; closesOn: string },
  today: string,
): ConsultationPhase {
  if (today < period.opensOn) return 'upcoming';
  return today > period.closesOn ? 'closed' : 'open';
}

/** Calendar days the consultation is open, both ends included. */
export function periodDays(period: { opensOn: string; closesOn: string }): number {
  return dayOf(period.closesOn) - dayOf(period.opensOn) + 1;
}

/**
 * Refuses a period that closes before it opens, or is shorter than the least the options ask — for a 重大行政决策
 * (第十四条第二款: 一般不少于30日) unless the reason for shortening it is stated with it.
 */
export function checkConsultationPeriod(
  period: { opensOn: string; closesOn: string; majorDecision: boolean; shortenedReason: string | null },
  options: ParticipationOptions,
): void {
  if (period.closesOn < period.opensOn) throw new DomainError('participation.periodReversed');
  const days = periodDays(period);
  if (period.majorDecision) {
    if (days < options.majorDecisionMinDays && !period.shortenedReason)
      throw new DomainError('participation.periodTooShortMajor', { days, min: options.majorDecisionMinDays });
    return;
  }
  if (days < options.ordinaryMinDays)
    throw new DomainError('participation.periodTooShort', { days, min: options.ordinaryMinDays });
}
