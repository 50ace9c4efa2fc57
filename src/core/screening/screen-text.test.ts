import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasShared, sharedFile, SEED_REPORT } from '../../../test/shared.ts';
import { buildLexicon, screeningSettingsSchema, screenText } from './index.ts';

describe('screenText', () => {
  it.skipIf(!hasShared())(
    'flags 最关系 in the seed report and nothing blocking (its office phone passes)',
    () => {
      const text = readFileSync(sharedFile(SEED_REPORT), 'utf8');
      const findings = screenText(text);
      expect(findings.map((f) => [f.rule, f.severity, f.actual, f.expected])).toEqual([
        ['screening.typo', 'warning', '最关系', '最关心'],
      ]);
      const [typo] = findings;
      expect(text.slice(typo!.location.offset, typo!.location.offset! + 3)).toBe('最关系');
      expect(text.split('\n')[typo!.location.line! - 1]).toContain('人民群众最关系、最想了解');
    },
  );

  it('sorts findings by position and gives each its line', () => {
    const text = '第一行手机13800138000\n秘密★1年\n最关系的事，敏感词甲';
    const findings = screenText(text, { lexicon: buildLexicon(['敏感词甲']) });
    expect(findings.map((f) => [f.location.line, f.rule, f.severity])).toEqual([
      [1, 'screening.personal.mobile', 'error'],
      [2, 'screening.mark.classified', 'error'],
      [3, 'screening.typo', 'warning'],
      [3, 'screening.lexicon', 'error'],
    ]);
  });

  it('applies the agency’s severities and switches rules off', () => {
    const settings = screeningSettingsSchema.parse({
      severity: { 'screening.typo': 'error', 'screening.personal.mobile': 'off' },
      institutionalEmailDomains: ['example.org'],
    });
    const findings = screenText('最关系 13800138000 a@example.org b@gov.cn', { settings });
    expect(findings.map((f) => [f.rule, f.severity, f.actual])).toEqual([
      ['screening.typo', 'error', '最关系'],
      ['screening.personal.email', 'warning', 'b@gov.cn'],
    ]);
  });

  it('refuses settings naming an unknown rule or severity', () => {
    expect(screeningSettingsSchema.safeParse({ severity: { 'screening.nothing': 'error' } }).success).toBe(
      false,
    );
    expect(screeningSettingsSchema.safeParse({ severity: { 'screening.typo': 'fatal' } }).success).toBe(
      false,
    );
  });

  it('on any text: spans inside the text, actual equal to the span, sorted by position', () => {
    const lexicon = buildLexicon(['秘密', 'ab', '最关']);
    const unit = fc.constantFrom(...'0123456789１３８ ,，.-★°′″秘密内部最关系截止ab@x\n经度东'.split(''));
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 80 }), (text) => {
        const findings = screenText(text, { lexicon });
        let last = -1;
        for (const f of findings) {
          const { offset, length } = f.location;
          expect(offset! >= last && offset! + length! <= text.length).toBe(true);
          expect(f.actual).toBe(text.slice(offset, offset! + length!));
          last = offset!;
        }
      }),
      { numRuns: 500 },
    );
  });
});
