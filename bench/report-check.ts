// bench/report-check: `gongkai report check` as a user runs it, against the floor of merely reading the same bytes.
//   1. Text reports through the CLI: 1,000 and 2,000 generated files; throughput with start-up excluded is
//      1,000 / (time for 2,000 − time for 1,000), for --jobs 1 and --jobs <cores>; the start-up is the time for one file.
//   2. The real 淮安 2024 PDF: median time to read it in a warm process (the reader as a batch uses it), its first
//      read in a fresh process, and a directory of copies through the CLI with --jobs 1 and --jobs <cores>.
// Run: node --import tsx bench/report-check.ts [rounds=3] [pdfCopies=6]
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { readReportBytes } from '../src/formats/read/index.ts';
import { writeReport } from '../src/formats/write/index.ts';
import { generateReports } from '../test/report-arbitrary.ts';
import { SEED_REPORT, repoRoot, sharedFile, HUAIAN_2024_PDF } from '../test/shared.ts';
import { median, printTable } from './stats.ts';

const ROUNDS = Number(process.argv[2] ?? 3);
const PDF_COPIES = Number(process.argv[3] ?? 6);
const CORES = availableParallelism();
const BIN = join(repoRoot, 'bin/gongkai');

const dir = await mkdtemp(join(tmpdir(), 'gongkai-bench-'));

const CPU_HOOK = join(repoRoot, 'bench/cpu-on-exit.mjs');
const cpuFile = join(dir, 'cpu');

interface Timing {
  wall: number;
  /** CPU time of the whole process, all its threads. */
  cpu: number;
}

/** One `gongkai report check` run over the paths (output to nowhere, as a batch is used). */
function cli(paths: string[], jobs: number): Timing {
  const start = performance.now();
  try {
    execFileSync(
      process.execPath,
      ['--import', CPU_HOOK, BIN, 'report', 'check', ...paths, '--format', 'json', '--jobs', String(jobs)],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
        env: { ...process.env, BENCH_CPU_FILE: cpuFile },
        maxBuffer: 1 << 30,
      },
    );
  } catch (error) {
    // Exit 1 (a report with an error) is a verdict; exit 2 (a file not read) is reported with its reason.
    const { status, stdout } = error as { status?: number; stdout?: Buffer };
    if (status === 2) {
      const failed = (JSON.parse(String(stdout)) as { file: string; error?: { message: string } }[]).filter(
        (item) => item.error,
      );
      console.log(`（${failed.length} 份未能读取：${failed.map((item) => item.error!.message).join('；')}）`);
    } else if (status !== 1) throw error;
  }
  return { wall: performance.now() - start, cpu: Number(readFileSync(cpuFile, 'utf8')) };
}

/** Wall and CPU time of `work` in this process. */
async function timed(work: () => Promise<unknown>): Promise<Timing> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  await work();
  const used = process.cpuUsage(cpu);
  return { wall: performance.now() - start, cpu: (used.user + used.system) / 1000 };
}

const medianOf = (timings: readonly Timing[], key: keyof Timing) => median(timings.map((t) => t[key]));

const readBytes = (paths: string[]) =>
  timed(async () => {
    for (const path of paths) await readFile(path);
  });

const perSecond = (files: number, ms: number) => Math.round((files / ms) * 1000);
const load = () => loadavg()[0]!.toFixed(1);

