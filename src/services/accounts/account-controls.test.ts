// The account controls of GB/T 22239-2019 level 3 (issue 12), on both engines: a lockout counted in the database
// under concurrent failures, the password policy (composition, no reuse, expiry), and sessions that end when idle,
// at their absolute limit, and beyond a per-user count — listed, ended by their owner, and purged.
import { describe, expect, it } from 'vitest';
import { forEachEngine } from '../../../test/db.ts';
import { makeAgency, makeUser, TEST_PASSWORD } from '../../../test/db/factories.ts';
import { PUBLIC_ACTOR, staffActor, SYSTEM_ACTOR } from '../actor.ts';
import { createServiceContext } from '../bootstrap.ts';
import { fixedClock } from '../clock.ts';
import type { Db } from '../database.ts';
import { DEFAULT_SETTINGS, type AccountSettings } from '../settings.ts';
import { changeOwnPassword } from './own-password.ts';
import { createUser, verifyPassword } from './users.ts';
import { endOwnSession, listOwnSessions, login, verifySession } from './sessions.ts';

const T0 = Date.parse('2026-12-04T02:00:00Z');
const minutes = (n: number) => new Date(T0 + n * 60_000).toISOString();

/** A context at `iso` with these account settings over the defaults. */
const at = (db: Db, iso: string, accounts: Partial<AccountSettings> = {}) =>
  createServiceContext({
    db,
    clock: fixedClock(iso),
    settings: { ...DEFAULT_SETTINGS, accounts: { ...DEFAULT_SETTINGS.accounts, ...accounts } },
  });

