// The timeline as the clock must read it (issue 13, delivery): where the law counts from the applicant's receipt of
// a paper (the correction notice, the fee notice), the receipt date recorded for that paper replaces the assumed one
// (core/requests/recorded-receipts.ts). Every reader of a deadline goes through here.
import type { RequestEvent } from '../../core/requests/events.ts';
import { withRecordedReceipts } from '../../core/requests/recorded-receipts.ts';
import { recordedReceiptsOf } from '../../storage/documents.ts';
import type { Db } from '../database.ts';

export async function effectiveTimeline(
  db: Db,
  requestId: string,
  events: readonly RequestEvent[],
): Promise<readonly RequestEvent[]> {
  return withRecordedReceipts(events, await recordedReceiptsOf(db, requestId));
}
