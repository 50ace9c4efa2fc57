// Small helpers shared by the benchmarks: medians, percentiles and an aligned table.
import { alignColumns } from '../src/cli/terminal.ts';

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export function printTable(rows: readonly string[][]): void {
  console.log(alignColumns(rows.map((r) => [...r])));
}
