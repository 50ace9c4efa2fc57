// `gongkai restore --from FILE [--force] [--url URL]`: puts a backup in place of the configured database, then
// verifies the audit chain of what was restored.
import { z } from 'zod';
import { restoreDatabase } from '../../services/backup.ts';
import { parseCommandArgs } from '../args.ts';
import { UsageError } from '../command.ts';
import { printVerdict } from './audit.ts';

export const usage = [
  '用法：gongkai restore --from 备份文件 [--force] [--url 数据库地址]',
  '  把 gongkai backup 写出的备份恢复到数据库，然后校验审计日志哈希链。',
  '  目标数据库已有数据，或（SQLite）正被服务使用时拒绝恢复；--force 表示确认覆盖。请先停止服务。',
  '  SQLite 先复制到同目录的临时文件，落盘后才替换；PostgreSQL 用 pg_restore（需在 PATH 中）在一个事务中恢复。',
].join('\n');

const optionsSchema = z.object({
  from: z.string({ error: '缺少 --from（备份文件）' }).min(1, '备份文件路径不能为空'),
  force: z.boolean().default(false),
  url: z.string().min(1).optional(),
});

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    { from: { type: 'string' }, force: { type: 'boolean' }, url: { type: 'string' } },
    optionsSchema,
    usage,
  );
  if (positionals.length) throw new UsageError(`多余的参数：${positionals.join(' ')}`, usage);
  const restored = await restoreDatabase(values.url, values.from, values.force);
  process.stdout.write(
    `已从 ${values.from} 恢复：依申请公开申请 ${restored.requests} 件、审计日志 ${restored.auditRows} 条。\n`,
  );
  return printVerdict(restored.verdict);
}
