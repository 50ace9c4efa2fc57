// Aligns a stream of table tokens against the known rows of one table (template-driven, issue 2 §3): the text
// read since the previous row must END with a row's label, then exactly that row's number of cells follow.
// Anything else — a label that names no row, too few or too many figures, a row twice, a row missing — refuses
// the whole table with the row and the reason. A figure is never guessed.
import type { Cell } from '../../core/report/model.ts';
import type { RowSpec, TableSpec } from './table-specs.ts';
import type { Token } from './tokens.ts';

export type AlignResult =
  | { status: 'absent' }
  | { status: 'read'; rows: Map<string, Cell[]> }
  | { status: 'refused'; row: string; reason: string };

class Refusal {
  constructor(
    readonly row: string,
    readonly reason: string,
  ) {}
}

/** A label broken so that its figures come before its last part: at least this much of it must precede them. */
const MIN_LABEL_PREFIX = 6;
const QUOTE_LIMIT = 24;

const quote = (text: string) => (text.length > QUOTE_LIMIT ? `…${text.slice(-QUOTE_LIMIT)}` : text);

interface OpenRow {
  row: RowSpec;
  values: Cell[];
}

/** Each spec's label keys by their last character, longest first: the suffix test then tries only a few. */
const keysByLastChar = new WeakMap<TableSpec, Map<string, { key: string; row: RowSpec }[]>>();

function indexOf(spec: TableSpec): Map<string, { key: string; row: RowSpec }[]> {
  let index = keysByLastChar.get(spec);
  if (!index) {
    index = new Map();
    for (const row of spec.rows) {
      for (const key of row.keys) {
        const list = index.get(key.at(-1)!) ?? [];
        list.push({ key, row });
        index.set(key.at(-1)!, list);
      }
    }
    for (const list of index.values()) list.sort((a, b) => b.key.length - a.key.length);
    keysByLastChar.set(spec, index);
  }
  return index;
}

/** The row whose label the text read ends with; when none does, a row whose label it ends with the start of. */
function matchRow(spec: TableSpec, buffer: string): { row: RowSpec; tail: string } | undefined {
  const full = indexOf(spec)
    .get(buffer.at(-1) ?? '')
    ?.find(({ key }) => buffer.endsWith(key));
  if (full) return { row: full.row, tail: '' };
  const partial: { row: RowSpec; tail: string }[] = [];
  for (const row of spec.rows) {
    const key = row.keys[0]!;
    for (let length = Math.min(key.length - 1, buffer.length); length >= MIN_LABEL_PREFIX; length--) {
      if (buffer.endsWith(key.slice(0, length))) {
        partial.push({ row, tail: key.slice(length) });
        break;
      }
    }
  }
  if (partial.length > 1) {
    throw new Refusal(
      quote(buffer),
      `行名不完整，可对应“${partial.map((p) => p.row.label).join('”或“')}”，无法确定`,
    );
  }
  return partial[0];
}

function cellValue(row: RowSpec, token: Token, count: number): Cell {
  if (token.kind === 'blank') return null;
  if (token.kind === 'text') {
    throw new Refusal(row.label, `应有 ${row.width} 个数据，读到 ${count} 个后遇到“${quote(token.text)}”`);
  }
  if (!row.decimals && !Number.isInteger(token.value)) {
    throw new Refusal(row.label, `“${token.text}”不是整数，本格只能填件数`);
  }
  return token.value;
}

/**
 * Is the blank at `at` an empty filler cell rather than the row's first value? Layouts without merged cells
 * (Markdown, some exported tables) pad a label with empty cells: when the row has more values than the table
 * has columns, the surplus leading blanks are padding; a row of blanks too short to be the row is padding too.
 * A lone blank on its own line (the one-cell-per-line layout) cannot be judged that way and counts as a value.
 */
function isFiller(tokens: readonly Token[], at: number, width: number): boolean {
  const line = tokens[at]!.line;
  let end = at;
  let numbers = 0;
  while (end < tokens.length && tokens[end]!.line === line && tokens[end]!.kind !== 'text') {
    if (tokens[end]!.kind === 'number') numbers++;
    end++;
  }
  const run = end - at;
  if (run > width) return true;
  const aloneOnLine =
    (at === 0 || tokens[at - 1]!.line !== line) && (end === tokens.length || tokens[end]!.line !== line);
  return numbers === 0 && run < width && !aloneOnLine;
}

export function alignTable(spec: TableSpec, tokens: readonly Token[]): AlignResult {
  if (!tokens.some((t) => t.kind === 'number')) return { status: 'absent' };
  try {
    return { status: 'read', rows: align(spec, tokens) };
  } catch (error) {
    if (error instanceof Refusal) return { status: 'refused', row: error.row, reason: error.reason };
    throw error;
  }
}

function align(spec: TableSpec, tokens: readonly Token[]): Map<string, Cell[]> {
  const found = new Map<string, Cell[]>();
  let buffer = '';
  let header = '';
  let open: OpenRow | undefined;
  let lastClosed: RowSpec | undefined;
  let pendingTail: { row: RowSpec; tail: string } | undefined;

  const checkTail = () => {
    if (!pendingTail) return;
    if (!buffer.startsWith(pendingTail.tail)) {
      throw new Refusal(pendingTail.row.label, `行名不完整，数据之后缺少“${pendingTail.tail}”`);
    }
    buffer = buffer.slice(pendingTail.tail.length);
    pendingTail = undefined;
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (open) {
      open.values.push(cellValue(open.row, token, open.values.length));
    } else if (token.kind === 'text') {
      buffer += token.key;
      header += token.key;
      continue;
    } else {
      checkTail();
      const match = spec.headerAnchors
        ? spec.headerAnchors.every((anchor) => header.includes(anchor))
          ? { row: spec.rows[0]!, tail: '' }
          : undefined
        : matchRow(spec, buffer);
      if (!match || (token.kind === 'blank' && isFiller(tokens, i, match.row.width))) {
        if (token.kind === 'blank') continue; // an empty header cell or the filler of a merged label column
        if (buffer === '' && lastClosed) {
          throw new Refusal(
            lastClosed.label,
            `数据多于 ${lastClosed.width} 个（多出“${token.text}”），可能缺少分隔或多了一列`,
          );
        }
        throw new Refusal(
          buffer === '' ? '表头' : quote(buffer),
          `数字“${token.text}”前没有可对应的行名（本表的行名见格式）`,
        );
      }
      if (found.has(match.row.key)) throw new Refusal(match.row.label, '该行出现了两次');
      open = { row: match.row, values: [cellValue(match.row, token, 0)] };
      if (match.tail) pendingTail = { row: match.row, tail: match.tail };
    }
    if (open.values.length === open.row.width) {
      found.set(open.row.key, open.values);
      lastClosed = open.row;
      open = undefined;
      buffer = '';
    }
  }
  if (open) {
    throw new Refusal(open.row.label, `应有 ${open.row.width} 个数据，只读到 ${open.values.length} 个`);
  }
  checkTail();
  const missing = spec.rows.find((row) => !found.has(row.key));
  if (missing) throw new Refusal(missing.label, '表中找不到这一行（或行名与格式不符）');
  return found;
}
