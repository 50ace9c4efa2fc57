// Who is calling: a session cookie (people in a browser) or `Authorization: Bearer gk_…` (systems). Resolved once per
// request, before the body is parsed, so an anonymous caller cannot make the server read a large payload.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { DomainError } from '../../core/errors/index.ts';
import { apiAreaOf, tokenMayWrite } from '../../core/accounts/token-scopes.ts';
import { verifyApiToken } from '../../services/accounts/api-tokens.ts';
import { verifySession } from '../../services/accounts/sessions.ts';
import { agenciesUnder } from '../../services/agencies.ts';
import { staffActor, type AuthenticatedUser, type StaffActor } from '../../services/actor.ts';
import type { ServiceContext } from '../../services/context.ts';
import { SESSION_COOKIE } from './cookie.ts';
import { logAsUser } from '../operations/request-id.ts';

declare module 'fastify' {
  interface FastifyRequest {
    principal: StaffActor | null;
    /** The user must set a new password before anything else (services/accounts/administration.ts). */
    mustChangePassword: boolean;
  }
  interface FastifyContextConfig {
    /** The route stays open to a session that must set a new password first (me, sign-out, set password). */
    allowedBeforePasswordChange?: boolean;
  }
}

/** The StaffActor every use case behind a signed-in route is called with. */
async function authenticate(
  ctx: ServiceContext,
  request: FastifyRequest,
): Promise<{ actor: StaffActor; mustChangePassword: boolean }> {
  const { user, viaToken } = await callerOf(ctx, request);
  const agencyTree =
    user.role === 'supervisor' ? await agenciesUnder(ctx.db, user.agencyId) : [user.agencyId];
  const actor = { ...staffActor(user, agencyTree), ...(viaToken ? { viaToken } : {}) };
  return { actor, mustChangePassword: user.mustChangePassword === true };
}

async function callerOf(
  ctx: ServiceContext,
  request: FastifyRequest,
): Promise<{ user: AuthenticatedUser; viaToken?: StaffActor['viaToken'] }> {
  const authorization = request.headers.authorization;
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match) throw new DomainError('auth.invalidToken');
    const { user, tokenId, writeAreas } = await verifyApiToken(ctx, match[1]!);
    return { user, viaToken: { tokenId, writeAreas } };
  }
  const session = request.cookies[SESSION_COOKIE];
  if (!session) throw new DomainError('auth.unauthenticated');
  return { user: await verifySession(ctx, session) };
}

const READING_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** A token reads what its user may read; it changes only the areas it was granted (core/accounts/token-scopes.ts). */
function checkTokenScope(actor: StaffActor, request: FastifyRequest): void {
  if (!actor.viaToken || READING_METHODS.has(request.method)) return;
  const area = apiAreaOf(request.url);
  if (area === 'auth') throw new DomainError('auth.tokenCannotManageCredentials');
  if (tokenMayWrite(actor.viaToken.writeAreas, area)) return;
  const granted = actor.viaToken.writeAreas as string[];
  throw new DomainError('auth.tokenScope', {
    area: area ?? request.url,
    granted: granted.length ? granted.join('、') : '只读',
  });
}

/**
 * Every route registered inside `app` requires a signed-in principal. A user whose password someone else knows
 * (set by an administrator; the demo's public one) is refused everywhere (auth.passwordChangeRequired) except on the routes marked
 * `allowedBeforePasswordChange` — the rule is the server's, whatever a client shows.
 */
export function requireSignIn(app: FastifyInstance, ctx: ServiceContext): void {
  // Whatever a signed-in caller reads may name applicants (their ID numbers, addresses): no browser or proxy keeps it.
  app.addHook('onSend', async (_request, reply) => {
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'private, no-store');
  });
  app.addHook('onRequest', async (request, reply) => {
    const { actor, mustChangePassword } = await authenticate(ctx, request);
    request.principal = actor;
    logAsUser(request, reply, actor.userId);
    request.mustChangePassword = mustChangePassword;
    checkTokenScope(actor, request);
    if (mustChangePassword && request.routeOptions.config.allowedBeforePasswordChange !== true)
      throw new DomainError('auth.passwordChangeRequired');
  });
}

/** The principal of a route inside a `requireSignIn` scope. */
export function principalOf(request: FastifyRequest): StaffActor {
  if (!request.principal) throw new DomainError('auth.unauthenticated');
  return request.principal;
}

export function decoratePrincipal(app: FastifyInstance): void {
  app.decorateRequest('principal', null);
  app.decorateRequest('mustChangePassword', false);
}
