// An agency's profile on both engines: its place in the hierarchy (parent and children) for anyone of it, the
// administrator's edits audited with before and after, validated with the shared contract, refused to others.
import { expect, it } from 'vitest';
import { staffAs } from '../../test/actors.ts';
import { testContext } from '../../test/context.ts';
import { forEachEngine } from '../../test/db.ts';
import { makeAgency } from '../../test/db/factories.ts';
import { agencyProfile, editAgencyProfile } from './agencies.ts';
import { listAuditTrail } from './audit.ts';

forEachEngine((_engine, getDb) => {
  it('shows the hierarchy, saves the administrator’s edits with an audit row, refuses others', async () => {
    const ctx = testContext(getDb());
    const parent = await makeAgency(getDb());
    const agency = await makeAgency(getDb(), { parentId: parent.id });
    const child = await makeAgency(getDb(), { parentId: agency.id });
    const profile = await agencyProfile(ctx, staffAs('clerk', agency.id), { id: agency.id });
    expect(profile.parent).toEqual({ id: parent.id, name: parent.name });
    expect(profile.children).toEqual([{ id: child.id, name: child.name }]);

    const admin = staffAs('admin', agency.id, `admin-${agency.id.slice(0, 6)}`);
    const edited = await editAgencyProfile(ctx, admin, {
      id: agency.id,
      name: `${agency.name}（更名）`,
      code: '11371300MB28572154',
      address: '测试市人民路 1 号',
      phone: '0539-1234567',
      postcode: '',
      registrationPrefix: '新前缀',
    });
    expect(edited).toMatchObject({ postcode: null, registrationPrefix: '新前缀', parentId: parent.id });
    expect((await agencyProfile(ctx, admin, { id: agency.id })).agency.address).toBe('测试市人民路 1 号');
    const trail = await listAuditTrail(getDb(), { subjectType: 'agency', subjectId: agency.id, limit: 1 });
    expect(trail[0]).toMatchObject({ action: 'agency.updated', actor: admin.name });

    const input = {
      id: agency.id,
      name: '名',
      code: null,
      address: null,
      phone: null,
      postcode: null,
      registrationPrefix: '前',
    };
    await expect(editAgencyProfile(ctx, staffAs('clerk', agency.id), input)).rejects.toMatchObject({
      code: 'auth.forbidden',
    });
    await expect(editAgencyProfile(ctx, staffAs('admin', parent.id), input)).rejects.toMatchObject({
      code: 'auth.otherAgency',
    });
    await expect(editAgencyProfile(ctx, admin, { ...input, postcode: '12345' })).rejects.toMatchObject({
      code: 'platform.invalidInput',
      message: expect.stringContaining('邮编应为 6 位数字'),
    });
    await expect(editAgencyProfile(ctx, admin, { ...input, name: parent.name })).rejects.toMatchObject({
      code: 'platform.agencyExists',
    });
  });
});
