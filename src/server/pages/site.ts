// Which agencies have a public site, and the agency a path's first segment names. An agency publishes under its
// code (统一社会信用代码 or 组织机构代码); one without a code has no site. The list is read at most every few
// seconds: every public page needs it, and agencies change rarely (a new agency shows within SITE_CACHE_MS on
// every server of an installation).
import type { Agency } from '../../core/agencies.ts';
import { DomainError } from '../../core/errors/index.ts';
import { allAgencies } from '../../services/agencies.ts';
import type { ServiceContext } from '../../services/context.ts';
import type { SiteAgency } from './layout.ts';

const SITE_CACHE_MS = 5_000;
/** Letters, digits and the hyphen of an old 组织机构代码; anything else is not an agency's path (no lookup). */
const CODE_PATTERN = /^[0-9A-Za-z-]{1,20}$/;

export interface PortalAgency extends SiteAgency {
  level: Agency['level'];
  parentId: string | null;
}

export interface SiteDirectory {
  /** Every agency with a site, supervising governments first, then by name. */
  list(): Promise<PortalAgency[]>;
  /** The agency whose code is `code`, or undefined (also for a malformed code). */
  byCode(code: string): Promise<PortalAgency | undefined>;
  /** The same, or platform.agencyNotFound (a 404 page). */
  require(code: string): Promise<PortalAgency>;
}

export function siteDirectory(ctx: ServiceContext): SiteDirectory {
  let cached: { at: number; agencies: PortalAgency[]; byCode: Map<string, PortalAgency> } | undefined;
  const load = async () => {
    const now = Date.now();
    if (cached && now - cached.at < SITE_CACHE_MS) return cached;
    const agencies = (await allAgencies(ctx.db))
      .filter((a): a is Agency & { code: string } => !!a.code && CODE_PATTERN.test(a.code))
      .map(({ id, name, code, level, parentId }) => ({ id, name, code, level, parentId }))
      .sort((a, b) =>
        a.level === b.level ? a.name.localeCompare(b.name, 'zh') : a.level === 'government' ? -1 : 1,
      );
    cached = { at: now, agencies, byCode: new Map(agencies.map((a) => [a.code.toUpperCase(), a])) };
    return cached;
  };
  const byCode = async (code: string) =>
    CODE_PATTERN.test(code) ? (await load()).byCode.get(code.toUpperCase()) : undefined;
  return {
    list: async () => (await load()).agencies,
    byCode,
    async require(code) {
      const agency = await byCode(code);
      if (!agency) throw new DomainError('platform.agencyNotFound', { agency: code.slice(0, 40) });
      return agency;
    },
  };
}
