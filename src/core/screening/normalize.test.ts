import { describe, expect, it } from 'vitest';
import { foldText } from './normalize.ts';

describe('foldText', () => {
  it('folds full width to half width, the ideographic space to a space, and Latin capitals to small', () => {
    expect(foldText('ＡＢＣ１２３，（内部）：Ｘ　ok VPN')).toBe('abc123,(内部):x ok vpn');
  });

  it('keeps every offset: same length, Chinese and punctuation outside the full-width block untouched', () => {
    const text = '把群众最关心的事项公开。、“”【】★😀';
    expect(foldText(text)).toBe(text);
    expect(foldText('Ｘ😀Ｙ').length).toBe('Ｘ😀Ｙ'.length);
  });
});
