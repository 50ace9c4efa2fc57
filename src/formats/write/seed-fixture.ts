// The seed report (临沂市国防动员办公室, 2023) as an AnnualReport, for the writers' tests: prose taken from the
// seed file itself, figures as entered by hand from docs/statute.md §2.7 in the checker's fixture — deliberately not
// through a reader, so a writer test does not depend on the readers it is meant to check.
import { readFileSync } from 'node:fs';
import { consistentReport } from '../../core/report/check/fixture.ts';
import type { AnnualReport } from '../../core/report/model.ts';
import { SECTION_KEYS } from '../../core/taxonomy/sections.ts';
import { SEED_REPORT, sharedFile } from '../../../test/shared.ts';

const CELL_LINE = / \|$/;
const SECTION_HEADING = /^[一二三四五六]、/;

export function readSeedText(): string {
  return readFileSync(sharedFile(SEED_REPORT), 'utf8');
}

export function seedReport(seedText = readSeedText()): AnnualReport {
  const [preface, ...lines] = seedText.split('\n');
  const sections: AnnualReport['sections'] = [];
  for (const line of lines) {
    if (CELL_LINE.test(line)) continue;
    if (SECTION_HEADING.test(line)) {
      sections.push({ key: SECTION_KEYS[sections.length]!, heading: line, text: '' });
    } else {
      const current = sections.at(-1)!;
      current.text = current.text ? `${current.text}\n${line}` : line;
    }
  }
  return {
    agency: '临沂市国防动员办公室',
    year: 2023,
    format: '2021',
    publishedOn: null,
    title: null,
    preface: preface!,
    sections,
    tables: consistentReport().tables,
    mappingLosses: [],
  };
}
