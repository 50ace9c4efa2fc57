// The template language of section 一: every placeholder filled from the tables of the build, the default draft
// consistent with the seed's tables (no N-1 finding), unknown names reported, figures following the data.
import { describe, expect, it } from 'vitest';
import { countReleases } from '../../publications/channel-counts.ts';
import { consistentReport, withApplicationCells } from '../check/fixture.ts';
import { checkReport } from '../check/index.ts';
import type { AnnualReport } from '../model.ts';
import { DEFAULT_OVERVIEW_TEMPLATE } from './default-overview.ts';
import { PLACEHOLDERS, type DraftingSources } from './placeholders.ts';
import { fillTemplate, unknownPlaceholders } from './template.ts';

function sourcesOf(report: AnnualReport): DraftingSources {
  const releases = countReleases([], 2023);
  releases.byChannel.website = 57;
  releases.byChannel.wechat = 244;
  releases.byCategory.lawsAndRegulations = 19;
  return {
    applications: report.tables.applications!,
    reviewLitigation: report.tables.reviewLitigation!,
    releases,
    workPlan: [],
    proposals: [],
    engagement: { consultations: 2, comments: 15, questions: 8, answered: 8 },
  };
}

const withOverview = (report: AnnualReport, text: string): AnnualReport => ({
  ...report,
  sections: report.sections.map((s) => (s.key === 'overview' ? { ...s, text } : s)),
});

describe('drafting templates', () => {
  const seed = consistentReport();

  it('fills the default draft with the tables: every placeholder known, no brace left, no N-1 finding', () => {
    expect(unknownPlaceholders(DEFAULT_OVERVIEW_TEMPLATE)).toEqual([]);
    const text = fillTemplate(DEFAULT_OVERVIEW_TEMPLATE, sourcesOf(seed));
    expect(text).not.toMatch(/[{}]/);
    expect(text).toContain('新收到政府信息公开申请29件，从上年结转0件，全年办结29件');
    expect(text).toContain('结转下年度继续办理0件');
    expect(text).toContain('部门网站发布信息57条，其中法律法规19条');
    expect(text).toContain('通过微信公众号发布244条');
    const findings = checkReport(withOverview(seed, text));
    expect(findings.filter((f) => f.rule === 'N-1')).toEqual([]);
  });

  it('follows the data: a changed table changes the drafted figure', () => {
    const more = withApplicationCells(seed, ['received', 'total', 31]);
    expect(fillTemplate('共收到{收到申请}件', sourcesOf(more))).toBe('共收到31件');
  });

  it('every placeholder has a distinct name and reads a number from the seed tables (六 its drafted text)', () => {
    const names = PLACEHOLDERS.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(
      expect.arrayContaining(['予以公开', '部分公开', '不予公开', '行政复议', '行政诉讼']),
    );
    const TEXTS = ['工作要点落实情况', '建议提案办理情况'];
    for (const p of PLACEHOLDERS)
      expect(typeof p.value(sourcesOf(seed))).toBe(TEXTS.includes(p.name) ? 'string' : 'number');
  });

  it('reports names it cannot fill, once each, and leaves them as written', () => {
    const template = '收到{收到申请}件，{收到申请数}件，{收到申请数}，{ 空格 }';
    expect(unknownPlaceholders(template)).toEqual(['收到申请数']);
    expect(fillTemplate(template, sourcesOf(seed))).toBe('收到29件，{收到申请数}件，{收到申请数}，{ 空格 }');
  });

  it('a literally typed figure that contradicts the tables is still an N-1 finding', () => {
    const text = fillTemplate('本年度共收到政府信息公开申请30件，上年结转{上年结转}件。', sourcesOf(seed));
    expect(checkReport(withOverview(seed, text)).filter((f) => f.rule === 'N-1').length).toBeGreaterThan(0);
  });
});
