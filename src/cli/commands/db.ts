// `gongkai db migrate [--url URL]`: brings the database named by GONGKAI_DATABASE_URL (or --url) up to date.
import { UsageError } from '../command.ts';
import { openMigratedDatabase } from '../../services/database.ts';

export const usage =
  '用法：gongkai db migrate [--url 数据库地址]\n  数据库地址默认取环境变量 GONGKAI_DATABASE_URL，否则 sqlite:./data/gongkai.db';

export async function run(args: string[]): Promise<number> {
  const parsed = databaseCommandArgs(args, usage, 'migrate');
  if (!parsed) return 0;
  const opened = await openMigratedDatabase(parsed.url);
  try {
    const { applied } = opened;
    process.stdout.write(
      applied.length ? `已执行迁移：${applied.join('、')}\n` : '数据库已是最新，无需迁移。\n',
    );
    return 0;
  } finally {
    await opened.close();
  }
}

/** The --url option every database command accepts; without it the services read GONGKAI_DATABASE_URL. */
export function parseDatabaseOption(args: string[]): { url: string | undefined; rest: string[] } {
  const rest: string[] = [];
  let url: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--url') {
      url = args[++i];
      if (!url) throw new UsageError('--url 后应跟数据库地址');
    } else if (arg.startsWith('--url=')) {
      url = arg.slice('--url='.length);
    } else {
      rest.push(arg);
    }
  }
  return { url, rest };
}

/**
 * The arguments of a command that takes only [subcommand] [--url URL]: prints the usage and returns undefined for
 * --help; refuses a wrong subcommand or anything extra.
 */
export function databaseCommandArgs(
  args: string[],
  usage: string,
  subcommand?: string,
): { url: string | undefined } | undefined {
  if (args[0] === '--help' || args[0] === '-h') {
    process.stdout.write(usage + '\n');
    return undefined;
  }
  let rest = args;
  if (subcommand) {
    const [sub, ...after] = args;
    if (sub !== subcommand) throw new UsageError(sub ? `未知的子命令“${sub}”` : '缺少子命令', usage);
    rest = after;
  }
  const { url, rest: extra } = parseDatabaseOption(rest);
  if (extra.length) throw new UsageError(`多余的参数：${extra.join(' ')}`, usage);
  return { url };
}
