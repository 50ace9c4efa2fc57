// What the public pages' route modules receive: the routes' context and the directory of agency sites.
import type { RouteContext } from '../context.ts';
import type { SiteDirectory } from './site.ts';

export interface PortalContext extends RouteContext {
  sites: SiteDirectory;
}
