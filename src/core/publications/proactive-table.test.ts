import { describe, expect, it } from 'vitest';
import {
  buildProactiveTable,
  externalFigureSchema,
  normativeCounts,
  type ExternalFigure,
} from './proactive-table.ts';
import { facts } from './test-facts.ts';
import type { Validity } from './item.ts';

const inForce: Validity = {
  status: 'inForce',
  effectiveOn: null,
  amendedOn: null,
  repealedOn: null,
  successorId: null,
};
const normative = (
  writtenOn: string,
  validity: Validity = inForce,
  status: 'published' | 'draft' = 'published',
) =>
  facts({
    genre: 'normativeDocument',
    category: 'policyDocument',
    writtenOn,
    validity,
    status,
    publishedOn: status === 'published' ? writtenOn : null,
  });

describe('table 二, 第二十条第(一)项', () => {
  it.each<[string, ReturnType<typeof facts>[], [number, number, number]]>([
    ['an item written in the year is issued and in force', [normative('2023-04-01')], [1, 0, 1]],
    ['an older item still in force counts only as in force', [normative('2021-04-01')], [0, 0, 1]],
    [
      'an item repealed in the year counts as repealed, not in force',
      [normative('2020-01-01', { ...inForce, status: 'repealed', repealedOn: '2023-06-30' })],
      [0, 1, 0],
    ],
    [
      'an item repealed next year is still in force at the year end',
      [normative('2020-01-01', { ...inForce, status: 'repealed', repealedOn: '2024-01-15' })],
      [0, 0, 1],
    ],
    [
      'an amended item stays in force as amended',
      [normative('2022-01-01', { ...inForce, status: 'amended', amendedOn: '2023-02-01' })],
      [0, 0, 1],
    ],
    [
      'an item issued and repealed in the same year',
      [normative('2023-02-01', { ...inForce, status: 'repealed', repealedOn: '2023-11-01' })],
      [1, 1, 0],
    ],
    ['an item written next year is not counted', [normative('2024-01-03')], [0, 0, 0]],
    ['an unpublished draft is not counted', [normative('2023-04-01', inForce, 'draft')], [0, 0, 0]],
    [
      'a 政策文件 that is not a 行政规范性文件 is not counted',
      [facts({ category: 'policyDocument', genre: 'otherDocument', writtenOn: '2023-03-01' })],
      [0, 0, 0],
    ],
  ])('%s', (_why, items, expected) => {
    expect(normativeCounts(items, 'normativeDocument', 2023)).toEqual(expected);
  });

  it('keeps 规章 and 行政规范性文件 apart', () => {
    const items = [
      normative('2023-01-05'),
      facts({ genre: 'regulation', writtenOn: '2023-02-01', validity: inForce }),
    ];
    const table = buildProactiveTable(items, [], 2023);
    expect(table.regulation).toEqual([1, 0, 1]);
    expect(table.normativeDocument).toEqual([1, 0, 1]);
  });
});

describe('table 二, figures from other systems', () => {
  const figures: ExternalFigure[] = [
    { row: 'penalty', year: 2023, value: 1, source: '行政执法信息平台' },
    { row: 'administrativeFees', year: 2023, value: 0, source: '财务科' },
    { row: 'licensing', year: 2022, value: 5, source: '政务服务平台' },
  ];

  it('takes the figures of the year and leaves those not entered blank', () => {
    const table = buildProactiveTable([], figures, 2023);
    expect(table.penalty).toEqual([1]);
    expect(table.administrativeFees).toEqual([0]);
    expect(table.licensing).toEqual([null]);
    expect(table.coercion).toEqual([null]);
  });

  it.each([
    ['a negative count', { row: 'penalty', year: 2023, value: -1, source: 'x' }],
    ['a fractional count', { row: 'licensing', year: 2023, value: 1.5, source: 'x' }],
    ['fees finer than one yuan', { row: 'administrativeFees', year: 2023, value: 1.23456, source: 'x' }],
    ['a figure without its source', { row: 'penalty', year: 2023, value: 1, source: ' ' }],
  ])('refuses %s', (_why, input) => {
    expect(externalFigureSchema.safeParse(input).success).toBe(false);
  });

  it('accepts fees in 万元 to four decimals', () => {
    expect(
      externalFigureSchema.parse({ row: 'administrativeFees', year: 2023, value: 1.2345, source: '财务科' })
        .value,
    ).toBe(1.2345);
  });
});
