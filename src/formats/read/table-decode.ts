// The table as a puzzle (issue 15): when the plain aligner (align-table.ts) cannot read a table — cells glued
// together by a crawler ("713000074"), a row whose label was lost or cut, labels split over cells — the tokens are
// decoded as a whole. Rows come in the format's order; each group of figures between two runs of words holds one
// or more consecutive rows (a row break inside a group only where a line ends); words before a group must name its
// first row (fully, by the start of its label, or by a piece only some labels contain), be empty, or be table
// wording. Every way the figures can fill the rows is counted:
//   - exactly one reading → the table;
//   - several → only the readings that satisfy all of the table's own sums (table-specs.ts identities) count, and
//     exactly one must remain; otherwise the table is refused and the rows that stay ambiguous are named.
// A report that breaks its own sums is thus read only where its figures admit one reading at all: never forced.
import type { Cell } from '../../core/report/model.ts';
import { rowSplits } from './cell-splits.ts';
import { isDamagedLabel, isRunOfTableWords, withoutPlaceholders } from './table-words.ts';
import type { RowSpec, TableSpec } from './table-specs.ts';
import type { Token } from './tokens.ts';

export type DecodeResult =
  | { status: 'read'; rows: Map<string, Cell[]> }
  | { status: 'refused'; row: string; reason: string; ambiguous: boolean };

interface Group {
  text: string;
  figures: Token[];
}

/** Readings of one row kept at most; a row with more is too loosely glued to decode. */
const MAX_ROW_READINGS = 4096;
const MAX_ASSIGNMENTS = 16;
const MAX_STATES = 200_000;
const MIN_LABEL_PREFIX = 6;
const MIN_FRAGMENT = 4;

class Unreadable {
  constructor(
    readonly row: string,
    readonly reason: string,
    readonly ambiguous = false,
  ) {}
}

function groupsOf(tokens: readonly Token[]): Group[] {
  const groups: Group[] = [];
  let text = '';
  let figures: Token[] = [];
  for (const token of tokens) {
    if (token.kind === 'text') {
      if (figures.length > 0) {
        groups.push({ text, figures });
        text = '';
        figures = [];
      }
      text += token.key;
    } else figures.push(token);
  }
  if (figures.length > 0) groups.push({ text, figures });
  return groups;
}

type Named = 'any' | Set<number>;

/** Rows the words before a group may name. */
function rowsNamed(spec: TableSpec, words: string): Named | undefined {
  const text = withoutPlaceholders(words);
  if (text === '') return 'any';
  let best = 0;
  let full = new Set<number>();
  spec.rows.forEach((row, i) => {
    for (const key of row.keys) {
      if (!text.endsWith(key) || key.length < best) continue;
      if (key.length > best) full = new Set();
      best = key.length;
      full.add(i);
    }
  });
  if (full.size > 0) return full;
  const partial = new Set<number>();
  spec.rows.forEach((row, i) => {
    const key = row.keys[0]!;
    for (let length = Math.min(key.length - 1, text.length); length >= MIN_LABEL_PREFIX; length--) {
      if (text.endsWith(key.slice(0, length))) partial.add(i);
    }
  });
  if (partial.size > 0) return partial;
  const longest = Math.max(...spec.rows.flatMap((row) => row.keys.map((key) => key.length)));
  for (let length = Math.min(text.length, longest); length >= MIN_FRAGMENT; length--) {
    const piece = text.slice(-length);
    const holding = new Set<number>();
    spec.rows.forEach((row, i) => {
      if (row.keys.some((key) => key.includes(piece))) holding.add(i);
    });
    if (holding.size > 0) return holding;
  }
  const damaged = new Set<number>();
  spec.rows.forEach((row, i) => {
    if (row.keys.some((key) => isDamagedLabel(text, key))) damaged.add(i);
  });
  if (damaged.size > 0) return damaged;
  return isRunOfTableWords(text) ? 'any' : undefined;
}

