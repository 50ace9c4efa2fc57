// 适老化: the large-font, high-contrast display (GB/T 37668, 《互联网网站适老化通用设计规范》). Chosen by a plain link
// to /display, which sets a cookie and sends the reader back: it works with JavaScript off. Pages read the cookie;
// every public page's cache entry therefore varies by it.
import type { FastifyReply, FastifyRequest } from 'fastify';

export const DISPLAY_MODES = ['standard', 'large'] as const;
export type DisplayMode = (typeof DISPLAY_MODES)[number];

export const DISPLAY_COOKIE = 'gk_display';

const LARGE_IN_HEADER = new RegExp(`(?:^|;\\s*)${DISPLAY_COOKIE}=large(?:;|$)`);

/** Read from the raw Cookie header: the page cache answers before the cookie parser runs (page-cache.ts). */
export function displayModeOf(request: FastifyRequest): DisplayMode {
  return LARGE_IN_HEADER.test(request.headers.cookie ?? '') ? 'large' : 'standard';
}

/** Only a path on this site is a place to go back to (no open redirect). */
export function safeReturnPath(back: unknown): string {
  if (typeof back !== 'string' || !back.startsWith('/') || back.startsWith('//') || back.includes('\\'))
    return '/';
  return back.length > 500 ? '/' : back;
}

/** The link that switches to the other mode and returns to `path`. */
export function displaySwitchHref(mode: DisplayMode, path: string): string {
  const next: DisplayMode = mode === 'large' ? 'standard' : 'large';
  return `/display?mode=${next}&back=${encodeURIComponent(path)}`;
}

export function setDisplayMode(reply: FastifyReply, mode: DisplayMode, secure: boolean): void {
  // A year: the reader chose it once; not httpOnly-sensitive, but no script needs it either.
  void reply.setCookie(DISPLAY_COOKIE, mode, {
    path: '/',
    maxAge: 365 * 24 * 3600,
    sameSite: 'lax',
    httpOnly: true,
    secure,
  });
}
