// Staff's prose of the annual report: saved per section by the disclosure office, audited, carried by the next
// build (and its N-1 check), refused to others and to bad input with a Chinese message.
import { expect, it } from 'vitest';
import { staffAs } from '../../../test/actors.ts';
import { testContext } from '../../../test/context.ts';
import { forEachEngine } from '../../../test/db.ts';
import { makeAgency } from '../../../test/db/factories.ts';
import { buildReport } from './build.ts';
import { readNarrative, saveNarrative } from './narrative.ts';

forEachEngine((_engine, getDb) => {
  it('saves the sections given, keeps the others, and the next build carries them', async () => {
    const ctx = testContext(getDb());
    const agency = await makeAgency(getDb());
    const clerk = staffAs('clerk', agency.id);
    const where = { agencyId: agency.id, year: 2025 };
    await saveNarrative(ctx, clerk, { ...where, sections: { problems: '一是人手紧。', other: '无。' } });
    const saved = await saveNarrative(ctx, clerk, { ...where, sections: { problems: '一是人手仍紧。' } });
    expect(Object.fromEntries(saved.sections.map((s) => [s.section, s.text]))).toEqual({
      problems: '一是人手仍紧。',
      other: '无。',
    });
    const { report } = await buildReport(ctx, staffAs('leader', agency.id), where);
    expect(report.sections.find((s) => s.key === 'problems')?.text).toBe('一是人手仍紧。');
    expect(report.sections.find((s) => s.key === 'other')?.text).toBe('无。');
    const audit = await getDb()
      .selectFrom('audit_log')
      .select('action')
      .where('agency_id', '=', agency.id)
      .where('action', '=', 'annualReport.narrativeSaved')
      .execute();
    expect(audit).toHaveLength(2);
  });

  it('a typed figure that contradicts the tables is an N-1 finding of the build', async () => {
    const ctx = testContext(getDb());
    const agency = await makeAgency(getDb());
    const where = { agencyId: agency.id, year: 2025 };
    const text = '本年度共收到政府信息公开申请12件，办结12件。';
    await saveNarrative(ctx, staffAs('officeHead', agency.id), { ...where, sections: { overview: text } });
    const { findings } = await buildReport(ctx, staffAs('clerk', agency.id), where);
    expect(findings.filter((f) => f.rule === 'N-1').length).toBeGreaterThan(0);
  });

  it('refuses other roles, other agencies and bad input, leaving nothing saved', async () => {
    const ctx = testContext(getDb());
    const agency = await makeAgency(getDb());
    const other = await makeAgency(getDb());
    const where = { agencyId: agency.id, year: 2025 };
    await expect(
      saveNarrative(ctx, staffAs('leader', agency.id), { ...where, sections: { other: 'x' } }),
    ).rejects.toMatchObject({ code: 'auth.forbidden' });
    await expect(
      saveNarrative(ctx, staffAs('clerk', other.id), { ...where, sections: { other: 'x' } }),
    ).rejects.toMatchObject({ code: 'auth.otherAgency' });
    const tooLong = saveNarrative(ctx, staffAs('clerk', agency.id), {
      ...where,
      sections: { other: 'x', problems: '长'.repeat(20_001) },
    });
    await expect(tooLong).rejects.toMatchObject({ code: 'platform.invalidInput' });
    await expect(tooLong).rejects.toThrow(/不能超过 20000 字/);
    expect((await readNarrative(ctx, staffAs('clerk', agency.id), where)).sections).toEqual([]);
  });

  it('fills placeholders at every build and refuses a name it cannot fill, saving nothing', async () => {
    const ctx = testContext(getDb());
    const agency = await makeAgency(getDb());
    const clerk = staffAs('clerk', agency.id);
    const where = { agencyId: agency.id, year: 2025 };
    const overviewOf = async () =>
      (await buildReport(ctx, clerk, where)).report.sections.find((s) => s.key === 'overview')!.text;
    const drafted = await overviewOf();
    expect(drafted).toContain('新收到政府信息公开申请0件');
    expect(drafted).not.toMatch(/[{}]/);
    await saveNarrative(ctx, clerk, {
      ...where,
      sections: { overview: '收到{收到申请}件，复议{行政复议}件。' },
    });
    expect(await overviewOf()).toBe('收到0件，复议0件。');
    const unknown = saveNarrative(ctx, clerk, {
      ...where,
      sections: { other: '无。', problems: '共{收到申请数}件，{收到申请数}件' },
    });
    await expect(unknown).rejects.toMatchObject({ code: 'reports.unknownPlaceholder' });
    await expect(unknown).rejects.toThrow('“五、存在的主要问题及改进情况”中有无法识别的占位符：{收到申请数}');
    const saved = await readNarrative(ctx, clerk, where);
    expect(saved.sections.map((s) => s.section)).toEqual(['overview']);
  });
});