const fits = (named: Named, row: number) => named === 'any' || named.has(row);

/** Where a group's figures may break between rows: after a figure whose successor is on another line. */
function breaks(figures: readonly Token[]): number[] {
  const at: number[] = [];
  for (let i = 1; i < figures.length; i++) if (figures[i]!.line !== figures[i - 1]!.line) at.push(i);
  return at;
}

const feasible = (row: RowSpec, tokens: readonly Token[]) =>
  (rowSplits(tokens, { ...row, limit: 0 })?.length ?? 0) > 0;

/** Feasibility of one row from one slice of one group, asked again and again while rows are placed. */
function feasibility(): (row: RowSpec, group: number, from: number, tokens: readonly Token[]) => boolean {
  const known = new Map<string, boolean>();
  return (row, group, from, tokens) => {
    const key = `${row.key}|${group}|${from}|${tokens.length}`;
    let answer = known.get(key);
    if (answer === undefined) known.set(key, (answer = feasible(row, tokens)));
    return answer;
  };
}

/** Every way to give each row its tokens, groups in order, rows in the format's order. */
function assignments(
  spec: TableSpec,
  groups: readonly Group[],
  named: readonly Named[],
): { found: Token[][][]; stuck: RowSpec | undefined } {
  const found: Token[][][] = [];
  const rows: Token[][] = [];
  const fitsRow = feasibility();
  let deepest = -1;
  let stuck: RowSpec | undefined;
  const place = (g: number, r: number) => {
    if (found.length > MAX_ASSIGNMENTS) return;
    if (g > deepest && g < groups.length) {
      deepest = g;
      stuck = spec.rows[r];
    }
    if (g === groups.length) {
      if (r === spec.rows.length) found.push([...rows]);
      return;
    }
    if (r === spec.rows.length || !fits(named[g]!, r)) return;
    const figures = groups[g]!.figures;
    const cuts = breaks(figures);
    const fill = (from: number, row: number) => {
      if (row >= spec.rows.length) return;
      for (const end of [...cuts.filter((c) => c > from), figures.length]) {
        const slice = figures.slice(from, end);
        if (!fitsRow(spec.rows[row]!, g, from, slice)) continue;
        rows.push(slice);
        if (end === figures.length) place(g + 1, row + 1);
        else fill(end, row + 1);
        rows.pop();
      }
    };
    fill(0, r);
  };
  place(0, 0);
  return { found, stuck };
}

type Path = { choice: number; prev: Path } | null;
interface State {
  acc: number[];
  count: number;
  paths: Path[];
}

/** The readings (choice per row) that satisfy every column sum; at most two are kept. */
function columnReadings(spec: TableSpec, readings: readonly Cell[][][]): number[][] {
  const sums = spec.identities?.columnSums ?? [];
  const width = Math.max(...spec.rows.map((r) => r.width));
  const start: State = { acc: new Array<number>(sums.length * width).fill(0), count: 1, paths: [null] };
  let states = new Map<string, State>([['', start]]);
  spec.rows.forEach((row, r) => {
    const signs = sums.map((s) => (s.plus.includes(row.key) ? 1 : s.minus.includes(row.key) ? -1 : 0));
    const next = new Map<string, State>();
    for (const state of states.values()) {
      readings[r]!.forEach((cells, choice) => {
        const acc = [...state.acc];
        signs.forEach((sign, s) => {
          if (sign !== 0) cells.forEach((cell, c) => (acc[s * width + c]! += sign * (cell ?? 0)));
        });
        const key = acc.join(',');
        const paths = state.paths.map((prev): Path => ({ choice, prev }));
        const had = next.get(key);
        if (had) {
          had.count = Math.min(2, had.count + state.count);
          had.paths = [...had.paths, ...paths].slice(0, 2);
        } else next.set(key, { acc, count: state.count, paths });
      });
    }
    if (next.size > MAX_STATES) throw new Unreadable(row.label, '的数字粘连过多，可能的读法太多', true);
    states = next;
  });
  const done = [...states.values()].find((s) => s.acc.every((v) => v === 0));
  if (!done) return [];
  return done.paths.map((path) => {
    const choices: number[] = [];
    for (let p = path; p; p = p.prev) choices.unshift(p.choice);
    return choices;
  });
}

