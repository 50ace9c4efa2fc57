// Numbering the papers a timeline implies (issue 13): each one once, in the order of the timeline, in its agency's
// sequence for the year of its date, in the agency's 文号 pattern. Runs inside the caller's transaction.
import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { ImpliedDocument } from '../../core/documents/implied.ts';
import { formatDocumentNumber } from '../../core/documents/numbering.ts';
import type { DisclosureRequest } from '../../contracts/requests.ts';
import {
  documentsOf,
  insertDocument,
  nextDocumentSerial,
  type NewDocumentRow,
} from '../../storage/documents.ts';
import type { Database } from '../../storage/tables.ts';
import type { PaperTemplate } from './settings.ts';

const keyOf = (d: { kind: string; sourceSeq: number }) => `${d.kind}#${d.sourceSeq}`;

/** Numbers the papers of `wanted` that the request does not have yet; returns the new ones. */
export async function numberDocuments(
  trx: Transaction<Database>,
  request: DisclosureRequest,
  wanted: readonly ImpliedDocument[],
  template: PaperTemplate,
  by: { name: string; at: string; details?: Record<string, unknown> },
): Promise<NewDocumentRow[]> {
  const have = new Set((await documentsOf(trx, request.id)).map(keyOf));
  const added: NewDocumentRow[] = [];
  for (const paper of wanted) {
    if (have.has(keyOf(paper))) continue;
    const year = Number(paper.issuedOn.slice(0, 4));
    const serial = await nextDocumentSerial(trx, request.agencyId, year);
    const row: NewDocumentRow = {
      id: randomUUID(),
      requestId: request.id,
      agencyId: request.agencyId,
      kind: paper.kind,
      sourceSeq: paper.sourceSeq,
      year,
      serial,
      number: formatDocumentNumber(template.settings.numberPattern, { code: template.code, year, serial }),
      issuedOn: paper.issuedOn,
      details: by.details ?? {},
      createdBy: by.name,
      createdAt: by.at,
    };
    await insertDocument(trx, row);
    added.push(row);
  }
  return added;
}
