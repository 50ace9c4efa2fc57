// Mutations of a real report's text whose true figures are known (issue 15, "never wrong"): what a crawler, a
// converter or a PDF extractor does to a table. Each mutation says what the report's figures now are: unchanged
// for a lost separator, glued cells, a lost row label, a page mark or a repeated heading; the changed cells for
// two digits swapped. The reader must then read exactly those figures or refuse the table.
export { seededRandom as seeded } from './fixtures/screening/generate.ts';
import type { Cell, ReportTables } from '../src/core/report/model.ts';
import { APPLICATION_ROWS } from '../src/core/taxonomy/applications-table.ts';
import { REVIEW_GROUPS } from '../src/core/taxonomy/review-table.ts';

export type MutationKind =
  'dropSeparator' | 'glueRow' | 'swapDigits' | 'deleteLabel' | 'insertPageMark' | 'repeatHeading';
export const MUTATION_KINDS: readonly MutationKind[] = [
  'dropSeparator',
  'glueRow',
  'swapDigits',
  'deleteLabel',
  'insertPageMark',
  'repeatHeading',
];

export interface Mutation {
  kind: MutationKind;
  text: string;
  tables: ReportTables;
}

const pick = <T>(random: () => number, list: readonly T[]): T | undefined =>
  list.length === 0 ? undefined : list[Math.floor(random() * list.length)];

/** Where a row's figures stand in the text: one match of its cells with only separators (or nothing) between. */
interface Located {
  /** Text positions of the row's digits, in order. */
  digits: number[];
  cells: string[];
  /** Printed with nothing between its cells (crawler text). */
  glued: boolean;
  /** Table 四's one row: its only sums are the three group totals. */
  review: boolean;
  apply: (tables: ReportTables, cells: Cell[]) => void;
}

const SEPARATORS = '[\\s|]*';

type Row = Pick<Located, 'apply' | 'review'> & { cells: Cell[] };

function rowsOf(tables: ReportTables): Row[] {
  const rows: Row[] = [];
  const applications = tables.applications;
  if (applications) {
    for (const [key, cells] of Object.entries(applications)) {
      rows.push({
        cells,
        review: false,
        apply: (t, c) => ((t.applications as Record<string, Cell[]>)[key] = c),
      });
    }
  }
  const review = tables.reviewLitigation;
  if (review) {
    rows.push({
      cells: REVIEW_GROUPS.flatMap((g) => review[g]),
      review: true,
      apply: (t, c) => {
        REVIEW_GROUPS.forEach((g, i) => (t.reviewLitigation![g] = c.slice(i * 5, i * 5 + 5)));
      },
    });
  }
  return rows;
}

/** Rows whose figures occur exactly once in the text (identical rows of zeros cannot be told apart). */
export function locateRows(text: string, tables: ReportTables): Located[] {
  const located: Located[] = [];
  for (const row of rowsOf(tables)) {
    if (row.cells.some((c) => c === null || !Number.isInteger(c))) continue;
    const cells = row.cells.map(String);
    const pattern = new RegExp(`(?<![0-9.])${cells.join(SEPARATORS)}(?![0-9])`, 'g');
    const matches = [...text.matchAll(pattern)];
    if (matches.length !== 1) continue;
    const match = matches[0]!;
    const digits: number[] = [];
    for (let i = 0; i < match[0].length; i++) if (/[0-9]/.test(match[0][i]!)) digits.push(match.index + i);
    const glued = digits.at(-1)! - digits[0]! + 1 === digits.length;
    located.push({ digits, cells, glued, review: row.review, apply: row.apply });
  }
  return located;
}

const clone = (tables: ReportTables): ReportTables => structuredClone(tables);
const splice = (text: string, at: number, remove: number, insert = '') =>
  text.slice(0, at) + insert + text.slice(at + remove);

/** Raw forms a row label is printed in: as the format has it, with full-width brackets, with "、" for ".". */
const LABELS = [
  ...new Set(
    APPLICATION_ROWS.flatMap((r) => [
      r.label,
      r.label.replace(/\(/g, '（').replace(/\)/g, '）'),
      r.label.replace(/^(\d)\./, '$1、'),
    ]),
  ),
].sort((a, b) => b.length - a.length);

const PAGE_MARKS = ['-3-', '— 5 —', '- 12 -', '第 4 页', '第7页 共9页'];
const HEADINGS = [
  '表三：收到和处理政府信息公开申请情况',
  '## 表三：收到和处理政府信息公开申请情况',
  '（续表）',
];

function lineBreaks(text: string): number[] {
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') at.push(i);
  return at;
}

/** One mutation of `kind`, or undefined when the text offers no place for it. */
export function mutate(
  kind: MutationKind,
  text: string,
  tables: ReportTables,
  random: () => number,
): Mutation | undefined {
  switch (kind) {
    case 'dropSeparator': {
      const places = [...text.matchAll(/(?<=[0-9])[ \t\u3000|]*\n?[ \t\u3000|]*(?=[0-9])/g)].filter(
        (m) => m[0] !== '',
      );
      const place = pick(random, places);
      return place && { kind, text: splice(text, place.index, place[0].length), tables };
    }
    case 'glueRow': {
      const row = pick(random, locateRows(text, tables));
      if (!row) return undefined;
      const from = row.digits[0]!;
      const to = row.digits.at(-1)! + 1;
      const glued = text.slice(from, to).replace(/[^0-9]/g, '');
      return { kind, text: splice(text, from, to - from, glued), tables };
    }
    case 'swapDigits': {
      // A typo inside table 四's glued digits can make them exactly the glued digits of another table 四 whose
      // sums hold ("1200012" → "1200021" is also 1,20,0,0,21): no reader can tell the two apart, so those are
      // left out. Glued table 三 rows keep their column sums and the balance as a cross-check.
      const row = pick(
        random,
        locateRows(text, tables).filter((r) => !(r.glued && r.review)),
      );
      if (!row) return undefined;
      const at = Math.floor(random() * (row.digits.length - 1));
      const [a, b] = [row.digits[at]!, row.digits[at + 1]!];
      if (text[a] === text[b]) return undefined;
      // The cells keep their lengths; the two digits change places (within a cell or across two).
      const digits = row.cells.join('').split('');
      [digits[at], digits[at + 1]] = [digits[at + 1]!, digits[at]!];
      const cells: string[] = [];
      let from = 0;
      for (const cell of row.cells) {
        cells.push(digits.slice(from, from + cell.length).join(''));
        from += cell.length;
      }
      if (cells.some((c) => c.length > 1 && c.startsWith('0'))) return undefined; // no report prints "03"
      const changed = clone(tables);
      row.apply(changed, cells.map(Number));
      let swapped = splice(text, a, 1, text[b]);
      swapped = splice(swapped, b, 1, text[a]);
      return { kind, text: swapped, tables: changed };
    }
    case 'deleteLabel': {
      const found = LABELS.flatMap((label) => {
        const at = text.indexOf(label);
        return at < 0 ? [] : [{ at, label }];
      });
      const one = pick(random, found);
      return one && { kind, text: splice(text, one.at, one.label.length), tables };
    }
    case 'insertPageMark': {
      const at = pick(random, lineBreaks(text));
      return at === undefined
        ? undefined
        : { kind, text: splice(text, at, 0, `\n${pick(random, PAGE_MARKS)}`), tables };
    }
    case 'repeatHeading': {
      const at = pick(random, lineBreaks(text));
      return at === undefined
        ? undefined
        : { kind, text: splice(text, at, 0, `\n${pick(random, HEADINGS)}`), tables };
    }
  }
}
