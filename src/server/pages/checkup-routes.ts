// /checkup (年报体检): the form, and the upload read as a stream — kept in memory up to the limit, the rest of an
// oversized file drained unread — then read and checked in a worker thread with a deadline (services/reports/
// checkup.ts). Each refusal is the form again with the reason in Chinese: 413 for a file over the limit, 422 for a
// file that is not a readable report or took too long, 400 for a post without a file. Nothing is stored.
import multipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { isDomainError } from '../../core/errors/index.ts';
import { formatBytes } from '../../formats/read/limits.ts';
import { PUBLIC_ACTOR } from '../../services/actor.ts';
import { checkupReport } from '../../services/reports/checkup.ts';
import { rateLimitOption } from '../config.ts';
import { CHECKUP_FIELD, CHECKUP_PATH, checkupFormPage, checkupResultPage } from './checkup.ts';
import { frameOf } from './frame.ts';
import type { PortalContext } from './portal-context.ts';
import { sendPage } from './send.ts';

const hidden = { hide: true } as const;

type Upload = { ok: true; name: string; bytes: Uint8Array } | { ok: false; status: number; message: string };

/** The one file of the form, up to `maxBytes`; anything else in the body is drained and ignored. */
async function readUpload(request: FastifyRequest, maxBytes: number): Promise<Upload> {
  if (!request.isMultipart())
    return { ok: false, status: 400, message: '请选择要检查的年度报告文件后再提交' };
  const part = await request.file({ limits: { fileSize: maxBytes, files: 1, fields: 5, fieldSize: 1024 } });
  if (!part || part.fieldname !== CHECKUP_FIELD || part.filename === '') {
    await part?.toBuffer().catch(() => undefined);
    return { ok: false, status: 400, message: '请选择要检查的年度报告文件后再提交' };
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of part.file as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= maxBytes) chunks.push(chunk);
  }
  if (part.file.truncated) {
    const limit = formatBytes(maxBytes);
    return {
      ok: false,
      status: 413,
      message: `文件超过 ${limit} 的上限，未作检查。请上传不超过 ${limit} 的报告文件`,
    };
  }
  return { ok: true, name: part.filename, bytes: new Uint8Array(Buffer.concat(chunks)) };
}

export const checkupRoutes: FastifyPluginAsyncZod<PortalContext> = async (app, { config }) => {
  // In this plugin only: the JSON API keeps refusing multipart bodies (415); an oversized file is told in the page.
  await app.register(multipart, { throwFileSizeLimit: false });
  const { maxFileBytes, deadlineMs } = config.checkup;

  app.get(CHECKUP_PATH, { schema: hidden, config: { pageCache: true } }, async (request, reply) =>
    sendPage(request, reply, checkupFormPage(frameOf(request), maxFileBytes)),
  );

  app.post(
    CHECKUP_PATH,
    { schema: hidden, config: rateLimitOption(config.publicRateLimit) },
    async (request, reply) => {
      const frame = frameOf(request);
      const refuse = (status: number, message: string) =>
        sendPage(request, reply, checkupFormPage(frame, maxFileBytes, message), { status });
      const upload = await readUpload(request, maxFileBytes);
      if (!upload.ok) return refuse(upload.status, upload.message);
      const verdict = await checkupReport(PUBLIC_ACTOR, upload, { deadlineMs }).catch((error: unknown) => {
        if (isDomainError(error)) return error;
        throw error;
      });
      if (isDomainError(verdict)) return refuse(422, `无法完成检查：${verdict.message}`);
      if (!verdict.report) return refuse(422, `无法读取这份文件：${verdict.failure?.message ?? '未知原因'}`);
      const file = { name: upload.name, size: upload.bytes.length };
      // The result shows what a person uploaded: never kept by a browser or proxy.
      return sendPage(request, reply, checkupResultPage(frame, file, verdict.report, verdict.findings), {
        personal: true,
      });
    },
  );
};
