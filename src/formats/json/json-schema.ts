// docs/annual-report.schema.json is generated from the zod schema, never edited by hand. Regenerate with
//   node --import tsx src/formats/json/json-schema.ts
// json-schema.test.ts fails while the committed file differs from what this produces.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { annualReportSchema } from '../../core/report/schema.ts';

export const SCHEMA_FILE = fileURLToPath(new URL('../../../docs/annual-report.schema.json', import.meta.url));

export function annualReportJsonSchemaText(): string {
  const schema = z.toJSONSchema(annualReportSchema, { io: 'output' });
  const documented = { ...schema, title: '政府信息公开工作年度报告 AnnualReport' };
  return JSON.stringify(documented, null, 2) + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(SCHEMA_FILE, annualReportJsonSchemaText());
  console.log(`已生成 ${SCHEMA_FILE}`);
}
