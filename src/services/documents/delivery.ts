// How a paper reached its addressee and when (issue 13, delivery): by post with its tracking number, by e-mail
// through the notification outbox (services/notifications: the message says a paper is waiting and links to /track,
// where the applicant reads it after the query-code check), online on /track, or in person with the day it was
// signed for. The receipt day is what the clock counts from where the law counts from the applicant's receipt
// (core/requests/recorded-receipts.ts): recording it moves the correction period and the fee payment window.
import { randomUUID } from 'node:crypto';
import { DomainError } from '../../core/errors/index.ts';
import {
  DELIVERY_METHOD_LABELS,
  recordDeliveryBody,
  type RecordDeliveryBody,
  type RequestDocument,
} from '../../contracts/documents.ts';
import { documentById, updateDelivery } from '../../storage/documents.ts';
import { insertOutboxRow } from '../../storage/notifications.ts';
import { requestById } from '../../storage/requests.ts';
import type { Actor } from '../actor.ts';
import { recordChange } from '../audit.ts';
import type { ServiceContext } from '../context.ts';
import { transact } from '../database.ts';
import { authorize } from '../policy/authorize.ts';
import { parseInput } from '../validation.ts';
import { assertNotArchived, publicView } from './generate.ts';

/** Outbox rows are one per (request, seq); a paper's message takes a seq no event can have: −(year·100000 + serial). */
export const paperMessageSeq = (number: { year: number; serial: number }) =>
  -(number.year * 100_000 + number.serial);

export async function recordDelivery(
  ctx: ServiceContext,
  actor: Actor,
  { documentId, ...body }: { documentId: string } & Partial<RecordDeliveryBody>,
): Promise<RequestDocument> {
  return transact(ctx.db, async (trx) => {
    const document = await documentById(trx, documentId);
    if (!document) throw new DomainError('documents.notFound', { document: documentId });
    authorize(actor, 'requests.handle', document.agencyId);
    const input = parseInput(recordDeliveryBody, body);
    await assertNotArchived(trx, document.requestId, '记录送达');
    const method = DELIVERY_METHOD_LABELS[input.method];
    if (input.method === 'post' && !input.reference)
      throw new DomainError('documents.deliveryIncomplete', { method, field: '邮件运单号' });
    if (input.method === 'inPerson' && !input.receivedOn)
      throw new DomainError('documents.deliveryIncomplete', { method, field: '签收日期' });
    if (input.sentOn < document.issuedOn)
      throw new DomainError('documents.sentBeforeIssued', {
        sentOn: input.sentOn,
        issuedOn: document.issuedOn,
      });
    if (input.receivedOn && input.receivedOn < input.sentOn)
      throw new DomainError('documents.receivedBeforeSent', {
        receivedOn: input.receivedOn,
        sentOn: input.sentOn,
      });
    const request = (await requestById(trx, document.requestId))!;
    const reference = input.method === 'email' ? request.applicant.email : (input.reference ?? null);
    const now = ctx.clock.now();
    if (input.method === 'email' && document.delivery?.method !== 'email') {
      const email = request.applicant.email;
      if (!email) throw new DomainError('documents.noApplicantEmail');
      await insertOutboxRow(trx, {
        id: randomUUID(),
        requestId: request.id,
        agencyId: request.agencyId,
        eventSeq: paperMessageSeq(document),
        kind: 'documentDelivered',
        recipient: email,
        eventOn: input.sentOn,
        createdAt: now.toISOString(),
      });
    }
    const delivery = {
      method: input.method,
      reference,
      sentOn: input.sentOn,
      receivedOn: input.receivedOn ?? null,
      recordedBy: actor.name,
    };
    await updateDelivery(trx, document.id, delivery);
    await recordChange(trx, actor, {
      at: now,
      action: 'request.documentDelivered',
      subjectType: 'request',
      subjectId: request.id,
      agencyId: request.agencyId,
      details: { document: document.number, kind: document.kind, ...delivery },
    });
    return { ...publicView(document), delivery: { ...delivery, methodLabel: method } };
  });
}
