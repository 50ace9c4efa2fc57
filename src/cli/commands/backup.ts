// `gongkai backup --to FILE [--url URL]`: a consistent copy of the live database (SQLite online backup, or
// pg_dump -Fc), taken while the server keeps running.
import { z } from 'zod';
import { backupDatabase } from '../../services/backup.ts';
import { parseCommandArgs } from '../args.ts';
import { UsageError } from '../command.ts';

export const usage = [
  '用法：gongkai backup --to 备份文件 [--url 数据库地址]',
  '  在服务运行时为数据库做一份一致的备份：SQLite 用在线备份（含预写日志中已提交的内容），',
  '  PostgreSQL 用 pg_dump -Fc（需在 PATH 中）。数据库地址默认取环境变量 GONGKAI_DATABASE_URL，',
  '  否则 sqlite:./data/gongkai.db。备份先写入同目录的临时文件，写完落盘后才改名为备份文件。',
].join('\n');

const optionsSchema = z.object({
  to: z.string({ error: '缺少 --to（备份文件）' }).min(1, '备份文件路径不能为空'),
  url: z.string().min(1).optional(),
});

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    { to: { type: 'string' }, url: { type: 'string' } },
    optionsSchema,
    usage,
  );
  if (positionals.length) throw new UsageError(`多余的参数：${positionals.join(' ')}`, usage);
  const written = await backupDatabase(values.url, values.to);
  process.stdout.write(
    `已写入备份：${written.file}（${formatBytes(written.bytes)}），含依申请公开申请 ${written.requests} 件、审计日志 ${written.auditRows} 条。\n`,
  );
  return 0;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} 字节`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
