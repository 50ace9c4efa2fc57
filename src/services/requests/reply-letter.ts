// The reply letter (答复书/告知书) of a decided request: the wording of its outcome filled with the agency's and the
// applicant's details (formats/letters), as HTML or DOCX. A use case so every door (API, CLI, console) gets the
// same letter under the same rule: whoever may read the request may print its letter. The applicant reads the
// same letter on /track after the query-code check (services/requests/public-track.ts), through replyLetterData.
import { DomainError } from '../../core/errors/index.ts';
import type { RequestEvent } from '../../core/requests/events.ts';
import type { DisclosureRequest } from '../../contracts/requests.ts';
import { renderReplyLetter, type ReplyLetterData } from '../../formats/letters/index.ts';
import { agencyById } from '../../storage/agencies.ts';
import { eventsOf, requestById } from '../../storage/requests.ts';
import type { Actor } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import { authorize } from '../policy/authorize.ts';

export type ReplyLetter =
  | { format: 'html'; fileName: string; content: string }
  | { format: 'docx'; fileName: string; content: Uint8Array };

export async function replyLetter(
  ctx: ServiceContext,
  actor: Actor,
  { requestId, format }: { requestId: string; format: 'html' | 'docx' },
): Promise<ReplyLetter> {
  const request = await requestById(ctx.db, requestId);
  if (!request) throw new DomainError('platform.requestNotFound', { request: requestId });
  authorize(actor, 'requests.read', request.agencyId);
  const events = (await eventsOf(ctx.db, request.id)).map((t) => t.event);
  const data = await replyLetterData(ctx, request, events);
  const fileName = replyLetterFileName(request, format);
  return format === 'html'
    ? { format, fileName, content: await renderReplyLetter(data, 'html') }
    : { format, fileName, content: await renderReplyLetter(data, 'docx') };
}

export function replyLetterFileName(request: DisclosureRequest, format: 'html' | 'docx'): string {
  return `${request.registrationNumber}答复书.${format}`;
}

/** What the letter says, from the request and its decision; requests.notDecided before there is one. */
export async function replyLetterData(
  ctx: ServiceContext,
  request: DisclosureRequest,
  events: readonly RequestEvent[],
): Promise<ReplyLetterData> {
  const decided = events.find((e) => e.type === 'decided');
  if (!decided) throw new DomainError('requests.notDecided', { event: '答复书' });
  const agency = await agencyById(ctx.db, request.agencyId);
  if (!agency) throw new DomainError('platform.agencyNotFound', { agency: request.agencyId });
  return {
    agency: {
      name: agency.name,
      address: agency.address ?? '',
      phone: agency.phone ?? '',
      ...(agency.postcode ? { postcode: agency.postcode } : {}),
    },
    applicant: { name: request.applicant.name },
    registrationNumber: request.registrationNumber,
    receivedOn: request.receivedOn,
    requestSummary: request.informationSought.slice(0, 2000),
    outcome: decided.outcome,
    reasons: decided.reasons,
    ...(decided.articles.trim() ? { articles: decided.articles } : {}),
    decidedOn: decided.on,
  };
}
