// The supervisor's view of a year's annual reports, on both engines: three agencies on the platform (on time with a
// correction, late, missing) and two imported files, the roster's statuses, findings and copy hits, and a roll-up
// whose total is the sum of each agency's own tables.
import { describe, expect, it } from 'vitest';
import { forEachEngine } from '../../../test/db.ts';
import { makeAgency } from '../../../test/db/factories.ts';
import { staffAs } from '../../../test/actors.ts';
import { testContext } from '../../../test/context.ts';
import { independentReport, sectionText } from '../../core/report/copies/fixture.ts';
import type { AnnualReport } from '../../core/report/model.ts';
import { withSection } from '../../core/report/check/fixture.ts';
import { APPLICATION_ROW_KEYS } from '../../core/taxonomy/applications-table.ts';
import { REVIEW_GROUPS } from '../../core/taxonomy/review-table.ts';
import { fixedClock } from '../clock.ts';
import { transact } from '../database.ts';
import { recordPublication } from '../reports/publish.ts';
import { writeAs } from '../reports/convert.ts';
import { importReports } from './import.ts';
import { reportRollup } from './rollup.ts';
import { reportRoster } from './roster.ts';
import type { Db } from '../database.ts';
import type { StaffActor } from '../actor.ts';

const YEAR = 2024;

function withTables(report: AnnualReport, received: number, review: number): AnnualReport {
  const applications = structuredClone(report.tables.applications!);
  applications.received = applications.received.map((v, i) => (i === 0 || i === 6 ? v! + received : v));
  applications.granted = applications.granted.map((v, i) => (i === 0 || i === 6 ? v! + received : v));
  applications.total = applications.total.map((v, i) => (i === 0 || i === 6 ? v! + received : v));
  const reviewLitigation = structuredClone(report.tables.reviewLitigation!);
  reviewLitigation.review = [review, 0, 0, 0, review];
  return { ...report, tables: { ...report.tables, applications, reviewLitigation } };
}

async function publishOn(
  db: Db,
  actor: StaffActor,
  agencyId: string,
  report: AnnualReport,
  day: string,
  note: string | null = null,
) {
  const ctx = testContext(db, fixedClock(`${day}T04:00:00Z`));
  await transact(db, (trx) => recordPublication(trx, ctx, actor, { agencyId, report, correctionNote: note }));
}

