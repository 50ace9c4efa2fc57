// The papers of a request for staff (issue 13): list, generate, issue (fee notice, notice to an overruled third
// party), preview (HTML in JSON for the console), download as HTML/DOCX/PDF, record delivery; the archive package
// (close and package, download); the agency's template settings. Each route parses with the contract
// (contracts/documents.ts), calls the use case (services/documents) and maps the answer; no rule is decided here.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParams, staffErrors } from '../../contracts/common.ts';
import {
  documentFormatQuery,
  documentListSchema,
  documentSettingsBody,
  documentSettingsSchema,
  issueDocumentBody,
  recordDeliveryBody,
  requestDocumentSchema,
} from '../../contracts/documents.ts';
import { archiveDownload, archiveRequest } from '../../services/documents/archive.ts';
import { recordDelivery } from '../../services/documents/delivery.ts';
import { generateDocuments, issueDocument, listDocuments } from '../../services/documents/generate.ts';
import { renderDocument } from '../../services/documents/render.ts';
import { documentSettings, updateDocumentSettings } from '../../services/documents/settings.ts';
import { principalOf, requireSignIn } from '../auth/principal.ts';
import type { RouteContext } from '../context.ts';

const TAGS = ['依申请公开文书'];

/** `attachment` with the Chinese name (RFC 6266 filename*) and an ASCII fallback. */
const disposition = (fileName: string, fallback: string) =>
  `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;

export const documentRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { ctx }) => {
  requireSignIn(app, ctx);

  app.get(
    '/requests/:id/documents',
    {
      schema: {
        tags: TAGS,
        summary:
          '申请的全部文书（登记回执、补正告知书、延期答复告知书、征求意见书、收费通知书、答复书……）及送达记录',
        params: idParams,
        response: { 200: documentListSchema, ...staffErrors },
      },
    },
    async (request) => listDocuments(ctx, principalOf(request), { requestId: request.params.id }),
  );

  app.post(
    '/requests/:id/documents/generate',
    {
      schema: {
        tags: TAGS,
        summary: '按办理记录生成应有的文书并编文号（已有的不重复编号）',
        params: idParams,
        response: { 200: documentListSchema, ...staffErrors },
      },
    },
    async (request) => generateDocuments(ctx, principalOf(request), { requestId: request.params.id }),
  );

  app.post(
    '/requests/:id/documents',
    {
      schema: {
        tags: TAGS,
        summary: '出具收费通知书（写明计费依据）或决定公开告知书（第三方，《条例》第三十二条）',
        params: idParams,
        body: issueDocumentBody,
        response: { 201: requestDocumentSchema, ...staffErrors },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await issueDocument(ctx, principalOf(request), { requestId: request.params.id, ...request.body }),
        ),
  );

  app.get(
    '/documents/:id/preview',
    {
      schema: {
        tags: TAGS,
        summary: '文书预览：HTML 文本装在 JSON 里，供工作台在页面内显示',
        params: idParams,
        response: { 200: z.object({ fileName: z.string(), html: z.string() }), ...staffErrors },
      },
    },
    async (request) => {
      const paper = await renderDocument(ctx, principalOf(request), {
        documentId: request.params.id,
        format: 'html',
      });
      return { fileName: paper.fileName, html: paper.content as string };
    },
  );

  app.get(
    '/documents/:id',
    {
      schema: {
        tags: TAGS,
        summary: '下载文书：HTML、DOCX（GB/T 9704 版式）或 PDF',
        params: idParams,
        querystring: documentFormatQuery,
        // The document itself, not JSON: sent as is, never serialised.
        response: { 200: z.unknown().describe('文书 HTML、DOCX 或 PDF'), ...staffErrors },
      },
    },
    async (request, reply) => {
      const { format } = request.query;
      const paper = await renderDocument(ctx, principalOf(request), {
        documentId: request.params.id,
        format,
      });
      reply.type(paper.contentType);
      if (format === 'html') return reply.send(paper.content);
      return reply
        .header('content-disposition', disposition(paper.fileName, `document.${format}`))
        .send(Buffer.from(paper.content as Uint8Array));
    },
  );

  app.put(
    '/documents/:id/delivery',
    {
      schema: {
        tags: TAGS,
        summary:
          '记录送达：邮寄（运单号）、电子邮件（经发件箱发送）、网上查询、当面送达（签收日期）及收到日期',
        params: idParams,
        body: recordDeliveryBody,
        response: { 200: requestDocumentSchema, ...staffErrors },
      },
    },
    async (request) =>
      recordDelivery(ctx, principalOf(request), { documentId: request.params.id, ...request.body }),
  );

  app.post(
    '/requests/:id/archive',
    {
      schema: {
        tags: TAGS,
        summary:
          '归档：办结的申请生成归档材料包（文书 PDF、申请材料、办理记录、审计记录、SM3 清单），之后只读',
        params: idParams,
        response: {
          201: z.object({
            archivedOn: z.string(),
            retainUntil: z.string(),
            size: z.number(),
            sm3: z.string(),
          }),
          ...staffErrors,
        },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await archiveRequest(ctx, principalOf(request), { requestId: request.params.id })),
  );

  app.get(
    '/requests/:id/archive',
    {
      schema: {
        tags: TAGS,
        summary: '下载归档材料包（zip），可用 gongkai archive verify 校验',
        params: idParams,
        response: { 200: z.unknown().describe('zip'), ...staffErrors },
      },
    },
    async (request, reply) => {
      const { fileName, content } = await archiveDownload(ctx, principalOf(request), {
        requestId: request.params.id,
      });
      return reply
        .type('application/zip')
        .header('content-disposition', disposition(fileName, 'archive.zip'))
        .send(Buffer.from(content));
    },
  );

  app.get(
    '/agencies/:id/document-settings',
    {
      schema: {
        tags: TAGS,
        summary: '本机关文书模板：发文机关标志、联系方式、各类文书的自定段落、文号格式、归档保管期限',
        params: idParams,
        response: { 200: documentSettingsSchema, ...staffErrors },
      },
    },
    async (request) => documentSettings(ctx, principalOf(request), { agencyId: request.params.id }),
  );

  app.put(
    '/agencies/:id/document-settings',
    {
      schema: {
        tags: TAGS,
        summary: '修改本机关文书模板（法定条款不可修改）',
        params: idParams,
        body: documentSettingsBody,
        response: { 200: documentSettingsSchema, ...staffErrors },
      },
    },
    async (request) =>
      updateDocumentSettings(ctx, principalOf(request), { agencyId: request.params.id, ...request.body }),
  );
};
