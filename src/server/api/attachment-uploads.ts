// Staff uploads: a file added to a case's material or to a catalogue draft, sent as multipart/form-data with the
// file in the field `file` and streamed (api/file-upload.ts) — the JSON body limit stays small for everything else.
// Multipart is accepted in this plugin only; the rest of the JSON API keeps refusing it.
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorSchema, idParams, staffErrors } from '../../contracts/common.ts';
import { attachmentSchema } from '../../contracts/publications.ts';
import { requestAttachmentSchema } from '../../contracts/request-attachments.ts';
import { addAttachment } from '../../services/publications/attachments.ts';
import { addCaseAttachment } from '../../services/requests/attachments.ts';
import { principalOf, requireSignIn } from '../auth/principal.ts';
import type { RouteContext } from '../context.ts';
import { withIncomingFile } from './file-upload.ts';

const uploadErrors = { ...staffErrors, 409: errorSchema, 413: errorSchema, 415: errorSchema };

export const attachmentUploadRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { ctx, config }) => {
  requireSignIn(app, ctx);
  // A file past the limit is cut short and refused by name (file-upload.ts), not thrown by the parser.
  await app.register(multipart, { throwFileSizeLimit: false });
  const limit = `${Math.floor(config.uploads.maxFileBytes / 1024 / 1024)} MB`;

  app.post(
    '/requests/:id/attachments',
    {
      schema: {
        tags: ['依申请公开'],
        summary: `添加申请材料（multipart/form-data，文件放在 file 字段；PDF、JPEG、PNG、OFD、DOCX，按内容识别，不超过 ${limit}；已归档的不能添加）`,
        consumes: ['multipart/form-data'],
        params: idParams,
        response: { 201: requestAttachmentSchema, ...uploadErrors },
      },
    },
    async (request, reply) => {
      const stored = await withIncomingFile(request, config.uploads, (file) =>
        addCaseAttachment(ctx, principalOf(request), { requestId: request.params.id, file }),
      );
      return reply.code(201).send(stored);
    },
  );

  app.post(
    '/publications/:id/attachments',
    {
      schema: {
        tags: ['主动公开'],
        summary: `上传附件（multipart/form-data，文件放在 file 字段；按内容判断类型，不超过本机关设置的上限和服务器上限 ${limit}；仅草稿）`,
        consumes: ['multipart/form-data'],
        params: idParams,
        response: { 201: attachmentSchema, ...uploadErrors },
      },
    },
    async (request, reply) => {
      const stored = await withIncomingFile(request, config.uploads, (file) =>
        addAttachment(ctx, principalOf(request), { publicationId: request.params.id, file }),
      );
      return reply.code(201).send(stored);
    },
  );
};
