import { describe, expect, it } from 'vitest';
import { findGeodataHits } from './geodata.ts';
import { spansOf } from '../../../test/fixtures/screening/spans.ts';

const geoIn = (text: string) => spansOf(text, findGeodataHits);

describe('geodata', () => {
  it.each([
    ['位于118°21′36″', 'dms', '118°21′36″'],
    ['位于118°21\'36"E', 'dms', '118°21\'36"E'],
    ['东经118度21分36秒', 'dms', '东经118度21分36秒'],
    ['北纬35°', 'dms', '北纬35°'],
    ['坐标（118.35, 35.05）', 'decimal', '118.35, 35.05'],
    ['35.0512，118.3521', 'decimal', '35.0512，118.3521'],
    ['经度：118.3512', 'decimal', '经度：118.3512'],
    ['纬度35.05°', 'decimal', '纬度35.05°'],
    ['lat=35.0512', 'decimal', 'lat=35.0512'],
  ])('flags %j as %s', (text, rule, value) => expect(geoIn(text)).toEqual([[rule, value]]));

  it.each([
    ['室外气温25°C', 'a temperature'],
    ['2023年度预算118.35万元，执行35.05万元', 'money'],
    ['分别为118.35、35.05', 'an enumeration'],
    ['《审查标准(2.0版)》', 'a version'],
    ['增长12.35，35.05%', 'a percentage'],
    ['经纬度数据不得公开', 'the word without numbers'],
    ['坐标1.25, 2.50', 'outside China'],
    ['8时30分', 'a time'],
  ])('stays quiet on %j (%s)', (text) => expect(geoIn(text)).toEqual([]));
});
