import { describe, expect, it } from 'vitest';
import { inferCanMakeRegulations, inferLevel } from './agency.ts';
import type { GovernmentLevel } from './context.ts';
import { annualReportDeadline } from './publication.ts';

describe('what the agency name tells', () => {
  it.each<[string, GovernmentLevel, boolean | null, string]>([
    ['临沂市国防动员办公室', 'department', false, 'a municipal department (the seed)'],
    ['临沂市人民政府办公室', 'department', false, "a government's general office is a department"],
    ['山东省人民政府', 'government', true, 'a province'],
    ['广西壮族自治区人民政府', 'government', true, 'an autonomous region'],
    ['上海市人民政府', 'government', true, 'a 直辖市'],
    ['延边朝鲜族自治州人民政府', 'government', true, 'an autonomous prefecture'],
    ['临沂市人民政府', 'government', null, '设区的市 or county-level city: the name cannot tell'],
    ['兰山区人民政府', 'government', false, 'a district'],
    ['沂水县人民政府', 'government', false, 'a county'],
    ['中华人民共和国教育部', 'department', true, 'a State Council ministry'],
    ['中华人民共和国审计署', 'department', true, '审计署'],
    ['国家市场监督管理总局', 'department', null, '市场 is no 市: a central body the name cannot settle'],
    ['国家税务总局', 'department', null, 'a 国家…局'],
  ])('%s → %s, %s (%s)', (name, level, canMake) => {
    expect(inferLevel(name)).toBe(level);
    expect(inferCanMakeRegulations(name)).toBe(canMake);
  });

  it('no name, no guess', () => {
    expect(inferLevel(null)).toBeNull();
    expect(inferCanMakeRegulations(null)).toBeNull();
  });
});

describe('publication deadline (《条例》第四十九条)', () => {
  it.each<[number, GovernmentLevel, string, string]>([
    [2023, 'department', '2024-01-31', 'departments: 1月31日'],
    [2023, 'government', '2024-03-31', 'governments: 3月31日'],
    [2018, 'department', '2019-03-31', 'the 2008 《条例》 set 3月31日 for everyone'],
  ])('%s %s → %s (%s)', (year, level, deadline) => {
    expect(annualReportDeadline(year, level)).toBe(deadline);
  });
});