/** Readings of one assignment: all of them when every row reads one way, else those that satisfy the sums. */
function decodings(spec: TableSpec, rows: readonly Token[][]): { tables: Cell[][][] } {
  const plain = spec.rows.map((row, r) => rowSplits(rows[r]!, { ...row, limit: 1 })!);
  if (plain.every((readings) => readings.length === 1)) return { tables: [plain.map((p) => p[0]!)] };
  const readings = spec.rows.map((row, r) => {
    const list = rowSplits(rows[r]!, {
      ...row,
      sums: spec.identities?.rowSums.filter((s) => s.total < row.width),
      limit: MAX_ROW_READINGS,
    })!;
    if (list.length > MAX_ROW_READINGS) throw new Unreadable(row.label, '的数字粘连，可能的拆分太多', true);
    return list;
  });
  return {
    tables: columnReadings(spec, readings).map((choices) => choices.map((c, r) => readings[r]![c]!)),
  };
}

function ambiguity(spec: TableSpec, a: Cell[][], b: Cell[][]): Unreadable {
  const rows = spec.rows.filter((_, r) => JSON.stringify(a[r]) !== JSON.stringify(b[r])).map((r) => r.label);
  return new Unreadable(
    rows[0]!,
    `的数字粘连在一起，按表内勾稽关系仍有不止一种拆法（${rows.map((l) => `“${l}”`).join('、')}）`,
    true,
  );
}

function decode(spec: TableSpec, tokens: readonly Token[]): Map<string, Cell[]> {
  const groups = groupsOf(tokens);
  const named = groups.map((group, g) => {
    const names = spec.headerAnchors
      ? g === 0 && spec.headerAnchors.every((a) => group.text.includes(a))
        ? new Set([0])
        : undefined
      : rowsNamed(spec, group.text);
    if (!names) throw new Unreadable(group.text.slice(-24) || '表头', '不是本表格式中的行名');
    return names;
  });
  const { found: ways, stuck } = assignments(spec, groups, named);
  if (ways.length === 0) {
    throw new Unreadable(stuck?.label ?? '表头', '的数字无法按格式的行与列排列（个数或写法不符）');
  }
  if (ways.length > MAX_ASSIGNMENTS) throw new Unreadable('表头', '的行无法唯一对应到格式的行', true);
  const found = new Map<string, Cell[][]>();
  for (const rows of ways) {
    const { tables } = decodings(spec, rows);
    for (const table of tables) found.set(JSON.stringify(table), table);
  }
  const tables = [...found.values()];
  if (tables.length > 1) throw ambiguity(spec, tables[0]!, tables[1]!);
  if (tables.length === 0) {
    const loose = spec.rows.filter((row, r) =>
      ways.some((rows) => (rowSplits(rows[r]!, { ...row, limit: 1 })?.length ?? 0) > 1),
    );
    throw new Unreadable(
      loose[0]?.label ?? '表头',
      `的数字粘连在一起，没有一种拆法满足表内勾稽关系（可拆分的行：${loose.map((r) => `“${r.label}”`).join('、')}）`,
      true,
    );
  }
  return new Map(spec.rows.map((row, r) => [row.key, tables[0]![r]!]));
}

export function decodeTable(spec: TableSpec, tokens: readonly Token[]): DecodeResult {
  try {
    return { status: 'read', rows: decode(spec, tokens) };
  } catch (error) {
    if (error instanceof Unreadable) {
      return { status: 'refused', row: error.row, reason: error.reason, ambiguous: error.ambiguous };
    }
    throw error;
  }
}
