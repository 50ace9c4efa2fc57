// One paper of a request as HTML (preview), DOCX (GB/T 9704) or PDF (printed by Chromium): the statutory notices
// through formats/notices, the reply through formats/letters with the agency's template and the paper's 文号.
import { DomainError } from '../../core/errors/index.ts';
import { renderReplyLetter } from '../../formats/letters/index.ts';
import { letterPdf } from '../../formats/letters/pdf.ts';
import { noticeBlocks, renderNotice } from '../../formats/notices/index.ts';
import type { LetterBlock } from '../../formats/letters/compose.ts';
import { DOCUMENT_KIND_INFO } from '../../core/documents/kinds.ts';
import { documentById, documentsOf, type StoredDocument } from '../../storage/documents.ts';
import type { Actor } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import type { Db } from '../database.ts';
import { authorize } from '../policy/authorize.ts';
import { replyLetterData } from '../requests/reply-letter.ts';
import { effectiveTimeline } from '../requests/effective-timeline.ts';
import { loadRequest } from './generate.ts';
import { noticeData, type PaperSources } from './paper-data.ts';
import { agencyOf, paperTemplate } from './settings.ts';

export type PaperFormat = 'html' | 'docx' | 'pdf';

export interface RenderedPaper {
  fileName: string;
  contentType: string;
  content: string | Uint8Array;
}

const CONTENT_TYPES: Record<PaperFormat, string> = {
  html: 'text/html; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

export async function paperSources(ctx: ServiceContext, db: Db, requestId: string): Promise<PaperSources> {
  const { request, events } = await loadRequest(db, requestId);
  const agency = await agencyOf(db, request.agencyId);
  return {
    request,
    events,
    effective: await effectiveTimeline(db, request.id, events),
    calendar: await ctx.calendar.current(),
    template: await paperTemplate(db, agency),
    agencyName: agency.name,
  };
}

/** The paper's HTML page, or its DOCX. */
export async function paperContent(
  ctx: ServiceContext,
  document: StoredDocument,
  sources: PaperSources,
  format: 'html' | 'docx',
): Promise<string | Uint8Array> {
  if (document.kind !== 'reply') return renderNotice(noticeData(document, sources), format);
  const data = await replyLetterData(ctx, sources.request, sources.events);
  return renderReplyLetter(data, format, {
    letterhead: sources.template.letterhead,
    documentNumber: document.number,
    contact: sources.template.contact,
    freeText: sources.template.settings.freeTexts.reply,
  });
}

export async function paperFile(
  ctx: ServiceContext,
  document: StoredDocument,
  sources: PaperSources,
  format: PaperFormat,
): Promise<RenderedPaper> {
  const fileName = `${sources.request.registrationNumber}-${document.kindLabel}-${document.number}.${format}`;
  const content =
    format === 'pdf'
      ? await letterPdf((await paperContent(ctx, document, sources, 'html')) as string)
      : await paperContent(ctx, document, sources, format);
  return { fileName, contentType: CONTENT_TYPES[format], content };
}

/** The papers the applicant may read on /track: those addressed to the applicant (the reply is shown on its own)
 * that were delivered online or by e-mail — the e-mail says they are waiting there. */
export async function trackedPapers(
  ctx: ServiceContext,
  requestId: string,
): Promise<{ title: string; number: string; blocks: LetterBlock[] }[]> {
  const shown = (await documentsOf(ctx.db, requestId)).filter(
    (d) =>
      d.kind !== 'reply' &&
      DOCUMENT_KIND_INFO[d.kind].addressee === 'applicant' &&
      (d.delivery?.method === 'online' || d.delivery?.method === 'email'),
  );
  if (shown.length === 0) return [];
  const sources = await paperSources(ctx, ctx.db, requestId);
  return shown.map((d) => ({
    title: d.title,
    number: d.number,
    blocks: noticeBlocks(noticeData(d, sources)),
  }));
}

export async function renderDocument(
  ctx: ServiceContext,
  actor: Actor,
  { documentId, format }: { documentId: string; format: PaperFormat },
): Promise<RenderedPaper> {
  const document = await documentById(ctx.db, documentId);
  if (!document) throw new DomainError('documents.notFound', { document: documentId });
  authorize(actor, 'requests.read', document.agencyId);
  return paperFile(ctx, document, await paperSources(ctx, ctx.db, document.requestId), format);
}
