// bench/report-check: how many annual reports per second `gongkai report check` reads and checks, per input kind,
// beside the time merely to read the same files from disk.
// Run: node --import tsx bench/report-check.ts [count] [kinds, e.g. text,md]
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SYSTEM_ACTOR } from '../src/services/actor.ts';
import { openServiceContext } from '../src/services/bootstrap.ts';
import { checkReports, fileDocument } from '../src/services/reports/check.ts';
import { writeReport } from '../src/formats/write/index.ts';
import { generateReports } from '../test/report-arbitrary.ts';
import { median, printTable } from './stats.ts';

const COUNT = Number(process.argv[2] ?? 1000);
const ROUNDS = 5;
const ALL_KINDS = [
  { kind: 'text', ext: 'txt' },
  { kind: 'json', ext: 'json' },
  { kind: 'md', ext: 'md' },
  { kind: 'html', ext: 'html' },
  { kind: 'docx', ext: 'docx' },
] as const;
const wanted = process.argv[3]?.split(',');
const KINDS = ALL_KINDS.filter(({ kind }) => !wanted || wanted.includes(kind));

const dir = await mkdtemp(join(tmpdir(), 'gongkai-bench-'));
// The use case as `gongkai report check` calls it; checking touches no data, so an in-memory database.
const opened = await openServiceContext('sqlite::memory:');
const ctx = opened.ctx;
try {
  const reports = generateReports(COUNT, 20231231);
  const rows: string[][] = [
    ['输入类型', '文件数', '仅读文件 (份/秒)', '读取+检查 (份/秒)', '每份 (ms)', '错误数'],
  ];
  for (const { kind, ext } of KINDS) {
    const files = await Promise.all(
      reports.map(async (report, i) => {
        const file = join(dir, `${kind}-${i}.${ext}`);
        await writeFile(file, await writeReport(report, kind));
        return file;
      }),
    );
    const readOnly: number[] = [];
    const checked: number[] = [];
    let errors = 0;
    for (let round = 0; round < ROUNDS; round++) {
      let start = performance.now();
      for (const file of files) await readFile(file);
      readOnly.push(performance.now() - start);
      start = performance.now();
      errors = 0;
      for (const file of files) {
        const [verdict] = await checkReports(ctx, SYSTEM_ACTOR, { documents: [fileDocument(file)] });
        if (verdict!.failure || verdict!.findings.some((f) => f.severity === 'error')) errors += 1;
      }
      checked.push(performance.now() - start);
    }
    const perSecond = (ms: number) => Math.round((files.length / ms) * 1000);
    rows.push([
      kind,
      String(files.length),
      String(perSecond(median(readOnly))),
      String(perSecond(median(checked))),
      (median(checked) / files.length).toFixed(3),
      String(errors),
    ]);
  }
  console.log(
    `report-check：${COUNT} 份生成的年度报告，每种输入 ${ROUNDS} 轮取中位数（单核，node ${process.version}）`,
  );
  printTable(rows);
} finally {
  await opened.close();
  await rm(dir, { recursive: true, force: true });
}
