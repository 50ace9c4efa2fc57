// `gongkai report build --agency NAME|CODE --year YYYY [--format …] [-o OUT]`: the annual report computed from the
// database, written by the same writers as `report convert`; --format json prints the same JSON as
// `gongkai report check --format json` (the tables and the checker's findings).
import { writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { parseCommandArgs } from '../args.ts';
import { UsageError } from '../command.ts';
import { renderJson } from '../report/verdict-output.ts';
import { findAgency } from '../../services/agencies.ts';
import { buildReport } from '../../services/reports/build.ts';
import { withContext } from '../with-context.ts';

export const usage = `用法：gongkai report build --agency 机关名称或代码 --year 年度 [--format json|text|html|md|docx|xlsx|pdf] [-o 输出文件]
          [--review-status report-date|year-end] [--url 数据库地址]
  由数据库中的办理数据生成年度报告（表三、表四），并附检查结果。
  --review-status：表四“尚未审结”按生成报告之日（默认）或按当年 12 月 31 日的状态统计。`;

const FORMATS = ['json', 'text', 'html', 'md', 'docx', 'xlsx', 'pdf'] as const;
const BINARY = new Set(['docx', 'xlsx', 'pdf']);

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      agency: { type: 'string' },
      year: { type: 'string' },
      format: { type: 'string', default: 'json' },
      output: { type: 'string', short: 'o' },
      'review-status': { type: 'string', default: 'report-date' },
      url: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    z.object({
      agency: z.string().min(1, { message: '请给出机关名称或代码' }).optional(),
      year: z
        .string()
        .regex(/^\d{4}$/, { message: '年度应为四位数字' })
        .optional(),
      format: z.enum(FORMATS, { message: '应为 json、text、html、md、docx、xlsx 或 pdf' }),
      output: z.string().min(1).optional(),
      'review-status': z.enum(['report-date', 'year-end'], { message: '应为 report-date 或 year-end' }),
      url: z.string().min(1).optional(),
      help: z.boolean(),
    }),
    usage,
  );
  if (values.help) {
    process.stdout.write(usage + '\n');
    return 0;
  }
  if (positionals.length) throw new UsageError(`多余的参数：${positionals.join(' ')}`, usage);
  if (!values.agency) throw new UsageError('缺少 --agency', usage);
  if (!values.year) throw new UsageError('缺少 --year', usage);
  if (BINARY.has(values.format) && !values.output && process.stdout.isTTY) {
    throw new UsageError(`${values.format} 是二进制格式，请用 -o 指定输出文件`, usage);
  }
  const { agency, year } = values;
  const json = values.format === 'json';
  const built = await withContext(values.url, async (ctx, actor) => {
    const found = await findAgency(ctx.db, agency);
    return {
      name: found.name,
      ...(await buildReport(ctx, actor, {
        agencyId: found.id,
        year: Number(year),
        reviewStatus: values['review-status'] === 'year-end' ? 'yearEnd' : 'reportDate',
        format: json ? undefined : values.format,
      })),
    };
  });
  const written = json
    ? renderJson([{ ...built, name: values.output ?? `数据库：${built.name}/${year}`, failure: null }])
    : built.written!;
  if (values.output) {
    await writeFile(values.output, written);
    process.stderr.write(`已写入 ${values.output}\n`);
  } else {
    process.stdout.write(written);
  }
  return 0;
}
