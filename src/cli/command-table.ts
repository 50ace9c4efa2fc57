// Every `gongkai` command and its sub-commands, in the order `gongkai --help` lists them. Modules are loaded only
// when used so that start-up stays fast. A sub-command with its own module (report build) names it, so that its
// --help prints its own usage rather than the parent's.
import type { CommandModule } from './command.ts';

type Load = () => Promise<CommandModule>;

export interface CommandEntry {
  summary: string;
  load: Load;
  /** Sub-commands; a value is the module of a sub-command that has its own usage. */
  subcommands?: Record<string, Load | null>;
}

export const COMMANDS: Record<string, CommandEntry> = {
  report: {
    summary: '年度报告：check 检查、convert 转换、show 显示、build 由数据生成、import 导入未上平台机关的年报',
    load: () => import('./commands/report.ts'),
    subcommands: {
      check: null,
      convert: null,
      show: null,
      build: () => import('./commands/report-build.ts'),
      import: () => import('./commands/report-import.ts'),
    },
  },
  calendar: {
    summary: '工作日历：show 月历、import 导入年度安排、years 已有年份',
    load: () => import('./commands/calendar.ts'),
    subcommands: { show: null, import: null, years: null },
  },
  deadline: { summary: '计算依申请公开答复期限并说明计算过程', load: () => import('./commands/deadline.ts') },
  init: {
    summary: '在空数据库中创建第一个机关和它的系统管理员（正式使用时代替演示数据）',
    load: () => import('./commands/init.ts'),
  },
  serve: { summary: '启动服务（--demo 载入演示数据）', load: () => import('./commands/serve.ts') },
  db: {
    summary: '数据库：migrate 迁移',
    load: () => import('./commands/db.ts'),
    subcommands: { migrate: null },
  },
  audit: {
    summary: '审计日志：verify 校验哈希链与密钥校验码、anchor 为升级前的记录补加校验码、rekey 更换密钥',
    load: () => import('./commands/audit.ts'),
    subcommands: { verify: null, anchor: null, rekey: null },
  },
  backup: {
    summary: '备份数据库（服务运行时也一致）到一个文件',
    load: () => import('./commands/backup.ts'),
  },
  restore: {
    summary: '从备份文件恢复数据库（目标非空时需 --force），并校验审计日志',
    load: () => import('./commands/restore.ts'),
  },
  users: {
    summary: '用户：add 新增、list 列出',
    load: () => import('./commands/users.ts'),
    subcommands: { add: null, list: null },
  },
  demo: { summary: '载入演示数据（临沂市国防动员办公室 2023 年）', load: () => import('./commands/demo.ts') },
  archive: {
    summary: '归档材料包：verify 校验每个文件的 SM3 与清单，指出被改动的文件',
    load: () => import('./commands/archive.ts'),
    subcommands: { verify: null },
  },
  screen: {
    summary: '发布前检查文本：敏感词、错别字、密级标志、个人信息、地理信息',
    load: () => import('./commands/screen.ts'),
  },
};

/** The module whose usage answers `--help` for these arguments: the sub-command's own, else the command's. */
export async function helpModule(entry: CommandEntry, args: string[]): Promise<CommandModule> {
  const own = args[0] === undefined ? undefined : entry.subcommands?.[args[0]];
  return (own ?? entry.load)();
}
