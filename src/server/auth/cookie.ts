// The session cookie: httpOnly (no script reads it), SameSite=Strict (never sent from another site's page, which
// also defeats cross-site request forgery), expiring with the session; Secure behind HTTPS.
import type { CookieSerializeOptions } from '@fastify/cookie';

export const SESSION_COOKIE = 'gongkai_session';

export function sessionCookieOptions(expiresAt: string, secure: boolean): CookieSerializeOptions {
  return { httpOnly: true, sameSite: 'strict', secure, path: '/', expires: new Date(expiresAt) };
}

export function clearedCookieOptions(secure: boolean): CookieSerializeOptions {
  return { httpOnly: true, sameSite: 'strict', secure, path: '/' };
}
