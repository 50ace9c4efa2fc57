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
    expect(inferCanMakeRegulations(null, '全市各县区')).toBeNull();
    expect(inferLevel(null)).toBeNull();
    expect(inferCanMakeRegulations(null)).toBeNull();
  });
});

describe('rule-making power of a city government (《立法法》第九十三条; 2015: 第八十二条)', () => {
  it.each<[string, string, boolean | null, string]>([
    [
      '淮安市人民政府',
      '出具各县区、各部门政务公开检查情况通报',
      true,
      'a 设区的市: its report speaks of its 县区',
    ],
    ['江苏省淮安市人民政府', '全市11个县（市、区）', true, 'with the province in front'],
    ['临沂市人民政府', '', null, 'a city report that never names its districts'],
    ['昆山市人民政府', '全市各镇（街道）', null, 'a county-level city has towns and streets, no 县区'],
    ['南京市人民政府', '', true, 'a provincial capital is a 设区的市'],
    ['深圳市人民政府', '', true, 'a city where a 经济特区 lies'],
    ['东莞市人民政府', '', true, 'no districts, but given the power (第八十一条第六款)'],
    ['淮安市洪泽区人民政府', '全区各镇（街道）', false, 'a 市辖区 government cannot'],
    ['洪泽区人民政府', '全市各县区', false, 'a district, whatever the text says'],
    ['沭阳县人民政府', '', false, 'a county'],
    ['淮安市教育局', '各县区教育局', false, "a city's department"],
  ])('%s → %s (%s)', (name, text, canMake) => {
    expect(inferCanMakeRegulations(name, text)).toBe(canMake);
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
