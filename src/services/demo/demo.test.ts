// Done-when (issue 4): the demo agency's 2023 tables 三 and 四, computed from the database, equal the seed's —
// on both engines — and loading twice changes nothing.
import { expect, it } from 'vitest';
import { staffAs } from '../../../test/actors.ts';
import { testContext } from '../../../test/context.ts';
import { forEachEngine } from '../../../test/db.ts';
import { SYSTEM_ACTOR } from '../actor.ts';
import { fixedClock } from '../clock.ts';
import { hasShared, sharedFile, SEED_REPORT } from '../../../test/shared.ts';
import { readReportFile } from '../../formats/read/index.ts';
import { APPLICANT_COLUMNS } from '../../core/taxonomy/applicants.ts';
import { verifyAudit } from '../audit.ts';
import { agenciesUnder, findAgency } from '../agencies.ts';
import { deadlineWarnings } from '../requests/queries.ts';
import { buildAnnualReport } from '../statistics/report.ts';
import { loadDemo, DEMO_AGENCY } from './load.ts';
import { verifyPassword } from '../accounts/users.ts';
import { DEMO_PASSWORD, DEMO_USERS } from './seed-year.ts';

/** The seed's figures, typed from its table (docs/statute.md §2.7). */
function seedApplications(): Record<string, number[]> {
  const zero = APPLICANT_COLUMNS.map(() => 0);
  const row = (natural: number, commercial: number) => [
    natural,
    commercial,
    0,
    0,
    0,
    0,
    natural + commercial,
  ];
  return {
    received: row(27, 2),
    carriedIn: zero,
    granted: row(2, 0),
    partiallyGranted: row(14, 0),
    'withheld.stateSecret': row(5, 2),
    'unavailable.notHeld': row(6, 0),
    total: row(27, 2),
    carriedOut: zero,
  };
}

forEachEngine((_engine, getDb) => {
  it('loads once, with its tables 三 and 四 equal to the seed, a clean audit chain and warnings to show', async () => {
    const now = new Date('2026-11-27T02:00:00Z');
    const ctx = testContext(getDb(), fixedClock(now.toISOString()));
    await expect(loadDemo(ctx, staffAs('admin', 'any-agency'))).rejects.toMatchObject({
      code: 'auth.forbidden',
    });
    const first = await loadDemo(ctx, SYSTEM_ACTOR);
    expect(first).toMatchObject({ loaded: true, requests2023: 29, openNow: 4 });
    const again = await loadDemo(ctx, SYSTEM_ACTOR);
    expect(again.loaded).toBe(false);
    const agency = await findAgency(getDb(), DEMO_AGENCY.name);
    expect(agency).toMatchObject({ address: '临沂市兰山区北京路13号', phone: '0539-8729507' });
    expect(await findAgency(getDb(), agency.code!)).toEqual(agency);

    const { report, findings } = await buildAnnualReport(
      testContext(getDb(), fixedClock('2024-01-20T02:00:00Z')),
      SYSTEM_ACTOR,
      { agencyId: agency.id, year: 2023 },
    );
    const expected = seedApplications();
    for (const [key, cells] of Object.entries(report.tables.applications!)) {
      expect([key, cells]).toEqual([key, expected[key] ?? APPLICANT_COLUMNS.map(() => 0)]);
    }
    expect(report.tables.reviewLitigation).toEqual({
      review: [0, 0, 0, 0, 0],
      litigationDirect: [0, 0, 0, 1, 1],
      litigationAfterReview: [0, 0, 0, 0, 0],
    });
    expect(findings.filter((f) => f.severity === 'error' && /^T[34]-/.test(f.rule))).toEqual([]);

    if (hasShared()) {
      const seed = await readReportFile(sharedFile(SEED_REPORT));
      expect(report.tables.applications).toEqual(seed.report.tables.applications);
      expect(report.tables.reviewLitigation).toEqual(seed.report.tables.reviewLitigation);
    }

    expect(await verifyAudit(ctx, SYSTEM_ACTOR)).toMatchObject({ ok: true });
    const supervisor = {
      ...staffAs('supervisor', agency.parentId!),
      agencyTree: await agenciesUnder(getDb(), agency.parentId!),
    };
    const warnings = await deadlineWarnings(ctx, supervisor, { withinWorkingDays: 5 });
    expect(warnings.map((w) => w.overdue)).toEqual([true, false, false]);
    // The shared password is public: each demo user must set their own at first sign-in.
    for (const user of DEMO_USERS)
      expect(await verifyPassword(ctx, user.username, DEMO_PASSWORD)).toMatchObject({
        role: user.role,
        mustChangePassword: true,
      });
  });
});
