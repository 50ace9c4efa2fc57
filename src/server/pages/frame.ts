// The frame of the page a request asks for: the reader's display mode and the path the mode switch returns to.
import type { FastifyRequest } from 'fastify';
import { displayModeOf } from './display.ts';
import type { ColumnSection, Crumb, PageFrame, SiteAgency } from './layout.ts';

export function frameOf(
  request: FastifyRequest,
  agency?: SiteAgency,
  section?: ColumnSection,
  crumbs?: readonly Crumb[],
): PageFrame {
  return {
    display: displayModeOf(request),
    path: request.url.slice(0, 500),
    ...(agency ? { agency } : {}),
    ...(section ? { section } : {}),
    ...(crumbs ? { crumbs } : {}),
  };
}
