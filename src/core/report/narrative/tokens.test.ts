import { describe, expect, it } from 'vitest';
import { numberTokens } from './tokens.ts';

describe('numbers found from their units', () => {
  it.each<[string, string, { written: string; unit: string; tenThousand: boolean }[]]>([
    ['Arabic with its unit', '收到申请29件', [{ written: '29', unit: '件', tenThousand: false }]],
    ['a space before the unit', '收到申请 29 件', [{ written: '29', unit: '件', tenThousand: false }]],
    [
      '万 between number and unit',
      '受理1.2万件，收费1.5万元',
      [
        { written: '1.2', unit: '件', tenThousand: true },
        { written: '1.5', unit: '元', tenThousand: true },
      ],
    ],
    ['Chinese numerals keep their own 万', '三万元', [{ written: '三万', unit: '元', tenThousand: false }]],
    ['thousands separators', '共1,234件', [{ written: '1,234', unit: '件', tenThousand: false }]],
    ['a comma that separates, not groups', '2023,29件', [{ written: '29', unit: '件', tenThousand: false }]],
    [
      'percent sign and 百分之',
      '占30.61%，即百分之三十点六一',
      [
        { written: '30.61', unit: '%', tenThousand: false },
        { written: '三十点六一', unit: '%', tenThousand: false },
      ],
    ],
    ['a unit without a number', '每件申请、各项工作', []],
    ['a run of digits too long to be a count', `${'1'.repeat(40)}件`, []],
  ])('%s', (_reason, sentence, expected) => {
    expect(numberTokens(sentence)).toMatchObject(expected);
  });
});
