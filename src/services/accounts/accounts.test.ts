import { describe, expect, it } from 'vitest';
import { forEachEngine } from '../../../test/db.ts';
import { makeAgency, makeUser, TEST_PASSWORD } from '../../../test/db/factories.ts';
import { PUBLIC_ACTOR, staffActor, SYSTEM_ACTOR } from '../actor.ts';
import { listAuditTrail } from '../audit.ts';
import { createServiceContext } from '../bootstrap.ts';
import { fixedClock } from '../clock.ts';
import type { Db } from '../database.ts';
import { DEFAULT_SETTINGS } from '../settings.ts';
import { testContext, TEST_NOW } from '../../../test/context.ts';
import { createUser, verifyPassword } from './users.ts';
import { createApiToken, revokeApiToken, verifyApiToken } from './api-tokens.ts';
import { createSession, login, logout, verifySession } from './sessions.ts';

const accounts = { ...DEFAULT_SETTINGS.accounts, maxFailedAttempts: 3, lockMinutes: 15, sessionHours: 8 };
/** A context whose clock reads `at`, with lockout after 3 failures. */
const at = (db: Db, iso: string) =>
  createServiceContext({ db, clock: fixedClock(iso), settings: { ...DEFAULT_SETTINGS, accounts } });

forEachEngine((_engine, getDb) => {
  describe('users', () => {
    it('creates a user, audits it, and refuses a duplicate username with a code', async () => {
      const agency = await makeAgency(getDb());
      const user = await createUser(testContext(getDb()), SYSTEM_ACTOR, {
        agencyId: agency.id,
        username: `clerk_${agency.id.slice(0, 6)}`,
        displayName: '张承办',
        role: 'clerk',
        password: TEST_PASSWORD,
      });
      expect(user.role).toBe('clerk');
      const trail = await listAuditTrail(getDb(), { subjectType: 'user', subjectId: user.id, limit: 5 });
      expect(trail.map((r) => r.action)).toEqual(['user.created']);
      await expect(
        createUser(testContext(getDb()), SYSTEM_ACTOR, {
          agencyId: agency.id,
          username: user.username,
          displayName: '又一个',
          role: 'clerk',
          password: TEST_PASSWORD,
        }),
      ).rejects.toMatchObject({ code: 'platform.userExists' });
    });

    it('validates input with a Chinese message and writes nothing', async () => {
      const agency = await makeAgency(getDb());
      const before = await getDb()
        .selectFrom('users')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      await expect(
        createUser(testContext(getDb()), SYSTEM_ACTOR, {
          agencyId: agency.id,
          username: 'x',
          displayName: '',
          role: 'clerk',
          password: 'short',
        }),
      ).rejects.toMatchObject({
        code: 'platform.invalidInput',
        message: expect.stringContaining('密码至少 10 位'),
      });
      const after = await getDb()
        .selectFrom('users')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(after.n)).toBe(Number(before.n));
    });

    it('locks the account after repeated failures, even against the right password, until the lock expires', async () => {
      const agency = await makeAgency(getDb());
      const user = await makeUser(getDb(), agency.id, 'clerk');
      const t0 = '2024-03-01T02:00:00Z';
      await expect(verifyPassword(at(getDb(), t0), user.username, 'wrong-password')).rejects.toMatchObject({
        code: 'auth.invalidCredentials',
      });
      await expect(verifyPassword(at(getDb(), t0), user.username, 'wrong-password')).rejects.toMatchObject({
        code: 'auth.invalidCredentials',
      });
      await expect(verifyPassword(at(getDb(), t0), user.username, 'wrong-password')).rejects.toMatchObject({
        code: 'auth.accountLocked',
      });
      await expect(
        verifyPassword(at(getDb(), '2024-03-01T02:10:00Z'), user.username, TEST_PASSWORD),
      ).rejects.toMatchObject({ code: 'auth.accountLocked' });
      const ok = await verifyPassword(at(getDb(), '2024-03-01T02:16:00Z'), user.username, TEST_PASSWORD);
      expect(ok.id).toBe(user.id);
      const trail = await listAuditTrail(getDb(), { subjectType: 'user', subjectId: user.id, limit: 10 });
      expect(trail.map((r) => r.action)).toEqual([
        'user.locked',
        'user.loginFailed',
        'user.loginFailed',
        'user.created',
      ]);
    });

    it('answers an unknown user like a wrong password', async () => {
      await expect(
        verifyPassword(testContext(getDb()), 'nobody-here', 'whatever-password'),
      ).rejects.toMatchObject({
        code: 'auth.invalidCredentials',
      });
    });
  });

  describe('sessions and API tokens', () => {
    it('opens, verifies, expires and ends sessions; stores only the hash', async () => {
      const agency = await makeAgency(getDb());
      const user = await makeUser(getDb(), agency.id, 'officeHead');
      const ctx = testContext(getDb());
      const session = await login(ctx, PUBLIC_ACTOR, { username: user.username, password: TEST_PASSWORD });
      expect((await verifySession(ctx, session.token)).id).toBe(user.id);
      const stored = await getDb()
        .selectFrom('sessions')
        .select('token_hash')
        .where('user_id', '=', user.id)
        .execute();
      expect(stored.map((s) => s.token_hash)).not.toContain(session.token);
      await expect(
        verifySession(
          at(getDb(), new Date(Date.parse(TEST_NOW) + 9 * 3600_000).toISOString()),
          session.token,
        ),
      ).rejects.toMatchObject({ code: 'auth.unauthenticated' });
      await logout(ctx, staffActor(user), { token: session.token });
      await expect(verifySession(ctx, session.token)).rejects.toMatchObject({
        code: 'auth.unauthenticated',
      });
      const old = await createSession(at(getDb(), '2020-01-01T00:00:00Z'), user);
      await expect(verifySession(ctx, old.token)).rejects.toMatchObject({ code: 'auth.unauthenticated' });
    });

    it('creates, verifies and revokes API tokens', async () => {
      const agency = await makeAgency(getDb());
      const user = await makeUser(getDb(), agency.id, 'clerk');
      const other = await makeUser(getDb(), agency.id, 'clerk');
      const ctx = testContext(getDb());
      const { id, token } = await createApiToken(ctx, staffActor(user), { name: '档案系统对接' });
      expect((await verifyApiToken(ctx, token)).user.id).toBe(user.id);
      await expect(revokeApiToken(ctx, staffActor(other), { id })).rejects.toMatchObject({
        code: 'platform.apiTokenNotFound',
      });
      await revokeApiToken(ctx, staffActor(user), { id });
      await expect(verifyApiToken(ctx, token)).rejects.toMatchObject({ code: 'auth.invalidToken' });
      await expect(verifyApiToken(ctx, 'gk_forged')).rejects.toMatchObject({ code: 'auth.invalidToken' });
    });
  });
});
