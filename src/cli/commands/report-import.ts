// `gongkai report import --supervisor NAME|CODE --year YYYY <目录|zip|文件…>`: a supervising office's import of the
// annual reports of agencies not on the platform (services/supervision/import.ts). Each file is kept or refused on
// its own; the command lists both and fails (exit 1) only when nothing was kept.
import { readFile, stat } from 'node:fs/promises';
import { z } from 'zod';
import { parseCommandArgs } from '../args.ts';
import { UsageError } from '../command.ts';
import { collectReportFiles } from '../report/collect-files.ts';
import { formatErrorMessage } from '../../core/errors/index.ts';
import { MAX_REPORT_BYTES, formatBytes } from '../../formats/read/limits.ts';
import { findAgency } from '../../services/agencies.ts';
import { importReports, type UploadedFile } from '../../services/supervision/import.ts';
import { withContext } from '../with-context.ts';

export const usage = `用法：gongkai report import --supervisor 监督机关名称或代码 --year 年度 目录|ZIP|文件… [--url 数据库地址]
  导入未上平台机关的年度报告（PDF、DOCX、HTML、TXT、MD，或装有它们的 ZIP），逐个读取、检查后保存在监督机关名下；
  同一机关同一年度再次导入即替换。不能导入的文件逐个列出原因。`;

/** A zip may hold many reports; each inside is held to the one-report limit by the reader. */
const MAX_FILE_BYTES = 5 * MAX_REPORT_BYTES;

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      supervisor: { type: 'string' },
      year: { type: 'string' },
      url: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    z.object({
      supervisor: z.string().min(1, { message: '请给出监督机关名称或代码' }).optional(),
      year: z
        .string()
        .regex(/^\d{4}$/, { message: '年度应为四位数字' })
        .optional(),
      url: z.string().min(1).optional(),
      help: z.boolean(),
    }),
    usage,
  );
  if (values.help) {
    process.stdout.write(usage + '\n');
    return 0;
  }
  if (!values.supervisor) throw new UsageError('缺少 --supervisor', usage);
  if (!values.year) throw new UsageError('缺少 --year', usage);
  if (positionals.length === 0) throw new UsageError('请给出要导入的目录、ZIP 或文件', usage);
  const files: UploadedFile[] = [];
  const tooLarge: string[] = [];
  const zips = positionals.filter((p) => p.toLowerCase().endsWith('.zip'));
  const others = collectReportFiles(positionals.filter((p) => !zips.includes(p)));
  for (const path of [...zips, ...others]) {
    const size = (await stat(path).catch(() => null))?.size ?? 0;
    if (size > MAX_FILE_BYTES) tooLarge.push(path);
    else files.push({ name: path, bytes: new Uint8Array(await readFile(path)) });
  }
  const supervisor = values.supervisor;
  const result = await withContext(values.url, async (ctx, actor) => {
    const office = await findAgency(ctx.db, supervisor);
    return importReports(ctx, actor, { agencyId: office.id, year: Number(values.year), files });
  });
  for (const a of result.accepted) {
    process.stdout.write(
      `已导入  ${a.sourceName}：${a.agencyName} ${a.year} 年度${a.replaced ? '（替换此前导入的）' : ''}\n`,
    );
  }
  const limit = formatBytes(MAX_FILE_BYTES);
  const refused = [
    ...tooLarge.map((p) => ({
      sourceName: p,
      reason: formatErrorMessage('report.fileTooLarge', { size: `超过 ${limit}`, limit }),
    })),
    ...result.refused,
  ];
  for (const r of refused) process.stdout.write(`未导入  ${r.sourceName}：${r.reason}\n`);
  process.stdout.write(`共导入 ${result.accepted.length} 份，未导入 ${refused.length} 份。\n`);
  return result.accepted.length > 0 ? 0 : 1;
}
