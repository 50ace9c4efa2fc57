import { describe, expect, it } from 'vitest';
import { isDomainError } from '../errors/index.ts';
import { buildLexicon, findLexiconHits } from './lexicon.ts';
import { parseLexicon } from './lexicon-file.ts';
import { foldText } from './normalize.ts';

const hitsIn = (text: string, terms: Parameters<typeof buildLexicon>[0]) =>
  findLexiconHits(foldText(text), buildLexicon(terms)).map((h) => [
    text.slice(h.offset, h.offset + h.length),
    h.message,
  ]);

describe('lexicon', () => {
  it('matches across full/half width and case, naming the term and its category', () => {
    expect(hitsIn('下载ＶＰＮ软件', [{ term: 'vpn', category: '网络安全' }])).toEqual([
      ['ＶＰＮ', '敏感词“vpn”（类别：网络安全）'],
    ]);
  });

  it('keeps a Latin term from matching inside a longer word, but matches Chinese anywhere', () => {
    expect(hitsIn('vpnx 和 myvpn', ['vpn'])).toEqual([]);
    expect(hitsIn('翻墙软件', ['翻墙'])).toEqual([['翻墙', '敏感词“翻墙”（类别：未分类）']]);
  });

  it('drops a hit inside a longer one of the same category, keeps it under another category', () => {
    const terms = [
      { term: '某某功', category: '邪教' },
      { term: '某某', category: '邪教' },
      { term: '某', category: '测试' },
    ];
    expect(hitsIn('某某功', terms).map(([t]) => t)).toEqual(['某某功', '某', '某']);
  });

  it('merges a term listed twice into one entry with both categories', () => {
    const lexicon = buildLexicon([
      { term: '某词', category: '甲' },
      { term: '某词', category: '乙' },
    ]);
    expect(lexicon.entries).toEqual([{ term: '某词', category: '甲、乙' }]);
  });

  it('refuses an empty term with its position', () => {
    try {
      buildLexicon(['a', ' ']);
      expect.unreachable();
    } catch (error) {
      expect(isDomainError(error) && error.code).toBe('screening.lexiconInvalid');
      expect((error as Error).message).toBe('敏感词库第 2 行有误：词条为空');
    }
  });
});

describe('lexicon file', () => {
  it('reads lines with an optional category after a tab, comma or bar, skipping comments and blanks', () => {
    const text = '\uFEFF# 本单位敏感词\n翻墙软件,网络安全\n某某\t政治\n\n某词 | 其他\n单独词\n';
    expect(parseLexicon(text)).toEqual([
      { term: '翻墙软件', category: '网络安全' },
      { term: '某某', category: '政治' },
      { term: '某词', category: '其他' },
      { term: '单独词', category: '未分类' },
    ]);
  });

  it('reads a JSON array', () => {
    expect(parseLexicon('[{"term":"某词","category":"甲"},{"term":"另词"}]')).toEqual([
      { term: '某词', category: '甲' },
      { term: '另词', category: '未分类' },
    ]);
  });

  it.each([
    ['某词\n,类别\n', 'screening.lexiconInvalid', '敏感词库第 2 行有误：词条为空'],
    [`${'长'.repeat(101)}\n`, 'screening.lexiconInvalid', '敏感词库第 1 行有误：词条超过 100 个字符'],
    ['# 只有注释\n', 'screening.lexiconEmpty', '敏感词库中没有任何词条'],
    ['[{"category":"甲"}]', 'screening.lexiconJsonInvalid', null],
    ['[1,', 'screening.lexiconJsonInvalid', null],
  ])('refuses %j', (text, code, message) => {
    try {
      parseLexicon(text);
      expect.unreachable();
    } catch (error) {
      expect(isDomainError(error) && error.code).toBe(code);
      if (message) expect((error as Error).message).toBe(message);
    }
  });
});
