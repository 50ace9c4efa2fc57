import { describe, expect, it } from 'vitest';
import { buildTypoMatcher, findTypoHits, shippedTypoMatcher } from './typos.ts';
import { foldText } from './normalize.ts';

const typosIn = (text: string) =>
  findTypoHits(foldText(text), shippedTypoMatcher()).map((h) => text.slice(h.offset, h.offset + h.length));

describe('shipped typo list', () => {
  it.each([
    ['把人民群众最关系、最想了解的事项公开出来', '最关系', 'the seed report: adjective use'],
    ['群众最关系的问题', '最关系', 'followed by 的'],
    ['请及时按装消防设施', '按装', '安装 mistyped'],
    ['既使困难再多，我们也要完成', '既使', '即使 mistyped: no 又 in the sentence'],
    ['截止2023年12月31日，共受理申请29件', '截止', '截至 before a date'],
    ['截止目前已办结', '截止', '截至 before 目前'],
    ['全面落实党中央决策布署', '布署', 'always wrong'],
    ['按照工作部属要求', '部属', '部署 after 工作'],
    ['加强通迅保障', '通迅', 'always wrong'],
    ['《政府信息公开条列》', '信息公开条列', 'the statute itself'],
    ['认真办理群众反应的问题', '反应', '反映 before 的问题'],
    ['统筹按排专项资金', '按排', '安排 mistyped'],
  ])('flags %s', (text, wrong) => expect(typosIn(text)).toEqual([wrong]));

  it.each([
    ['这是最关系到群众切身利益的问题', '关系到 is a verb'],
    ['把群众最关心、最需要了解的事项公开', 'the right form'],
    ['按装修标准执行', '按 + 装修'],
    ['按装备清单逐项核对', '按 + 装备'],
    ['既使企业减负，又使群众受益', '既…又…'],
    ['这既使得流程更短，也更透明', '既使得'],
    ['申请截止日期为12月31日', '截止日期 is correct'],
    ['报名于6月30日截止', '截止 as the verb'],
    ['截止到2023年底', '截止到 is accepted'],
    ['领导关心部属的成长', '部属 meaning subordinates'],
    ['各部门反应迅速', '反应 as a reaction'],
    ['按排名先后确定', '按 + 排名'],
    ['按排放量核定', '按 + 排放量'],
    ['报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止', 'no typo'],
  ])('stays quiet on %s (%s)', (text) => expect(typosIn(text)).toEqual([]));

  it('takes the agency’s own entries beside the shipped ones', () => {
    const typos = buildTypoMatcher([{ wrong: '国动办公室', right: '国动办' }]);
    const hits = findTypoHits(foldText('临沂市国动办公室；最关系'), typos);
    expect(hits.map((h) => h.expected)).toEqual(['国动办', '最关心']);
  });
});
