// Never a wrong figure (issue 15): real reports and the seed, mutated thousands of times the ways crawlers,
// converters and PDF extraction damage tables (test/report-mutations.ts). After each mutation the reader must read
// each table to exactly the mutated report's figures, or refuse that table — never read a different figure.
// PDFs are mutated as their extracted lines (rows as tab-separated cells), not re-rendered.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MUTATION_KINDS, mutate, seeded, type MutationKind } from '../../../test/report-mutations.ts';
import {
  HUAIAN_2024_PDF,
  REPORTS_WITH_TRUTH,
  SEED_REPORT,
  hasShared,
  sharedFile,
} from '../../../test/shared.ts';
import type { ReportTables } from '../../core/report/model.ts';
import type { Block } from './blocks.ts';
import { readReportMarkdown, readReportText, type ReadResult } from './index.ts';
import { pdfBlocks } from './pdf-blocks.ts';

const MUTATIONS_PER_REPORT = 350;

/** Extracted PDF lines as text: a table row's cells separated by tabs, as text-blocks.ts reads them back. */
function linesOf(blocks: readonly Block[]): string {
  return blocks.map((b) => (b.kind === 'line' ? b.text : b.cells.join('\t'))).join('\n');
}

interface Source {
  file: string;
  text: string;
  read: (text: string) => ReadResult;
}

async function sourceOf(file: string): Promise<Source> {
  if (file.endsWith('.pdf')) {
    const { pdfPages } = await import('./pdf.ts');
    const pages = await pdfPages(
      new Uint8Array(readFileSync(sharedFile(file))),
      new AbortController().signal,
    );
    return { file, text: linesOf(pdfBlocks(pages)), read: readReportText };
  }
  const text = readFileSync(sharedFile(file), 'utf8');
  return { file, text, read: file.endsWith('.md') ? readReportMarkdown : readReportText };
}

function readOrRefuse(source: Source, text: string): ReportTables | undefined {
  try {
    return source.read(text).report.tables;
  } catch {
    return undefined; // the whole document refused: no figure read, none wrong
  }
}

describe.skipIf(!hasShared())(
  'mutated real reports: the true figures or a refusal, never another figure',
  () => {
    const files = [SEED_REPORT, HUAIAN_2024_PDF, ...REPORTS_WITH_TRUTH];

    it(
      `reads ${MUTATIONS_PER_REPORT} mutations of each of the ${files.length} reports rightly or refuses them`,
      { timeout: 120_000 },
      async () => {
        const counts: Record<string, Partial<Record<MutationKind, { read: number; refused: number }>>> = {};
        let total = 0;
        for (const file of files) {
          const source = await sourceOf(file);
          const tables = source.read(source.text).report.tables;
          // The unmutated text reads completely for the tables the truth files give.
          expect(tables.applications, file).not.toBeNull();
          expect(tables.reviewLitigation, file).not.toBeNull();
          const random = seeded(0x15 + total);
          const perKind: Partial<Record<MutationKind, { read: number; refused: number }>> = {};
          let made = 0;
          for (
            let attempt = 0;
            made < MUTATIONS_PER_REPORT && attempt < MUTATIONS_PER_REPORT * 4;
            attempt++
          ) {
            const kind = MUTATION_KINDS[attempt % MUTATION_KINDS.length]!;
            const mutation = mutate(kind, source.text, tables, random);
            if (!mutation) continue;
            made++;
            const read = readOrRefuse(source, mutation.text);
            const tally = (perKind[kind] ??= { read: 0, refused: 0 });
            for (const table of ['proactive', 'applications', 'reviewLitigation'] as const) {
              const got = read?.[table] ?? null;
              if (got === null || mutation.tables[table] === null) {
                tally.refused++;
                continue;
              }
              tally.read++;
              expect(got, `${file} ${kind} ${table}\n${mutation.text}`).toEqual(mutation.tables[table]);
            }
          }
          counts[file] = perKind;
          total += made;
          expect(made, file).toBeGreaterThanOrEqual(MUTATIONS_PER_REPORT * 0.8);
        }
        expect(total).toBeGreaterThanOrEqual(2000);
        // Most mutations are still read: refusing everything would pass the property and help no one.
        const all = Object.values(counts).flatMap((k) => Object.values(k));
        const read = all.reduce((n, t) => n + t.read, 0);
        const refused = all.reduce((n, t) => n + t.refused, 0);
        expect(read).toBeGreaterThan(refused);
      },
    );
  },
);
