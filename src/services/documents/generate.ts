// The papers of a request (issue 13): generating every one its timeline implies (numbered, audited), issuing the two
// that need the clerk's word or figures — the fee notice's quantities (国办函〔2020〕109号: the amount must be the
// fee schedule's) and the notice to a third party whose objection was overruled (《条例》第三十二条) — and listing
// them with their delivery records and the archive package.
import { disclosureNoticeAllowed, impliedDocuments } from '../../core/documents/implied.ts';
import { DOCUMENT_KIND_LABELS } from '../../core/documents/kinds.ts';
import { DomainError } from '../../core/errors/index.ts';
import { quoteFee } from '../../core/fees/fee.ts';
import type { RequestEvent } from '../../core/requests/events.ts';
import {
  issueDocumentBody,
  type DocumentList,
  type IssueDocumentBody,
  type RequestDocument,
} from '../../contracts/documents.ts';
import type { DisclosureRequest } from '../../contracts/requests.ts';
import { archiveSummary } from '../../storage/archives.ts';
import { documentsOf, updateDocumentDetails, type StoredDocument } from '../../storage/documents.ts';
import { eventsOf, requestById } from '../../storage/requests.ts';
import type { Actor } from '../actor.ts';
import { recordChange } from '../audit.ts';
import type { ServiceContext } from '../context.ts';
import { transact, type Db } from '../database.ts';
import { authorize } from '../policy/authorize.ts';
import { parseInput } from '../validation.ts';
import { numberDocuments } from './issue.ts';
import { agencyOf, paperTemplate } from './settings.ts';

export async function loadRequest(
  db: Db,
  requestId: string,
): Promise<{ request: DisclosureRequest; events: RequestEvent[] }> {
  const request = await requestById(db, requestId);
  if (!request) throw new DomainError('platform.requestNotFound', { request: requestId });
  return { request, events: (await eventsOf(db, request.id)).map((s) => s.event) };
}

/** A request whose archive package exists is read-only: no paper is added or changed (the package is the record). */
export async function assertNotArchived(db: Db, requestId: string, what: string): Promise<void> {
  if (await archiveSummary(db, requestId)) throw new DomainError('requests.alreadyArchived', { event: what });
}

export const publicView = ({
  agencyId: _a,
  details: _d,
  year: _y,
  serial: _s,
  ...document
}: StoredDocument): RequestDocument => document;

/** Numbers every paper the timeline implies and does not have yet; returns the whole list. */
export async function generateDocuments(
  ctx: ServiceContext,
  actor: Actor,
  { requestId }: { requestId: string },
): Promise<DocumentList> {
  await transact(ctx.db, async (trx) => {
    const { request, events } = await loadRequest(trx, requestId);
    authorize(actor, 'requests.handle', request.agencyId);
    const template = await paperTemplate(trx, await agencyOf(trx, request.agencyId));
    const now = ctx.clock.now();
    const added = await numberDocuments(trx, request, impliedDocuments(events), template, {
      name: actor.name,
      at: now.toISOString(),
    });
    if (added.length === 0) return;
    await assertNotArchived(trx, request.id, '生成文书');
    await recordChange(trx, actor, {
      at: now,
      action: 'request.documentsIssued',
      subjectType: 'request',
      subjectId: request.id,
      agencyId: request.agencyId,
      details: added.map((d) => ({ kind: d.kind, number: d.number, issuedOn: d.issuedOn })),
    });
  });
  return listDocuments(ctx, actor, { requestId });
}

export async function listDocuments(
  ctx: ServiceContext,
  actor: Actor,
  { requestId }: { requestId: string },
): Promise<DocumentList> {
  const { request, events } = await loadRequest(ctx.db, requestId);
  authorize(actor, 'requests.read', request.agencyId);
  const documents = await documentsOf(ctx.db, request.id);
  const have = new Set(documents.map((d) => `${d.kind}#${d.sourceSeq}`));
  const offered = events.flatMap((_event, seq) => {
    const paper = disclosureNoticeAllowed(events, seq);
    return paper && !have.has(`${paper.kind}#${seq}`)
      ? [{ kind: paper.kind, kindLabel: DOCUMENT_KIND_LABELS[paper.kind], sourceSeq: seq }]
      : [];
  });
  return { documents: documents.map(publicView), offered, archive: await archiveSummary(ctx.db, request.id) };
}

/** The fee notice with its quantities, or the notice to an overruled third party. */
export async function issueDocument(
  ctx: ServiceContext,
  actor: Actor,
  { requestId, ...body }: { requestId: string } & Partial<IssueDocumentBody>,
): Promise<RequestDocument> {
  return transact(ctx.db, async (trx) => {
    const { request, events } = await loadRequest(trx, requestId);
    authorize(actor, 'requests.handle', request.agencyId);
    const input = parseInput(issueDocumentBody, body);
    await assertNotArchived(trx, request.id, DOCUMENT_KIND_LABELS[input.kind]);
    const template = await paperTemplate(trx, await agencyOf(trx, request.agencyId));
    const now = ctx.clock.now();
    let details: Record<string, unknown> = {};
    let paper;
    if (input.kind === 'feeNotice') {
      const event = events[input.sourceSeq];
      if (event?.type !== 'feeNoticeIssued')
        throw new DomainError('documents.notAllowed', {
          kind: '收费通知书',
          reason: '所依据的记录不是发出收费通知',
        });
      if (!input.fee) throw new DomainError('documents.feeInputMissing');
      const computed = quoteFee(input.fee).amountYuan;
      if (input.fee.method !== event.method || computed !== event.amountYuan)
        throw new DomainError('documents.feeMismatch', { computed, stated: event.amountYuan });
      details = { fee: input.fee };
      paper = impliedDocuments(events).find((d) => d.sourceSeq === input.sourceSeq)!;
    } else {
      paper = disclosureNoticeAllowed(events, input.sourceSeq);
      if (!paper)
        throw new DomainError('documents.notAllowed', {
          kind: DOCUMENT_KIND_LABELS[input.kind],
          reason: '须在向第三方征求意见结束、且答复决定予以公开或部分公开之后',
        });
    }
    await numberDocuments(trx, request, [paper], template, {
      name: actor.name,
      at: now.toISOString(),
      details,
    });
    const stored = (await documentsOf(trx, request.id)).find(
      (d) => d.kind === paper.kind && d.sourceSeq === paper.sourceSeq,
    )!;
    if (input.kind === 'feeNotice') await updateDocumentDetails(trx, stored.id, details);
    await recordChange(trx, actor, {
      at: now,
      action: 'request.documentIssued',
      subjectType: 'request',
      subjectId: request.id,
      agencyId: request.agencyId,
      details: { kind: stored.kind, number: stored.number, ...details },
    });
    return publicView({ ...stored, details });
  });
}