forEachEngine((engine, getDb) => {
  const clerkOf = async () => {
    const agency = await makeAgency(getDb());
    return makeUser(getDb(), agency.id, 'clerk');
  };

  describe('lockout', () => {
    it('locks after the set number of failures even when they arrive at once', async () => {
      const user = await clerkOf();
      const ctx = at(getDb(), minutes(0), { maxFailedAttempts: 5 });
      const outcomes = await Promise.allSettled(
        Array.from({ length: 40 }, () => verifyPassword(ctx, user.username, 'Wrong-password-1')),
      );
      const codes = outcomes.map((o) =>
        o.status === 'rejected' ? (o.reason as { code: string }).code : 'ok',
      );
      expect(codes).not.toContain('ok');
      expect(codes).toContain('auth.accountLocked');
      await expect(verifyPassword(ctx, user.username, TEST_PASSWORD)).rejects.toMatchObject({
        code: 'auth.accountLocked',
      });
      // Every failure that reached the count was counted: none overwrote another's. An attempt that read the
      // account after a lock committed is refused before counting (and not audited), so how many reach the count
      // depends on timing; what cannot vary is that each lock took exactly `max` counted failures and the rest
      // are still on the account.
      const audited = await getDb()
        .selectFrom('audit_log')
        .select(['action'])
        .where('subject_id', '=', user.id)
        .where('action', 'in', ['user.loginFailed', 'user.locked'])
        .execute();
      const locks = audited.filter((row) => row.action === 'user.locked').length;
      const failures = audited.length - locks;
      const { failed_attempts } = await getDb()
        .selectFrom('users')
        .select('failed_attempts')
        .where('id', '=', user.id)
        .executeTakeFirstOrThrow();
      expect(locks).toBeGreaterThanOrEqual(1);
      expect(failures).toBe(locks * 4 + Number(failed_attempts));
      expect(codes.filter((code) => code === 'auth.invalidCredentials')).toHaveLength(failures);
    });
  });

  describe('password policy', () => {
    it('refuses a one-class password and one holding the user name, naming the rule', async () => {
      const agency = await makeAgency(getDb());
      const attempt = (username: string, password: string) =>
        createUser(at(getDb(), minutes(0)), SYSTEM_ACTOR, {
          agencyId: agency.id,
          username,
          displayName: '新同事',
          role: 'clerk',
          password,
        });
      await expect(attempt(`weak-${engine}`, 'aaaaaaaaaa')).rejects.toMatchObject({
        code: 'auth.weakPassword',
        message: '密码不符合要求：密码应包含小写字母、大写字母、数字、其他符号中的至少 3 类',
      });
      await expect(attempt(`zhangsan-${engine}`, `X-zhangsan-${engine}-1`)).rejects.toMatchObject({
        code: 'auth.weakPassword',
        message: '密码不符合要求：密码不能包含用户名',
      });
    });

    it('refuses any of the last five passwords, and accepts the sixth back', async () => {
      const user = await clerkOf();
      const actor = staffActor(user);
      const ctx = at(getDb(), minutes(0));
      const passwords = [TEST_PASSWORD, ...Array.from({ length: 5 }, (_, i) => `Gongkai-new-${i + 1}`)];
      for (let i = 1; i < passwords.length; i++)
        await changeOwnPassword(ctx, actor, {
          currentPassword: passwords[i - 1]!,
          newPassword: passwords[i]!,
        });
      const current = passwords.at(-1)!;
      // The current one and the four before it are the last five.
      for (const recent of passwords.slice(-5, -1))
        await expect(
          changeOwnPassword(ctx, actor, { currentPassword: current, newPassword: recent }),
        ).rejects.toMatchObject({
          code: 'auth.passwordReused',
          message: '新密码不能与最近 5 次使用过的密码相同',
        });
      await changeOwnPassword(ctx, actor, { currentPassword: current, newPassword: passwords[0]! });
    });

    it('makes a password older than the set age a password to change at the next sign-in', async () => {
      const user = await clerkOf();
      const policy = { ...DEFAULT_SETTINGS.accounts.passwordPolicy, maxAgeDays: 90 };
      const fresh = await verifyPassword(
        at(getDb(), minutes(0), { passwordPolicy: policy }),
        user.username,
        TEST_PASSWORD,
      );
      expect(fresh.mustChangePassword).toBe(false);
      const later = at(getDb(), minutes(91 * 24 * 60), { passwordPolicy: policy });
      const old = await verifyPassword(later, user.username, TEST_PASSWORD);
      expect(old.mustChangePassword).toBe(true);
      // Kept: every later request of the session sees it.
      const session = await login(later, PUBLIC_ACTOR, { username: user.username, password: TEST_PASSWORD });
      expect((await verifySession(later, session.token)).mustChangePassword).toBe(true);
    });
  });

  describe('sessions', () => {
    it('end after the idle time unless used, and at the absolute limit however used', async () => {
      const user = await clerkOf();
      const limits = { idleMinutes: 30, sessionHours: 8 };
      const session = await login(at(getDb(), minutes(0), limits), PUBLIC_ACTOR, {
        username: user.username,
        password: TEST_PASSWORD,
      });
      // Used every 20 minutes, it lives on past 30 minutes…
      for (let m = 20; m < 8 * 60; m += 20)
        await verifySession(at(getDb(), minutes(m), limits), session.token);
      // …but not past 8 hours.
      await expect(
        verifySession(at(getDb(), minutes(8 * 60 + 1), limits), session.token),
      ).rejects.toMatchObject({
        code: 'auth.unauthenticated',
      });
      const idle = await login(at(getDb(), minutes(0), limits), PUBLIC_ACTOR, {
        username: user.username,
        password: TEST_PASSWORD,
      });
      await verifySession(at(getDb(), minutes(29), limits), idle.token);
      await expect(verifySession(at(getDb(), minutes(60), limits), idle.token)).rejects.toMatchObject({
        code: 'auth.unauthenticated',
      });
    });

    it('keeps at most the set number per user, lists them, lets the owner end one, and purges expired ones', async () => {
      const user = await clerkOf();
      const limits = { maxSessionsPerUser: 2 };
      const signIn = (m: number) =>
        login(at(getDb(), minutes(m), limits), PUBLIC_ACTOR, {
          username: user.username,
          password: TEST_PASSWORD,
        });
      const first = await signIn(0);
      const second = await signIn(1);
      const third = await signIn(2);
      const now = at(getDb(), minutes(3), limits);
      await expect(verifySession(now, first.token)).rejects.toMatchObject({ code: 'auth.unauthenticated' });
      const listed = await listOwnSessions(now, staffActor(user), { currentToken: third.token });
      expect(listed.map((s) => s.current)).toEqual([true, false]);
      await endOwnSession(now, staffActor(user), { id: listed[1]!.id });
      await expect(verifySession(now, second.token)).rejects.toMatchObject({ code: 'auth.unauthenticated' });
      await expect(endOwnSession(now, staffActor(user), { id: listed[1]!.id })).rejects.toMatchObject({
        code: 'auth.sessionNotFound',
      });

      // A day later the third has expired; the next sign-in (anyone's) removes it from the database.
      const other = await clerkOf();
      await login(at(getDb(), minutes(24 * 60), limits), PUBLIC_ACTOR, {
        username: other.username,
        password: TEST_PASSWORD,
      });
      const left = await getDb().selectFrom('sessions').select('id').where('user_id', '=', user.id).execute();
      expect(left).toEqual([]);
    });
  });
});