try {
  const loadBefore = load();
  // ---- text reports through the CLI ------------------------------------------------------------------------------
  const reports = generateReports(2000, 20231231);
  const files = await Promise.all(
    reports.map(async (report, i) => {
      const file = join(dir, `r-${String(i).padStart(4, '0')}.txt`);
      await writeFile(file, await writeReport(report, 'text'));
      return file;
    }),
  );
  const first = files.slice(0, 1000);
  const floor: Timing[] = [];
  const startup: Timing[] = [];
  const runs = new Map<number, { t1000: Timing[]; t2000: Timing[] }>();
  for (const jobs of [1, CORES]) runs.set(jobs, { t1000: [], t2000: [] });
  for (let round = 0; round < ROUNDS; round++) {
    floor.push(await readBytes(first));
    startup.push(cli(files.slice(0, 1), 1));
    for (const [jobs, times] of runs) {
      times.t1000.push(cli(first, jobs));
      times.t2000.push(cli(files, jobs));
    }
  }
  const textRows = [
    [
      '--jobs',
      '时间',
      '1,000 份 (ms)',
      '2,000 份 (ms)',
      '不含启动 (份/秒)',
      '仅读字节 (份/秒)',
      '仅读字节 ÷ 检查',
    ],
  ];
  for (const [jobs, { t1000, t2000 }] of runs) {
    for (const key of ['wall', 'cpu'] as const) {
      const rate = perSecond(1000, median(t2000.map((t, i) => t[key] - t1000[i]![key])));
      const floorRate = perSecond(1000, medianOf(floor, key));
      textRows.push([
        String(jobs),
        key === 'wall' ? '墙钟' : 'CPU',
        medianOf(t1000, key).toFixed(0),
        medianOf(t2000, key).toFixed(0),
        String(rate),
        String(floorRate),
        `${(floorRate / rate).toFixed(1)}×`,
      ]);
    }
  }

  // ---- the real PDF ---------------------------------------------------------------------------------------------
  const pdfPath = sharedFile(HUAIAN_2024_PDF);
  const pdfBytes = new Uint8Array(await readFile(pdfPath));
  const warm: Timing[] = [];
  const pdfFloor: Timing[] = [];
  await readReportBytes(pdfPath, pdfBytes); // loads pdf.js once, as the first file of a batch does
  for (let i = 0; i < 5 * ROUNDS; i++) {
    pdfFloor.push(await timed(() => readFile(pdfPath)));
    warm.push(await timed(() => readReportBytes(pdfPath, pdfBytes)));
  }
  const copies = await Promise.all(
    Array.from({ length: PDF_COPIES }, async (_, i) => {
      const copy = join(dir, `huaian-${i}.pdf`);
      await copyFile(pdfPath, copy);
      return copy;
    }),
  );
  const seed = sharedFile(SEED_REPORT);
  const cold: Timing[] = [];
  const textOnly: Timing[] = [];
  const pdfDir = new Map<number, Timing[]>([
    [1, []],
    [CORES, []],
  ]);
  for (let round = 0; round < ROUNDS; round++) {
    cold.push(cli([pdfPath], 1));
    textOnly.push(cli([seed], 1));
    for (const [jobs, times] of pdfDir) times.push(cli(copies, jobs));
  }

  console.log(
    `report-check：${ROUNDS} 轮取中位数；${CORES} 核，node ${process.version}；开始时负载 ${loadBefore}，结束时 ${load()}` +
      '（本机同时运行其他会话，数字随负载波动）',
  );
  console.log('\n文本报告经命令行 gongkai report check（不含启动 = 1,000 ÷ (2,000 份用时 − 1,000 份用时)）');
  printTable(textRows);
  console.log(
    `启动（检查 1 份文本报告的整个命令）：墙钟 ${medianOf(startup, 'wall').toFixed(0)} ms，CPU ${medianOf(startup, 'cpu').toFixed(0)} ms`,
  );
  console.log('\n真实 PDF 报告（淮安市人民政府 2024，403 KB）');
  const both = (timings: readonly Timing[], digits = 0) => [
    medianOf(timings, 'wall').toFixed(digits),
    medianOf(timings, 'cpu').toFixed(digits),
  ];
  printTable([
    ['测量', '墙钟中位数 (ms)', 'CPU 中位数 (ms)'],
    ['读取并解析（进程已加载 pdf.js，如批量中的第二份起）', ...both(warm)],
    ['仅读字节', ...both(pdfFloor, 2)],
    ['命令行检查这一份（含启动与首次加载 pdf.js）', ...both(cold)],
    ['命令行检查种子文本报告一份（启动的对照）', ...both(textOnly)],
    ...[...pdfDir].map(([jobs, times]) => [
      `命令行检查 ${PDF_COPIES} 份 PDF，--jobs ${jobs}`,
      ...both(times),
    ]),
  ]);
  console.log(
    `PDF 读取 ÷ 仅读字节：墙钟 ${(medianOf(warm, 'wall') / medianOf(pdfFloor, 'wall')).toFixed(0)}×，` +
      `CPU ${(medianOf(warm, 'cpu') / medianOf(pdfFloor, 'cpu')).toFixed(0)}×`,
  );
} finally {
  await rm(dir, { recursive: true, force: true });
}
