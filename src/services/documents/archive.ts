// 归档 (issue 13): closing a request leaves its archive package — every paper as PDF, the applicant's and the
// case's attachments, the timeline, the request's audit entries and a manifest with SM3 digests (formats/archive) —
// kept for the agency's retention period (agency_document_settings, default ten years). Once the package exists the
// request is read-only: the timeline refuses events after 归档 (core state machine) and its papers can no longer be
// added or their delivery changed (assertNotArchived).
//
// The PDFs are printed outside any transaction (Chromium takes seconds). Closing appends the 归档 event first; if
// printing then fails, the request is archived without a package and archiving it again builds one.
import { DomainError } from '../../core/errors/index.ts';
import { dayOf, isoOf, partsOfDay, dayFromParts } from '../../core/calendar/days.ts';
import { buildPackage, sm3, type PackageFile } from '../../formats/archive/package.ts';
import {
  archivePackage,
  archiveSummary,
  insertArchive,
  type ArchiveSummary,
} from '../../storage/archives.ts';
import { listAudit } from '../../storage/audit.ts';
import { documentsOf } from '../../storage/documents.ts';
import { requestAttachmentContent, requestAttachments } from '../../storage/request-attachments.ts';
import { eventsOf } from '../../storage/requests.ts';
import type { Actor } from '../actor.ts';
import { recordChange } from '../audit.ts';
import type { ServiceContext } from '../context.ts';
import { transact } from '../database.ts';
import { authorize } from '../policy/authorize.ts';
import { appendEvent } from '../requests/append-event.ts';
import { generateDocuments, loadRequest } from './generate.ts';
import type { PaperSources } from './paper-data.ts';
import { paperFile, paperSources } from './render.ts';

/** Audit entries of one request put in its package (a request has dozens, not thousands). */
const AUDIT_LIMIT = 10_000;

/** The same day `years` later; 29 February becomes 28 February in a common year. */
function yearsLater(iso: string, years: number): string {
  const { year, month, day } = partsOfDay(dayOf(iso));
  const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const target = month === 2 && day === 29 && !leap(year + years) ? 28 : day;
  return isoOf(dayFromParts(year + years, month, target));
}

const safe = (name: string) => name.replace(/[\\/:*?"<>|\s]/g, '_');

async function packageFiles(ctx: ServiceContext, sources: PaperSources): Promise<PackageFile[]> {
  const requestId = sources.request.id;
  const files: PackageFile[] = [];
  const documents = await documentsOf(ctx.db, requestId);
  for (const [i, document] of documents.entries()) {
    const pdf = await paperFile(ctx, document, sources, 'pdf');
    const name = `${String(i + 1).padStart(2, '0')}-${document.kindLabel}-${document.number}.pdf`;
    files.push({ path: `documents/${safe(name)}`, content: pdf.content as Uint8Array });
  }
  for (const attachment of await requestAttachments(ctx.db, requestId)) {
    const found = (await requestAttachmentContent(ctx.db, requestId, attachment.id))!;
    files.push({
      path: `attachments/${attachment.seq}-${safe(attachment.fileName)}`,
      content: found.content,
    });
  }
  const json = (value: unknown) => new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`);
  files.push({
    path: 'timeline.json',
    content: json({
      request: sources.request,
      events: await eventsOf(ctx.db, requestId),
      documents: documents.map(({ details: _d, ...d }) => d),
    }),
  });
  const audit = await listAudit(ctx.db, { subjectType: 'request', subjectId: requestId, limit: AUDIT_LIMIT });
  files.push({ path: 'audit.json', content: json(audit.reverse()) });
  return files;
}

/** Closes the request (归档, once it is answered or ended) and stores its package; returns the package's summary. */
export async function archiveRequest(
  ctx: ServiceContext,
  actor: Actor,
  { requestId }: { requestId: string },
): Promise<ArchiveSummary> {
  const { request, events } = await loadRequest(ctx.db, requestId);
  authorize(actor, 'requests.handle', request.agencyId);
  if (await archiveSummary(ctx.db, request.id))
    throw new DomainError('requests.alreadyArchived', { event: '归档' });
  let archivedEvent = events.find((e) => e.type === 'archived');
  if (!archivedEvent) {
    archivedEvent = { type: 'archived', on: ctx.clock.today() };
    await appendEvent(ctx, actor, {
      requestId,
      event: archivedEvent,
      expectedEventCount: request.eventCount,
    });
  }
  await generateDocuments(ctx, actor, { requestId });
  const sources = await paperSources(ctx, ctx.db, requestId);
  const { settings } = sources.template;
  const head = {
    title: `${request.registrationNumber} 政府信息公开申请归档材料`,
    registrationNumber: request.registrationNumber,
    archivedOn: archivedEvent.on,
    retainUntil: yearsLater(archivedEvent.on, settings.retentionYears),
  };
  const zip = buildPackage(head, await packageFiles(ctx, sources));
  const summary: ArchiveSummary = {
    archivedOn: head.archivedOn,
    retainUntil: head.retainUntil,
    size: zip.length,
    sm3: sm3(zip),
  };
  await transact(ctx.db, async (trx) => {
    if (await archiveSummary(trx, request.id))
      throw new DomainError('requests.alreadyArchived', { event: '归档' });
    const now = ctx.clock.now();
    await insertArchive(trx, {
      ...summary,
      requestId: request.id,
      agencyId: request.agencyId,
      package: zip,
      createdBy: actor.name,
      createdAt: now.toISOString(),
    });
    await recordChange(trx, actor, {
      at: now,
      action: 'request.archivePackaged',
      subjectType: 'request',
      subjectId: request.id,
      agencyId: request.agencyId,
      details: summary,
    });
  });
  return summary;
}

export async function archiveDownload(
  ctx: ServiceContext,
  actor: Actor,
  { requestId }: { requestId: string },
): Promise<{ fileName: string; content: Uint8Array }> {
  const { request } = await loadRequest(ctx.db, requestId);
  authorize(actor, 'requests.read', request.agencyId);
  const content = await archivePackage(ctx.db, request.id);
  if (!content) throw new DomainError('documents.archiveNotFound', { request: request.registrationNumber });
  return { fileName: `${request.registrationNumber}-归档.zip`, content };
}
