// The frame of the page a request asks for: the reader's display mode, the path the mode switch returns to, and
// whether the server runs on demonstration data (the 演示数据 banner).
import type { FastifyRequest } from 'fastify';
import { displayModeOf } from './display.ts';
import type { ColumnSection, Crumb, PageFrame, SiteAgency } from './layout.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** The server's `demo` setting (server/config.ts), decorated in app.ts: every page carries the 演示数据 banner. */
    demoMode: boolean;
  }
}

export function frameOf(
  request: FastifyRequest,
  agency?: SiteAgency,
  section?: ColumnSection,
  crumbs?: readonly Crumb[],
): PageFrame {
  return {
    display: displayModeOf(request),
    path: request.url.slice(0, 500),
    demo: request.server.demoMode,
    ...(agency ? { agency } : {}),
    ...(section ? { section } : {}),
    ...(crumbs ? { crumbs } : {}),
  };
}
