// What the applicant reads after the tracking number and query code check: the status, the public-safe history
// (core/requests/public-timeline.ts), the due date (暂定 with its reason while a year it spans has no published
// holiday arrangement) and, once the request is answered, the reply letter — the one staff print
// (reply-letter.ts) — as blocks for the page or as DOCX. A wrong code and an unknown number give the same refusal,
// after the same constant-time comparison, so the page never confirms that a number exists.
import { timingSafeEqual } from 'node:crypto';
import { DomainError } from '../../core/errors/index.ts';
import type { RequestEvent } from '../../core/requests/events.ts';
import { publicTimeline, type PublicStep } from '../../core/requests/public-timeline.ts';
import { REQUEST_STATE_LABELS, type RequestState } from '../../core/requests/state.ts';
import { statusLookupSchema, type PublicStatus, type StatusLookup } from '../../contracts/public.ts';
import type { DisclosureRequest } from '../../contracts/requests.ts';
import { composeReplyLetter, type LetterBlock } from '../../formats/letters/compose.ts';
import { renderReplyLetter } from '../../formats/letters/index.ts';
import { parseReplyLetterData } from '../../formats/letters/letter-data.ts';
import { eventsOf, requestByTracking } from '../../storage/requests.ts';
import { secretHash } from '../accounts/secrets.ts';
import type { Actor } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import { authorize } from '../policy/authorize.ts';
import { parseInput } from '../validation.ts';
import { effectiveTimeline } from './effective-timeline.ts';
import { requestDeadline } from './due-date.ts';
import { trackedPapers } from '../documents/render.ts';
import { replyLetterData, replyLetterFileName } from './reply-letter.ts';

export type { LetterBlock, PublicStep };

/** The lookup, optionally on one agency's site: a request filed with another agency is then not found there. */
export type TrackLookup = StatusLookup & { agencyId?: string };

/**
 * States in which the applicant may read the reply letter: once it has been sent (已答复), the moment the e-mail
 * notification announces it (services/notifications). A decision not yet sent is the agency's own until then.
 */
const ANSWERED: readonly RequestState[] = ['replied', 'delivered', 'archived'];

export interface TrackResult {
  status: PublicStatus;
  history: PublicStep[];
  /** The reply letter, once answered. */
  letter: LetterBlock[] | null;
  /** The other papers delivered to the applicant online or by e-mail (issue 13). */
  papers: { title: string; number: string; blocks: LetterBlock[] }[];
}

async function requestByCode(
  ctx: ServiceContext,
  actor: Actor,
  { agencyId, ...lookup }: TrackLookup,
): Promise<{ request: DisclosureRequest; events: RequestEvent[] }> {
  authorize(actor, 'requests.track');
  const { trackingNumber, queryCode } = parseInput(statusLookupSchema, lookup);
  const found = await requestByTracking(ctx.db, trackingNumber);
  const given = Buffer.from(secretHash(queryCode), 'hex');
  // Compared for an unknown number too (against zeros), so the time taken does not tell the two apart.
  const stored = found ? Buffer.from(found.queryCodeHash, 'hex') : Buffer.alloc(given.length);
  const codeMatches = stored.length === given.length && timingSafeEqual(given, stored);
  if (!found || !codeMatches || (agencyId !== undefined && found.request.agencyId !== agencyId))
    throw new DomainError('platform.trackingNotFound');
  const events = (await eventsOf(ctx.db, found.request.id)).map((stored) => stored.event);
  return { request: found.request, events };
}

async function statusOf(ctx: ServiceContext, request: DisclosureRequest, events: readonly RequestEvent[]) {
  // Counted now rather than read from the projection, so a calendar year imported since is reflected.
  const deadline = requestDeadline(
    await effectiveTimeline(ctx.db, request.id, events),
    await ctx.calendar.current(),
    ctx.clock.today(),
  );
  return {
    state: request.state,
    stateLabel: REQUEST_STATE_LABELS[request.state],
    dueOn: deadline.dueOn,
    provisional: deadline.provisional,
    provisionalReason: deadline.provisionalReason,
  };
}

/** The status only (the JSON API's /public/status). */
export async function publicStatus(
  ctx: ServiceContext,
  actor: Actor,
  input: TrackLookup,
): Promise<PublicStatus> {
  const { request, events } = await requestByCode(ctx, actor, input);
  return statusOf(ctx, request, events);
}

/** Everything /track shows. */
export async function trackRequest(
  ctx: ServiceContext,
  actor: Actor,
  input: TrackLookup,
): Promise<TrackResult> {
  const { request, events } = await requestByCode(ctx, actor, input);
  const answered = ANSWERED.includes(request.state) && events.some((e) => e.type === 'decided');
  return {
    status: await statusOf(ctx, request, events),
    history: publicTimeline(events),
    letter: answered
      ? composeReplyLetter(parseReplyLetterData(await replyLetterData(ctx, request, events)))
      : null,
    papers: await trackedPapers(ctx, request.id),
  };
}

/** The reply letter as DOCX, for the applicant; requests.notDecided before the request is answered. */
export async function publicReplyLetterDocx(
  ctx: ServiceContext,
  actor: Actor,
  input: TrackLookup,
): Promise<{ fileName: string; content: Uint8Array }> {
  const { request, events } = await requestByCode(ctx, actor, input);
  if (!ANSWERED.includes(request.state)) throw new DomainError('requests.notDecided', { event: '答复书' });
  const data = await replyLetterData(ctx, request, events);
  return { fileName: replyLetterFileName(request, 'docx'), content: await renderReplyLetter(data, 'docx') };
}
