// An administrator's account work on both engines: creation by staff marks the password as someone else's, the
// user can then only set their own; role, disable, reset and unlock are audited and refused across agencies; an
// agency keeps an enabled administrator and nobody disables themselves.
import { describe, expect, it } from 'vitest';
import { forEachEngine } from '../../../test/db.ts';
import { makeAgency, makeUser, TEST_PASSWORD, uniqueSuffix } from '../../../test/db/factories.ts';
import { testContext } from '../../../test/context.ts';
import { PUBLIC_ACTOR, staffActor } from '../actor.ts';
import { listAuditTrail } from '../audit.ts';
import { createServiceContext } from '../bootstrap.ts';
import { fixedClock } from '../clock.ts';
import type { Db } from '../database.ts';
import { DEFAULT_SETTINGS } from '../settings.ts';
import {
  changeUserRole,
  listManagedUsers,
  resetUserPassword,
  setUserEnabled,
  unlockUser,
} from './administration.ts';
import { changeOwnPassword } from './own-password.ts';
import { login, verifySession } from './sessions.ts';
import { createUser, verifyPassword } from './users.ts';

const INITIAL = 'initial-password-1';
const lockingContext = (db: Db) =>
  createServiceContext({
    db,
    clock: fixedClock('2026-12-04T02:00:00Z'),
    settings: { ...DEFAULT_SETTINGS, accounts: { ...DEFAULT_SETTINGS.accounts, maxFailedAttempts: 2 } },
  });

