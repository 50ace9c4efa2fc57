// The error handler's HTML side (server/error-handler.ts PageErrors): a page that does not exist, a domain 404 (an
// item that is not published), a malformed filter, or a failure, answered as a page in the frame of the agency the
// path names, when it names one.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { PageErrors } from '../error-handler.ts';
import { badRequestPage, notFoundPage } from './error-pages.ts';
import { frameOf } from './frame.ts';
import { html } from './html.ts';
import { page, type PageFrame } from './layout.ts';
import type { SiteDirectory } from './site.ts';

async function frameFor(sites: SiteDirectory, request: FastifyRequest) {
  const first = request.url.split(/[/?#]/)[1] ?? '';
  let code = '';
  try {
    code = decodeURIComponent(first);
  } catch {
    // not percent-encoding: names no agency
  }
  return frameOf(request, await sites.byCode(code).catch(() => undefined));
}

/** Refusals that are not the address's fault, with their own heading (the message says what to do). */
const REFUSALS: Record<number, string> = { 413: '提交的内容过大', 429: '操作过于频繁' };

function refusalPage(frame: PageFrame, title: string, message: string): string {
  return page(
    title,
    html`<h1>${title}</h1>
      <div class="errors" role="alert"><p>${message}</p></div>
      <p><a href="${frame.path.split('?')[0]}">返回</a></p>`,
    frame,
  );
}

export function pageErrors(sites: SiteDirectory): PageErrors {
  const send = (reply: FastifyReply, status: number, body: string) =>
    reply.code(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(body);
  return {
    async notFound(request, reply) {
      return send(reply, 404, notFoundPage(await frameFor(sites, request)));
    },
    failed(request, reply, status, message) {
      // Synchronous frame (no agency lookup): the failure may be the database itself.
      const frame = frameOf(request);
      if (status === 404) return send(reply, 404, notFoundPage(frame));
      const refusal = REFUSALS[status];
      // A posted form refused before its route saw it (too large, too often, a forbidden field name).
      if (status >= 400 && status < 500 && request.method === 'POST')
        return send(
          reply,
          status,
          refusalPage(frame, '提交未成功', refusal ? `${refusal}：${message}` : message),
        );
      if (refusal) return send(reply, status, refusalPage(frame, refusal, message));
      if (status >= 400 && status < 500) return send(reply, status, badRequestPage(frame, [message]));
      return send(
        reply,
        status,
        page(
          '服务暂时出错',
          html`<h1>服务暂时出错</h1>
            <p>${message}</p>
            <p><a href="/">返回平台首页</a></p>`,
          frame,
        ),
      );
    },
  };
}
