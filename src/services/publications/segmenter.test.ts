import { describe, expect, it } from 'vitest';
import { segmentForIndex, segmentQuery } from './segmenter.ts';

describe('segmentation', () => {
  it('indexes a title as words, long ones with the words inside them, without punctuation', () => {
    const indexed = segmentForIndex('关于印发《临沂市人民防空工程维护管理办法》的通知').split(' ');
    expect(indexed).toEqual(
      expect.arrayContaining(['临沂市', '临沂', '人民', '防空', '工程', '维护', '管理', '办法', '通知']),
    );
    expect(indexed).not.toContain('《');
  });

  it('segments a document number into its parts', () => {
    expect(segmentForIndex('临人防发〔2023〕3号').split(' ')).toEqual(
      expect.arrayContaining(['人防', '2023', '3', '号']),
    );
  });

  it('gives every query word among the words of a text containing it', () => {
    const text = '市人防办组织开展防空警报试鸣和人民防空知识宣传活动';
    const indexed = new Set(segmentForIndex(text).split(' '));
    for (const query of ['防空警报', '人民防空知识', '宣传活动', '人防办']) {
      for (const word of segmentQuery(query)) expect(indexed, `${query} → ${word}`).toContain(word);
    }
  });

  it('lowercases Latin letters and drops duplicate query words', () => {
    expect(segmentQuery('GIS 数据 gis')).toEqual(['gis', '数据']);
  });
});
