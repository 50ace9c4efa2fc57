import { describe, expect, it } from 'vitest';
import { forEachEngine } from '../../../test/db.ts';
import { makeAgency, makeUser, TEST_PASSWORD } from '../../../test/db/factories.ts';
import { staffActor, SYSTEM_ACTOR } from '../actor.ts';
import { listAuditTrail } from '../audit.ts';
import { createUser, verifyPassword } from './users.ts';
import {
  createApiToken,
  createSession,
  login,
  logout,
  revokeApiToken,
  verifyApiToken,
  verifySession,
} from './sessions.ts';

const settings = { maxFailedAttempts: 3, lockMinutes: 15, sessionHours: 8 };

forEachEngine((_engine, getDb) => {
  describe('users', () => {
    it('creates a user, audits it, and refuses a duplicate username with a code', async () => {
      const agency = await makeAgency(getDb());
      const user = await createUser(getDb(), SYSTEM_ACTOR, {
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
        createUser(getDb(), SYSTEM_ACTOR, {
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
        createUser(getDb(), SYSTEM_ACTOR, {
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
      const t0 = new Date('2024-03-01T02:00:00Z');
      await expect(
        verifyPassword(getDb(), user.username, 'wrong-password', t0, settings),
      ).rejects.toMatchObject({ code: 'auth.invalidCredentials' });
      await expect(
        verifyPassword(getDb(), user.username, 'wrong-password', t0, settings),
      ).rejects.toMatchObject({ code: 'auth.invalidCredentials' });
      await expect(
        verifyPassword(getDb(), user.username, 'wrong-password', t0, settings),
      ).rejects.toMatchObject({ code: 'auth.accountLocked' });
      await expect(
        verifyPassword(getDb(), user.username, TEST_PASSWORD, new Date('2024-03-01T02:10:00Z'), settings),
      ).rejects.toMatchObject({ code: 'auth.accountLocked' });
      const ok = await verifyPassword(
        getDb(),
        user.username,
        TEST_PASSWORD,
        new Date('2024-03-01T02:16:00Z'),
        settings,
      );
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
      await expect(verifyPassword(getDb(), 'nobody-here', 'whatever-password')).rejects.toMatchObject({
        code: 'auth.invalidCredentials',
      });
    });
  });

  describe('sessions and API tokens', () => {
    it('opens, verifies, expires and ends sessions; stores only the hash', async () => {
      const agency = await makeAgency(getDb());
      const user = await makeUser(getDb(), agency.id, 'officeHead');
      const session = await login(getDb(), user.username, TEST_PASSWORD);
      expect((await verifySession(getDb(), session.token)).id).toBe(user.id);
      const stored = await getDb()
        .selectFrom('sessions')
        .select('token_hash')
        .where('user_id', '=', user.id)
        .execute();
      expect(stored.map((s) => s.token_hash)).not.toContain(session.token);
      await expect(
        verifySession(getDb(), session.token, new Date(Date.now() + 9 * 3600_000)),
      ).rejects.toMatchObject({ code: 'auth.unauthenticated' });
      await logout(getDb(), staffActor(user), session.token);
      await expect(verifySession(getDb(), session.token)).rejects.toMatchObject({
        code: 'auth.unauthenticated',
      });
      const old = await createSession(getDb(), user, new Date('2020-01-01T00:00:00Z'));
      await expect(verifySession(getDb(), old.token)).rejects.toMatchObject({ code: 'auth.unauthenticated' });
    });

    it('creates, verifies and revokes API tokens', async () => {
      const agency = await makeAgency(getDb());
      const user = await makeUser(getDb(), agency.id, 'clerk');
      const other = await makeUser(getDb(), agency.id, 'clerk');
      const { id, token } = await createApiToken(getDb(), staffActor(user), '档案系统对接');
      expect((await verifyApiToken(getDb(), token)).id).toBe(user.id);
      await expect(revokeApiToken(getDb(), staffActor(other), id)).rejects.toMatchObject({
        code: 'platform.apiTokenNotFound',
      });
      await revokeApiToken(getDb(), staffActor(user), id);
      await expect(verifyApiToken(getDb(), token)).rejects.toMatchObject({ code: 'auth.invalidToken' });
      await expect(verifyApiToken(getDb(), 'gk_forged')).rejects.toMatchObject({ code: 'auth.invalidToken' });
    });
  });
});
