import { describe, expect, it } from 'vitest';
import { highlight, snippet } from './highlight.ts';

describe('highlighting', () => {
  it('marks every word, longest first, case-insensitively', () => {
    expect(highlight('人防工程与人防宣传，GIS数据', ['人防', '人防工程', 'gis'])).toBe(
      '<mark>人防工程</mark>与<mark>人防</mark>宣传，<mark>GIS</mark>数据',
    );
  });

  it('escapes the text around and inside the marks', () => {
    expect(highlight('<b>警报</b>', ['警报'])).toBe('&lt;b&gt;<mark>警报</mark>&lt;/b&gt;');
    expect(highlight('a.b', ['.'])).toBe('a<mark>.</mark>b');
  });

  it('cuts a passage around the first occurrence', () => {
    const text = '甲'.repeat(200) + '防空警报' + '乙'.repeat(200);
    const passage = snippet(text, ['警报'], 60);
    expect(passage.startsWith('…')).toBe(true);
    expect(passage.endsWith('…')).toBe(true);
    expect(passage).toContain('<mark>警报</mark>');
    expect(snippet('短文', ['无'], 60)).toBe('短文');
  });
});
