// Requests for the 工作台 and 监督 tests, registered through the service layer as a clerk of the agency would, with
// the receipt day chosen so the reply is overdue, due soon or not yet due on the fixture's fixed day.
import { staffAs } from '../../actors.ts';
import type { DisclosureRequest } from '../../../src/contracts/requests.ts';
import type { Clock } from '../../../src/services/clock.ts';
import type { ServiceContext } from '../../../src/services/context.ts';
import { appendEvent } from '../../../src/services/requests/append-event.ts';
import { fileReviewCase, recordReviewResult } from '../../../src/services/review-cases.ts';
import { registerRequest } from '../../../src/services/requests/intake.ts';

/** Registers a request received (arrived in person) on `arrivedOn`, from an applicant called `applicantName`. */
export async function registerReceivedOn(
  ctx: ServiceContext,
  agencyId: string,
  arrivedOn: string,
  applicantName: string,
): Promise<DisclosureRequest> {
  const { request } = await registerRequest(ctx, staffAs('clerk', agencyId), {
    agencyId,
    channel: 'inPerson',
    arrivedOn,
    confirmedOn: null,
    applicant: { kind: 'naturalPerson', name: applicantName, idDocument: null, contact: '13900000000' },
    informationSought: `${applicantName}申请公开的信息：本机关 2025 年度行政许可目录`,
    formWanted: '纸质文本',
  });
  return request;
}

/** Assigns the request to a handler on `on`: it is then 办理中, its next step the decision. */
export async function assignOn(
  ctx: ServiceContext,
  request: DisclosureRequest,
  on: string,
): Promise<DisclosureRequest> {
  const result = await appendEvent(ctx, staffAs('clerk', request.agencyId), {
    requestId: request.id,
    event: { type: 'assigned', on, assignee: '张承办' },
  });
  return result.request;
}

/**
 * A server clock whose day stands still at `day` (what the deadlines count from) while its instants follow the
 * wall clock: session cookies carry an absolute expiry, and the browser judges it by its own (real) time, so a
 * clock standing at a past instant would have every sign-in expire on arrival.
 */
export function dayClock(day: string): Clock {
  return { now: () => new Date(), today: () => day };
}

/**
 * The agency's 2026 for the 年度报告 tests: three requests received (one granted on 20 March, two still open) and an
 * administrative review upheld. Returns the requests, the granted one first.
 */
export async function seedReportYear2026(
  ctx: ServiceContext,
  agencyId: string,
): Promise<DisclosureRequest[]> {
  const granted = await registerReceivedOn(ctx, agencyId, '2026-03-02', '孙予公开');
  await appendEvent(ctx, staffAs('officeHead', agencyId), {
    requestId: granted.id,
    event: {
      type: 'decided',
      on: '2026-03-20',
      outcome: 'granted',
      reasons: '所申请信息属于可以公开的政府信息',
      articles: '《条例》第三十六条第（二）项',
    },
  });
  const open = [
    await registerReceivedOn(ctx, agencyId, '2026-11-20', '周办理中'),
    await registerReceivedOn(ctx, agencyId, '2026-12-01', '吴新收'),
  ];
  const clerk = staffAs('clerk', agencyId);
  const review = await fileReviewCase(ctx, clerk, {
    agencyId,
    kind: 'review',
    caseNumber: '测复〔2026〕12号',
    filedOn: '2026-05-10',
  });
  await recordReviewResult(ctx, clerk, { id: review.id, result: 'upheld', closedOn: '2026-08-01' });
  return [granted, ...open];
}