forEachEngine((_engine, getDb) => {
  describe('roster, import and roll-up', () => {
    it('shows published, late and missing reports and a roll-up equal to the sum of the tables', async () => {
      const db = getDb();
      const office = await makeAgency(db, { name: `监督市人民政府${Date.now()}`, level: 'government' });
      const [a, b, c] = [
        await makeAgency(db, { parentId: office.id, code: String(Date.now()).padStart(9, '0').slice(-9) }),
        await makeAgency(db, { parentId: office.id }),
        await makeAgency(db, { parentId: office.id }),
      ];
      const supervisor: StaffActor = {
        ...staffAs('supervisor', office.id),
        agencyTree: [office.id, a!.id, b!.id, c!.id],
      };
      const leader = (id: string) => staffAs('leader', id);

      const reportA = withTables(independentReport(a!.name, YEAR, 11), 5, 2);
      await publishOn(db, leader(a!.id), a!.id, reportA, '2025-01-20');
      await publishOn(db, leader(a!.id), a!.id, reportA, '2025-03-02', '更正表四');
      // B copies A's first problems paragraph into its own section 一, and is late.
      const copied = sectionText(reportA, 'problems').split('\n')[0]!;
      const ownB = independentReport(b!.name, YEAR, 22);
      const reportB = withTables(
        withSection(ownB, 'overview', `${sectionText(ownB, 'overview')}\n${copied}`),
        9,
        4,
      );
      await publishOn(db, leader(b!.id), b!.id, reportB, '2025-02-15');

      const file = async (name: string, report: AnnualReport, format: 'md' | 'html') => ({
        name,
        bytes: new TextEncoder().encode(String(await writeAs(report, format))),
      });
      const reportD = withTables(independentReport('未上线区交通运输局', YEAR, 33), 3, 1);
      const reportE = withTables(independentReport('未上线区卫生健康委员会', YEAR, 44), 0, 0);
      const ctx = testContext(db, fixedClock('2025-06-01T04:00:00Z'));
      const imported = await importReports(ctx, supervisor, {
        year: YEAR,
        files: [
          await file('交通.md', reportD, 'md'),
          await file('卫健.html', reportE, 'html'),
          await file(
            '去年.md',
            { ...independentReport('未上线区水利局', YEAR - 1, 55), year: YEAR - 1 },
            'md',
          ),
          { name: '通知.txt', bytes: new TextEncoder().encode('关于召开会议的通知\n请各单位准时参加。') },
        ],
      });
      expect(imported.accepted.map((x) => x.agencyName).sort()).toEqual([
        '未上线区交通运输局',
        '未上线区卫生健康委员会',
      ]);
      expect(imported.refused).toEqual([
        expect.objectContaining({
          sourceName: '去年.md',
          code: 'supervision.wrongYear',
          reason: expect.stringContaining('2023'),
        }),
        expect.objectContaining({ sourceName: '通知.txt', code: 'report.notAReport' }),
      ]);

      const roster = await reportRoster(ctx, supervisor, { year: YEAR });
      const row = (name: string) => roster.rows.find((r) => r.name === name)!;
      expect(row(a!.name)).toMatchObject({
        status: 'onTime',
        statusLabel: '已按时发布',
        versions: 2,
        publishedOn: '2025-01-20',
      });
      expect(row(a!.name).link).toBe(`/${a!.code}/reports/${YEAR}`);
      expect(row(b!.name)).toMatchObject({
        status: 'late',
        statusLabel: '逾期发布',
        versions: 1,
        link: '/console/reports',
      });
      expect(row(c!.name)).toMatchObject({
        status: 'overdue',
        statusLabel: '未发布（已逾期）',
        versions: 0,
        link: null,
      });
      expect(row(office.name)).toMatchObject({ status: 'overdue', deadline: '2025-03-31' });
      expect(row('未上线区交通运输局')).toMatchObject({ kind: 'imported', versions: 1 });
      // The copied paragraph is a hit on both sides, naming the source and quoting it.
      expect(row(b!.name).copies).toEqual([
        expect.objectContaining({
          section: '一、总体情况',
          sourceAgency: a!.name,
          sourceYear: YEAR,
          sourceVersion: 2,
          quote: copied,
        }),
      ]);
      expect(row(a!.name).copies).toHaveLength(1);
      expect(row(c!.name).copies).toEqual([]);
      expect(row(b!.name).errors).toBeGreaterThan(0); // P-1: published after 31 January
      expect(row(b!.name).rules).toContainEqual({ rule: 'P-1', count: 1 });

      const early = await reportRoster(testContext(db, fixedClock('2025-01-15T04:00:00Z')), supervisor, {
        year: YEAR,
      });
      expect(early.rows.find((r) => r.name === c!.name)).toMatchObject({
        status: 'notDue',
        statusLabel: '尚未到期未发布',
      });

      const rollup = await reportRollup(ctx, supervisor, { year: YEAR });
      expect(rollup.rows.map((r) => r.name).sort()).toEqual(
        [a!.name, b!.name, '未上线区交通运输局', '未上线区卫生健康委员会'].sort(),
      );
      expect(rollup.missing.sort()).toEqual([c!.name, office.name].sort());
      const sources = [reportA, reportB, reportD, reportE];
      for (const key of APPLICATION_ROW_KEYS) {
        const expected = sources.reduce((s, r) => s + (r.tables.applications![key]![6] ?? 0), 0);
        expect(rollup.total.applications[key], key).toBe(expected);
        expect(rollup.total.applications[key]).toBe(
          rollup.rows.reduce((s, r) => s + (r.applications[key] ?? 0), 0),
        );
      }
      for (const group of REVIEW_GROUPS) {
        const expected = [0, 1, 2, 3, 4].map((i) =>
          sources.reduce((s, r) => s + (r.tables.reviewLitigation![group]![i] ?? 0), 0),
        );
        expect(rollup.total.reviewLitigation[group]).toEqual(expected);
      }
      expect(rollup.total.reviewLitigation.review).toEqual([7, 0, 0, 0, 7]);

      // Re-importing the same agency and year replaces the earlier import.
      const again = await importReports(ctx, supervisor, {
        year: YEAR,
        files: [await file('交通2.md', reportD, 'md')],
      });
      expect(again.accepted).toEqual([expect.objectContaining({ replaced: true })]);
      const after = await reportRoster(ctx, supervisor, { year: YEAR });
      expect(after.rows.filter((r) => r.name === '未上线区交通运输局')).toHaveLength(1);
    });

    it('refuses another office and a non-supervisor', async () => {
      const db = getDb();
      const ctx = testContext(db);
      const office = await makeAgency(db);
      const other = await makeAgency(db);
      await expect(
        reportRoster(ctx, staffAs('supervisor', office.id), { year: YEAR, agencyId: other.id }),
      ).rejects.toMatchObject({
        code: 'auth.otherAgency',
      });
      await expect(reportRoster(ctx, staffAs('leader', office.id), { year: YEAR })).rejects.toMatchObject({
        code: 'auth.forbidden',
      });
      await expect(
        importReports(ctx, staffAs('leader', office.id), { year: YEAR, files: [] }),
      ).rejects.toMatchObject({
        code: 'auth.forbidden',
      });
    });
  });
});
