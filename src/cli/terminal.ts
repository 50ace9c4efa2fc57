// Terminal layout for Chinese text: CJK and full-width characters take two columns.

const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += WIDE.test(char) ? 2 : 1;
  return width;
}

export function padDisplay(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'left' ? text + fill : fill + text;
}

/** Rows of cells aligned in columns; `rightAligned` lists the column indexes holding numbers. */
export function alignColumns(rows: string[][], rightAligned: ReadonlySet<number> = new Set()): string {
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell))));
  return rows
    .map((row) =>
      row
        .map((cell, i) => padDisplay(cell, widths[i]!, rightAligned.has(i) ? 'right' : 'left'))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/**
 * A one-line progress bar on stderr, redrawn in place; only for a batch, and only when both stdout and stderr are a
 * terminal (output piped or redirected is read by a program, which wants no control characters around it).
 */
export function progressBar(total: number): { tick(label: string): void; done(): void } {
  const enabled = process.stderr.isTTY === true && process.stdout.isTTY === true && total > 1;
  let count = 0;
  return {
    tick(label) {
      count += 1;
      if (!enabled) return;
      const width = 30;
      const filled = Math.round((count / total) * width);
      const name = label.length > 40 ? `…${label.slice(-39)}` : label;
      process.stderr.write(
        `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${count}/${total} ${name}\x1b[K`,
      );
    },
    done() {
      if (enabled) process.stderr.write('\r\x1b[K');
    },
  };
}
