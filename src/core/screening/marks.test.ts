import { describe, expect, it } from 'vitest';
import { findMarkHits } from './marks.ts';
import { spansOf } from '../../../test/fixtures/screening/spans.ts';

const marksIn = (text: string) => spansOf(text, findMarkHits);

describe('classification and handling marks', () => {
  it.each([
    ['秘密★1年\n关于某事项的通知', 'classified', '秘密★1年'],
    ['机密★\n标题', 'classified', '机密★'],
    ['绝密★启用前', 'classified', '绝密★启用前'],
    ['机密 ★ 十年', 'classified', '机密 ★ 十年'],
    ['密级：机密', 'classified', '密级：机密'],
    ['保密期限：5年', 'classified', '保密期限：5年'],
    ['  秘密  \n关于……的报告', 'classified', '秘密'],
    ['【机密】关于……', 'classified', '【机密】'],
    ['（秘密）', 'classified', '（秘密）'],
    ['内部资料  注意保存\n正文', 'restricted', '内部资料  注意保存'],
    ['内部\n正文', 'restricted', '内部'],
    ['【内部】会议纪要', 'restricted', '【内部】'],
    ['（不宜公开）', 'restricted', '（不宜公开）'],
    ['内部资料，请勿外传', 'restricted', '内部资料，请勿外传'],
  ])('flags %j as %s', (text, rule, mark) => expect(marksIn(text)).toEqual([[rule, mark]]));

  it.each([
    ['按照《保守国家秘密法》和《政府信息公开条例》有关规定', 'the seed: the law named in narrative'],
    ['属于国家秘密 | 5 | 2', 'the seed: a table row'],
    [
      '对涉及不宜公开的地理信息数据、机要数据、错别字、敏感词汇进行排查整改',
      'the seed: 不宜公开 in narrative',
    ],
    ['在严格遵守国家保密管理规定的基础上', 'the seed: 保密 in narrative'],
    ['5.属于三类内部事务信息', 'the seed: 内部事务 in a row label'],
    ['加强保密工作，确定保密期限', 'secrecy work in narrative'],
    ['商业秘密和个人隐私不予公开', '商业秘密 in narrative'],
    ['内部管理制度不断完善', '内部 inside a sentence'],
  ])('stays quiet on %j (%s)', (text) => expect(marksIn(text)).toEqual([]));
});
