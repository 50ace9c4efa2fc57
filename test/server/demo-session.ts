// Signing in as a demo user, as a person does the first time: the demo's shared password only opens the way to
// setting one's own (services/demo/load.ts), so the helper sets DEMO_OWN_PASSWORD and returns the session's Cookie
// header, which then works everywhere. Once per user and database: afterwards the demo password no longer works.
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { DEMO_PASSWORD } from '../../src/services/demo/load.ts';

export const DEMO_OWN_PASSWORD = 'My-own-demo-pass-2026';

export async function demoSession(app: FastifyInstance, username: string): Promise<string> {
  const login = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password: DEMO_PASSWORD },
  });
  expect(login.json(), username).toMatchObject({ mustChangePassword: true });
  const session = login.cookies.find((c) => c.name === 'gongkai_session')!;
  const cookie = `gongkai_session=${session.value}`;
  const changed = await app.inject({
    method: 'PUT',
    url: '/api/v1/auth/password',
    headers: { cookie },
    payload: { currentPassword: DEMO_PASSWORD, newPassword: DEMO_OWN_PASSWORD },
  });
  expect(changed.statusCode, changed.body).toBe(204);
  return cookie;
}
