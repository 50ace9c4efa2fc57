// A published annual report in the catalogue (《条例》第四十九条: the report is published to the public like any
// other information, so it is listed in the 主动公开目录 under 年报). Signing off the first version files an item
// pointing at the portal's report page; a correction updates that item with its 更正说明, so the catalogue keeps one
// entry per report while the portal keeps every version. Runs inside the sign-off's transaction.
import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import { formatIndexNumber } from '../../core/publications/index-number.ts';
import { publicationDraftSchema } from '../../core/publications/item.ts';
import type { Publication } from '../../core/publications/publication.ts';
import { escapeHtml } from '../../formats/write/html-escape.ts';
import { agencyById } from '../../storage/agencies.ts';
import {
  insertPublication,
  nextIndexSerial,
  nextSearchKey,
  searchKeyOf,
  updatePublication,
} from '../../storage/publications/items.ts';
import type { Database } from '../../storage/tables.ts';
import type { Actor } from '../actor.ts';
import { recordChange } from '../audit.ts';
import type { ServiceContext } from '../context.ts';
import { loadPublication } from '../publications/catalogue.ts';
import { indexPublication } from '../publications/indexing.ts';
import { organisationCode } from '../publications/review.ts';
import { catalogueSettings } from '../publications/settings.ts';

export interface CatalogueEntryInput {
  agencyId: string;
  year: number;
  title: string;
  version: number;
  publishedOn: string;
  correctionNote: string | null;
  /** The item filed for an earlier version of this report, if any. */
  itemId: string | null;
}

/** The portal's page of the report (server/pages/reports-routes.ts: /{code}/reports/{year}). */
export function portalReportPath(code: string, year: number): string {
  return `/${encodeURIComponent(code)}/reports/${year}`;
}

function bodyOf(input: CatalogueEntryInput, code: string | null): string {
  const where = code
    ? `全文见本网站<a href="${portalReportPath(code, input.year)}">政府信息公开年报栏目</a>（历次版本均可查阅）。`
    : '全文见本机关政府信息公开年报栏目。';
  const published = `<p>${escapeHtml(input.title)}已经本机关负责人签发，于${input.publishedOn}发布。${where}</p>`;
  const correction =
    input.correctionNote === null
      ? ''
      : `<p>更正说明（第${input.version}版）：${escapeHtml(input.correctionNote)}</p>`;
  return published + correction;
}

/** Files or updates the report's catalogue item; returns its id. */
export async function fileReportInCatalogue(
  trx: Transaction<Database>,
  ctx: ServiceContext,
  actor: Actor,
  input: CatalogueEntryInput,
): Promise<string> {
  const agency = await agencyById(trx, input.agencyId);
  const code = agency?.code ?? null;
  const at = ctx.clock.now().toISOString();
  const draft = publicationDraftSchema.parse({
    title: input.title,
    publishingBody: agency?.name ?? input.title,
    genre: 'report',
    category: 'annualReport',
    writtenOn: input.publishedOn,
    summary: `${input.year}年政府信息公开工作年度报告${input.version > 1 ? `（第${input.version}版，更正）` : ''}`,
    body: bodyOf(input, code),
    keywords: ['政府信息公开年报'],
  });
  if (input.itemId !== null) {
    const current = await loadPublication(trx, input.itemId);
    const updated: Publication = { ...current, ...draft, updatedAt: at };
    await updatePublication(trx, updated);
    await indexPublication(trx, await searchKeyOf(trx, updated.id), updated);
    await audit(trx, ctx, actor, updated, 'publication.annualReportCorrected', input.version);
    return updated.id;
  }
  const settings = await catalogueSettings(trx, input.agencyId);
  const publishedYear = Number(input.publishedOn.slice(0, 4));
  const item: Publication = {
    ...draft,
    id: randomUUID(),
    agencyId: input.agencyId,
    // The same 索引号 an item published through the catalogue's own review gets on the same day.
    indexNumber: formatIndexNumber(settings.indexPattern, {
      organisationCode: organisationCode(code),
      year: publishedYear,
      serial: await nextIndexSerial(trx, input.agencyId, publishedYear),
    }),
    // Reviewed and signed off by the report's own workflow, which is the review this item needed.
    review: { status: 'published', stepIndex: null, round: 1, referredTo: null },
    screeningFindings: [],
    screenedAt: null,
    publishedOn: input.publishedOn,
    channels: [],
    demo: false,
    createdAt: at,
    updatedAt: at,
  };
  const searchKey = await nextSearchKey(trx);
  await insertPublication(trx, item, searchKey);
  await indexPublication(trx, searchKey, item);
  await audit(trx, ctx, actor, item, 'publication.annualReportFiled', input.version);
  return item.id;
}

function audit(
  trx: Transaction<Database>,
  ctx: ServiceContext,
  actor: Actor,
  item: Publication,
  action: string,
  version: number,
): Promise<number> {
  return recordChange(trx, actor, {
    at: ctx.clock.now(),
    action,
    subjectType: 'publication',
    subjectId: item.id,
    agencyId: item.agencyId,
    details: { title: item.title, category: item.category, indexNumber: item.indexNumber, version },
  });
}
