import { expect, it } from 'vitest';
import { sql } from 'kysely';
import { forEachEngine } from '../../test/db.ts';
import { makeAgency } from '../../test/db/factories.ts';
import { testContext, TEST_NOW } from '../../test/context.ts';
import { staffAs } from '../../test/actors.ts';
import { SYSTEM_ACTOR } from './actor.ts';
import { listAuditTrail, verifyAudit as verifyAuditAs } from './audit.ts';

forEachEngine((_engine, getDb) => {
  const verifyAudit = (db: Parameters<typeof testContext>[0]) => verifyAuditAs(testContext(db), SYSTEM_ACTOR);

  it('a clean chain verifies; an edited row, a deleted row and a cut tail are each named', async () => {
    for (let i = 0; i < 4; i++) await makeAgency(getDb());
    const clean = await verifyAudit(getDb());
    expect(clean).toMatchObject({ ok: true });
    const total = clean.rows;
    expect(total).toBeGreaterThanOrEqual(4);

    const target = total - 2;
    const original = await getDb()
      .selectFrom('audit_log')
      .select('details')
      .where('seq', '=', target)
      .executeTakeFirstOrThrow();
    await sql`update audit_log set details = ${'{"tampered":true}'} where seq = ${target}`.execute(getDb());
    expect(await verifyAudit(getDb())).toMatchObject({ ok: false, brokenAt: target, reason: 'hashMismatch' });
    await sql`update audit_log set details = ${original.details} where seq = ${target}`.execute(getDb());
    expect(await verifyAudit(getDb())).toMatchObject({ ok: true });

    const row = await getDb()
      .selectFrom('audit_log')
      .selectAll()
      .where('seq', '=', target)
      .executeTakeFirstOrThrow();
    await sql`delete from audit_log where seq = ${target}`.execute(getDb());
    expect(await verifyAudit(getDb())).toMatchObject({ ok: false, brokenAt: target, reason: 'missingRow' });
    await getDb().insertInto('audit_log').values(row).execute();

    const last = await getDb()
      .selectFrom('audit_log')
      .selectAll()
      .where('seq', '=', total)
      .executeTakeFirstOrThrow();
    await sql`delete from audit_log where seq = ${total}`.execute(getDb());
    expect(await verifyAudit(getDb())).toMatchObject({ ok: false, brokenAt: total, reason: 'headMismatch' });
    await getDb().insertInto('audit_log').values(last).execute();
    expect(await verifyAudit(getDb())).toMatchObject({ ok: true, rows: total });
  });

  it("is the administrators' check: other roles are refused, the public must sign in", async () => {
    const agency = await makeAgency(getDb());
    const ctx = testContext(getDb());
    await expect(verifyAuditAs(ctx, staffAs('admin', agency.id))).resolves.toMatchObject({ ok: true });
    for (const role of ['clerk', 'officeHead', 'leader', 'supervisor'] as const)
      await expect(verifyAuditAs(ctx, staffAs(role, agency.id))).rejects.toMatchObject({
        code: 'auth.forbidden',
      });
  });

  it("stamps each row with the time of the use case's clock", async () => {
    const agency = await makeAgency(getDb());
    const [row] = await listAuditTrail(getDb(), { subjectType: 'agency', subjectId: agency.id, limit: 1 });
    expect(row!.at).toBe(new Date(TEST_NOW).toISOString());
  });
});