forEachEngine((_engine, getDb) => {
  async function agencyWithAdmin() {
    const agency = await makeAgency(getDb());
    const admin = staffActor(await makeUser(getDb(), agency.id, 'admin'));
    return { agency, admin };
  }

  describe('user administration', () => {
    it('a user created by an administrator must set a new password; the operator’s users need not', async () => {
      const ctx = testContext(getDb());
      const { agency, admin } = await agencyWithAdmin();
      const operatorMade = await makeUser(getDb(), agency.id, 'clerk');
      expect(operatorMade.mustChangePassword).toBe(false);
      const created = await createUser(ctx, admin, {
        agencyId: agency.id,
        username: `new_${uniqueSuffix()}`,
        displayName: '新同事',
        role: 'clerk',
        password: INITIAL,
      });
      expect(created.mustChangePassword).toBe(true);
      const session = await login(ctx, PUBLIC_ACTOR, { username: created.username, password: INITIAL });
      expect(session.user.mustChangePassword).toBe(true);
      const actor = staffActor(await verifySession(ctx, session.token));

      await expect(
        changeOwnPassword(ctx, actor, {
          currentPassword: 'not-the-password',
          newPassword: 'brand-new-pass-1',
        }),
      ).rejects.toMatchObject({ code: 'auth.currentPasswordIncorrect', message: '当前密码不正确' });
      await expect(
        changeOwnPassword(ctx, actor, { currentPassword: INITIAL, newPassword: INITIAL }),
      ).rejects.toMatchObject({ code: 'auth.passwordUnchanged' });
      await expect(
        changeOwnPassword(ctx, actor, { currentPassword: INITIAL, newPassword: 'short' }),
      ).rejects.toMatchObject({
        code: 'platform.invalidInput',
        message: expect.stringContaining('密码至少 10 位'),
      });

      await changeOwnPassword(ctx, actor, { currentPassword: INITIAL, newPassword: 'brand-new-pass-1' });
      expect((await verifySession(ctx, session.token)).mustChangePassword).toBe(false);
      await expect(verifyPassword(ctx, created.username, INITIAL)).rejects.toMatchObject({
        code: 'auth.invalidCredentials',
      });
      const trail = await listAuditTrail(getDb(), { subjectType: 'user', subjectId: created.id, limit: 5 });
      expect(trail.map((r) => r.action)).toEqual([
        'user.loginFailed',
        'user.passwordChanged',
        'user.created',
      ]);
    });

    it('lists its own agency a page at a time, with each account’s state', async () => {
      const ctx = testContext(getDb());
      const { agency, admin } = await agencyWithAdmin();
      for (let i = 0; i < 3; i++) await makeUser(getDb(), agency.id, 'clerk');
      const first = await listManagedUsers(ctx, admin, { page: 1, pageSize: 3 });
      expect(first.total).toBe(4);
      expect(first.items).toHaveLength(3);
      const second = await listManagedUsers(ctx, admin, { page: 2, pageSize: 3 });
      expect(second.items).toHaveLength(1);
      expect([...first.items, ...second.items].every((u) => u.agencyId === agency.id)).toBe(true);
      const other = await agencyWithAdmin();
      await expect(listManagedUsers(ctx, admin, { agencyId: other.agency.id })).rejects.toMatchObject({
        code: 'auth.otherAgency',
      });
    });

    it('changes a role, disables and enables, audited; never across agencies or by a non-administrator', async () => {
      const ctx = testContext(getDb());
      const { agency, admin } = await agencyWithAdmin();
      const clerk = await makeUser(getDb(), agency.id, 'clerk');
      const session = await login(ctx, PUBLIC_ACTOR, { username: clerk.username, password: TEST_PASSWORD });

      expect((await changeUserRole(ctx, admin, { id: clerk.id, role: 'officeHead' })).role).toBe(
        'officeHead',
      );
      const disabled = await setUserEnabled(ctx, admin, { id: clerk.id, disabled: true });
      expect(disabled.disabled).toBe(true);
      // Disabling ends the sessions at once.
      await expect(verifySession(ctx, session.token)).rejects.toMatchObject({ code: 'auth.unauthenticated' });
      await expect(verifyPassword(ctx, clerk.username, TEST_PASSWORD)).rejects.toMatchObject({
        code: 'auth.accountDisabled',
      });
      await setUserEnabled(ctx, admin, { id: clerk.id, disabled: false });
      expect((await verifyPassword(ctx, clerk.username, TEST_PASSWORD)).role).toBe('officeHead');

      const trail = await listAuditTrail(getDb(), { subjectType: 'user', subjectId: clerk.id, limit: 10 });
      expect(trail.map((r) => r.action).slice(0, 3)).toEqual([
        'user.enabled',
        'user.disabled',
        'user.roleChanged',
      ]);

      const other = await agencyWithAdmin();
      await expect(changeUserRole(ctx, other.admin, { id: clerk.id, role: 'admin' })).rejects.toMatchObject({
        code: 'auth.otherAgency',
      });
      const clerkActor = staffActor(await verifyPassword(ctx, clerk.username, TEST_PASSWORD));
      await expect(
        setUserEnabled(ctx, clerkActor, { id: admin.userId, disabled: true }),
      ).rejects.toMatchObject({
        code: 'auth.forbidden',
      });
      await expect(unlockUser(ctx, admin, { id: 'no-such-user' })).rejects.toMatchObject({
        code: 'platform.userNotFound',
      });
    });

    it('keeps an enabled administrator, and nobody disables themselves', async () => {
      const ctx = testContext(getDb());
      const { agency, admin } = await agencyWithAdmin();
      await expect(setUserEnabled(ctx, admin, { id: admin.userId, disabled: true })).rejects.toMatchObject({
        code: 'platform.cannotDisableSelf',
        message: '不能停用自己的账号',
      });
      await expect(changeUserRole(ctx, admin, { id: admin.userId, role: 'clerk' })).rejects.toMatchObject({
        code: 'platform.lastAdmin',
      });
      const second = await makeUser(getDb(), agency.id, 'admin');
      // With a second administrator, the first may step down — and then the second is the last one.
      await changeUserRole(ctx, admin, { id: admin.userId, role: 'clerk' });
      const secondActor = staffActor(second);
      await expect(changeUserRole(ctx, secondActor, { id: second.id, role: 'leader' })).rejects.toMatchObject(
        {
          code: 'platform.lastAdmin',
        },
      );
    });

    it('resets a password (lifting the lock, ending sessions, requiring a new one) and unlocks', async () => {
      const ctx = lockingContext(getDb());
      const { agency, admin } = await agencyWithAdmin();
      const clerk = await makeUser(getDb(), agency.id, 'clerk');
      for (const expected of ['auth.invalidCredentials', 'auth.accountLocked'])
        await expect(verifyPassword(ctx, clerk.username, 'wrong-password')).rejects.toMatchObject({
          code: expected,
        });
      const locked = await listManagedUsers(ctx, admin, {});
      expect(locked.items.find((u) => u.id === clerk.id)?.lockedUntil).toBe('2026-12-04T02:15:00.000Z');

      const unlocked = await unlockUser(ctx, admin, { id: clerk.id });
      expect(unlocked.lockedUntil).toBeNull();
      expect((await verifyPassword(ctx, clerk.username, TEST_PASSWORD)).id).toBe(clerk.id);

      const session = await login(ctx, PUBLIC_ACTOR, { username: clerk.username, password: TEST_PASSWORD });
      for (const expected of ['auth.invalidCredentials', 'auth.accountLocked'])
        await expect(verifyPassword(ctx, clerk.username, 'wrong-password')).rejects.toMatchObject({
          code: expected,
        });
      await expect(resetUserPassword(ctx, admin, { id: clerk.id, password: 'short' })).rejects.toMatchObject({
        code: 'platform.invalidInput',
      });
      const reset = await resetUserPassword(ctx, admin, { id: clerk.id, password: 'reset-password-1' });
      expect(reset).toMatchObject({ mustChangePassword: true, lockedUntil: null });
      await expect(verifySession(ctx, session.token)).rejects.toMatchObject({ code: 'auth.unauthenticated' });
      const again = await verifyPassword(ctx, clerk.username, 'reset-password-1');
      expect(again.mustChangePassword).toBe(true);
      const trail = await listAuditTrail(getDb(), { subjectType: 'user', subjectId: clerk.id, limit: 3 });
      expect(trail[0]).toMatchObject({ action: 'user.passwordReset', actor: admin.name });
    });
  });
});
