// `gongkai report check|convert|show|build|import`: read, check and write annual reports (issue: annual-report engine).
// The use cases are services/reports; this file parses, finds the files, calls them and prints.
import { writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { parseCommandArgs } from '../args.ts';
import { UsageError } from '../command.ts';
import { progressBar } from '../terminal.ts';
import { collectReportFiles } from '../report/collect-files.ts';
import { exitCodeOf, renderCsv, renderJson, renderTable } from '../report/verdict-output.ts';
import { renderReportTables } from '../report/show-tables.ts';
import { REPORT_FORMATS } from '../../contracts/reports.ts';
import { checkReports, fileDocument, readReport } from '../../services/reports/check.ts';
import { checkReportFiles } from '../../services/reports/check-pool.ts';
import { convertReport } from '../../services/reports/convert.ts';
import { withLocalContext } from '../with-context.ts';

export const usage = `用法：
  gongkai report check 文件或目录... [--format table|json|csv] [--quiet] [--jobs N]
      检查年度报告（.txt .html .htm .docx .pdf .md .json）。同一机关连续年度的报告一并给出时还做跨年度检查。
      --jobs N 同时检查的线程数，默认为本机 CPU 核数；在终端中运行时显示进度条。
      退出码：0 无错误；1 有报告存在错误；2 有文件无法作为年度报告读取。
  gongkai report convert 文件 --to text|html|md|json|docx|xlsx|pdf [-o 输出文件]
  gongkai report show 文件          在终端中对齐显示三张表
  gongkai report build --agency 机关名称或代码 --year 年度 [--format json|text|html|md|docx|xlsx|pdf] [-o 输出文件]
      由本系统数据库中的办理数据生成年度报告
  gongkai report import --supervisor 监督机关名称或代码 --year 年度 目录|ZIP|文件...
      导入未上平台机关的年度报告`;

const BINARY_FORMATS = new Set(['docx', 'xlsx', 'pdf']);

/** Subcommands that may print a PDF (and so start Chromium through playwright). */
const PRINTING = new Set(['convert', 'build']);

export async function run(args: string[]): Promise<number> {
  // A one-shot command: a PDF printed on the way leaves the shared Chromium open for the next print, which would keep
  // this process alive until its idle timeout. Checking and showing never print: they do not load playwright.
  try {
    return await dispatch(args);
  } finally {
    if (PRINTING.has(args[0] ?? '')) await (await import('../../formats/write/pdf.ts')).closePdfBrowser();
  }
}

async function dispatch(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  switch (sub) {
    case 'check':
      return check(rest);
    case 'convert':
      return convert(rest);
    case 'show':
      return show(rest);
    case 'build':
      return (await import('./report-build.ts')).run(rest);
    case 'import':
      return (await import('./report-import.ts')).run(rest);
    case undefined:
    case '--help':
    case '-h':
      process.stdout.write(usage + '\n');
      return sub ? 0 : 2;
    default:
      throw new UsageError(`未知子命令“${sub}”`, usage);
  }
}

async function check(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      format: { type: 'string', default: 'table' },
      quiet: { type: 'boolean', default: false },
      jobs: { type: 'string', default: String(availableParallelism()) },
    },
    z.object({
      format: z.enum(['table', 'json', 'csv'], { message: '应为 table、json 或 csv' }),
      quiet: z.boolean(),
      jobs: z.coerce
        .number({ message: '应为 1 至 64 的整数' })
        .int({ message: '应为 1 至 64 的整数' })
        .min(1, { message: '应为 1 至 64 的整数' })
        .max(64, { message: '应为 1 至 64 的整数' }),
    }),
    usage,
  );
  if (positionals.length === 0) throw new UsageError('请给出要检查的文件或目录', usage);
  const files = collectReportFiles(positionals);
  if (files.length === 0) throw new UsageError('给出的目录中没有可读取的报告文件', usage);
  const progress = progressBar(files.length);
  const tick = (file: string) => progress.tick(file);
  // One thread for a single file; several only when there are files enough to share.
  const jobs = Math.min(values.jobs, files.length);
  const verdicts = await withLocalContext((ctx, actor) =>
    jobs > 1
      ? checkReportFiles(ctx, actor, { paths: files, jobs }, tick)
      : checkReports(ctx, actor, { documents: files.map(fileDocument) }, tick),
  );
  progress.done();
  const render = {
    table: () => renderTable(verdicts, !values.quiet),
    json: () => renderJson(verdicts),
    csv: () => renderCsv(verdicts),
  };
  process.stdout.write(render[values.format]());
  return exitCodeOf(verdicts);
}

async function convert(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    { to: { type: 'string' }, output: { type: 'string', short: 'o' } },
    z.object({
      to: z.enum(REPORT_FORMATS, { message: '应为 text、html、md、json、docx、xlsx 或 pdf' }),
      output: z.string().min(1).optional(),
    }),
    usage,
  );
  const document = fileDocument(singleFile(positionals));
  const { written } = await withLocalContext((ctx, actor) =>
    convertReport(ctx, actor, { document, to: values.to }),
  );
  if (values.output) {
    await writeFile(values.output, written);
    process.stderr.write(`已写入 ${values.output}\n`);
  } else if (BINARY_FORMATS.has(values.to) && process.stdout.isTTY) {
    throw new UsageError(`${values.to} 是二进制格式，请用 -o 指定输出文件`, usage);
  } else {
    process.stdout.write(written);
  }
  return 0;
}

async function show(args: string[]): Promise<number> {
  const { positionals } = parseCommandArgs(args, {}, z.object({}), usage);
  const document = fileDocument(singleFile(positionals));
  const { report, findings } = await withLocalContext((ctx, actor) => readReport(ctx, actor, { document }));
  process.stdout.write(renderReportTables(report));
  for (const f of findings) process.stdout.write(`\n[${f.rule}] ${f.message}`);
  if (findings.length) process.stdout.write('\n');
  return 0;
}

function singleFile(positionals: string[]): string {
  if (positionals.length !== 1) throw new UsageError('请给出一个报告文件', usage);
  return positionals[0]!;
}
