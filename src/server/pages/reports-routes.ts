// The routes of the 政府信息公开年报 section: /{code}/reports (the list), /{code}/reports/{year} (a report, its
// latest version or ?version=N) and /{code}/reports/{year}.pdf|.docx|.xlsx (downloads of the frozen report). A malformed
// year or version is a 400 page in Chinese, checked before any query (NUL bytes never reach the database); a year
// with no published report is the HTML 404.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { isDomainError } from '../../core/errors/index.ts';
import { PUBLIC_ACTOR } from '../../services/actor.ts';
import {
  isPublishedDownload,
  publishedReport,
  publishedReportDocument,
  publishedYears,
  type PublishedDownload,
} from '../../services/reports/published.ts';
import { REPORT_FILE_TYPES, reportDisposition } from '../report-downloads.ts';
import { badRequestPage, notFoundPage } from './error-pages.ts';
import { frameOf } from './frame.ts';
import { sitePath } from './layout.ts';
import type { PortalContext } from './portal-context.ts';
import { reportListPage, reportPage } from './reports.ts';
import { sendPage } from './send.ts';
import type { PortalAgency } from './site.ts';

const hidden = { hide: true } as const;
const FIRST_YEAR = 2008;
const LAST_YEAR = 2100;

type Address =
  | { ok: true; year: number; version: number | undefined; format: PublishedDownload | null }
  /** `yearWrong`: nothing under this address can be shown; the way on is the list of years. */
  | { ok: false; problems: string[]; yearWrong: boolean }
  | { ok: false; missing: true };

/** `2023`, `2023.pdf`, `2023.docx`, `2023.xlsx`, with an optional `?version=N`. */
function parseAddress(file: string, query: unknown): Address {
  const problems: string[] = [];
  const [yearText = '', extension, ...rest] = file.split('.');
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : NaN;
  const yearWrong = !(year >= FIRST_YEAR && year <= LAST_YEAR);
  if (yearWrong) problems.push(`年度应为 ${FIRST_YEAR} 至 ${LAST_YEAR} 之间的四位数字，例如 2023。`);
  const versionText = (query as Record<string, unknown> | undefined)?.['version'];
  const version = versionText === undefined ? undefined : typeof versionText === 'string' ? versionText : '';
  if (version !== undefined && !/^[1-9]\d{0,3}$/.test(version)) problems.push('版本号应为正整数，例如 1。');
  if (problems.length) return { ok: false, problems, yearWrong };
  if (rest.length || (extension !== undefined && !isPublishedDownload(extension)))
    return { ok: false, missing: true };
  return {
    ok: true,
    year,
    version: version === undefined ? undefined : Number(version),
    format: extension ?? null,
  };
}

const isNotPublished = (error: unknown) =>
  isDomainError(error) && error.code === 'reports.publicationNotFound';

export const reportRoutes: FastifyPluginAsyncZod<PortalContext> = async (app, { ctx, sites }) => {
  type Params = { Params: { site: string; file: string } };

  app.get<{ Params: { site: string } }>(
    '/:site/reports',
    { schema: hidden, config: { pageCache: true } },
    async (request, reply) => {
      const agency = await sites.require(request.params.site);
      const latest = await publishedYears(ctx, PUBLIC_ACTOR, { agencyId: agency.id });
      return sendPage(request, reply, reportListPage(agency, latest, frameOf(request, agency, 'reports')));
    },
  );

  app.get<Params>(
    '/:site/reports/:file',
    { schema: hidden, config: { pageCache: true } },
    async (request, reply) => {
      const agency = await sites.require(request.params.site);
      const address = parseAddress(request.params.file, request.query);
      const frame = frameOf(request, agency, 'reports');
      if (!address.ok && 'problems' in address) {
        // The 400 page links to its address without the query: for a wrong year, that is the list instead.
        const back = address.yearWrong ? { ...frame, path: sitePath(agency, 'reports') } : frame;
        return sendPage(request, reply, badRequestPage(back, address.problems), { status: 400 });
      }
      if (!address.ok) return sendPage(request, reply, notFoundPage(frame), { status: 404 });
      const { year, version, format } = address;
      const query = { agencyId: agency.id, year, ...(version ? { version } : {}) };
      try {
        if (format) return await sendDocument(request, reply, agency, { ...query, format });
        const view = await publishedReport(ctx, PUBLIC_ACTOR, query);
        return sendPage(request, reply, reportPage(agency, view, frame));
      } catch (error) {
        if (isNotPublished(error)) return sendPage(request, reply, notFoundPage(frame), { status: 404 });
        throw error;
      }
    },
  );

  async function sendDocument(
    request: FastifyRequest,
    reply: FastifyReply,
    agency: PortalAgency,
    query: { agencyId: string; year: number; version?: number; format: PublishedDownload },
  ): Promise<FastifyReply> {
    const { format, ...which } = query;
    const { publication } = await publishedReport(ctx, PUBLIC_ACTOR, which);
    // A version never changes, so it and the format name the content (the writers stamp the time into the zip,
    // so a hash of the bytes would differ on every request).
    const etag = `"${publication.id}.${format}"`;
    const suffix = query.version ? `（第${publication.version}版）` : '';
    void reply.header('cache-control', 'public, max-age=60').header('etag', etag);
    if (request.headers['if-none-match'] === etag) return reply.code(304).send();
    const written = await publishedReportDocument(publication, format);
    return reply
      .type(REPORT_FILE_TYPES[format].type)
      .header(
        'content-disposition',
        reportDisposition(
          `${agency.name}${query.year}年政府信息公开工作年度报告${suffix}`,
          query.year,
          format,
        ),
      )
      .send(Buffer.from(written));
  }
};
