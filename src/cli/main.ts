// The `gongkai` command: dispatches to one module per command, loaded only when used so that start-up stays fast.
import { runCommand, type CommandModule } from './command.ts';

const commands: Record<string, { summary: string; load: () => Promise<CommandModule> }> = {
  report: {
    summary: '年度报告：check 检查、convert 转换、show 显示、build 由数据生成',
    load: () => import('./commands/report.ts'),
  },
  calendar: {
    summary: '工作日历：show 月历、import 导入年度安排、years 已有年份',
    load: () => import('./commands/calendar.ts'),
  },
  deadline: { summary: '计算依申请公开答复期限并说明计算过程', load: () => import('./commands/deadline.ts') },
  serve: { summary: '启动服务（--demo 载入演示数据）', load: () => import('./commands/serve.ts') },
  db: { summary: '数据库：migrate 迁移', load: () => import('./commands/db.ts') },
  audit: { summary: '审计日志：verify 校验哈希链', load: () => import('./commands/audit.ts') },
  users: { summary: '用户：add 新增、list 列出', load: () => import('./commands/users.ts') },
  demo: { summary: '载入演示数据（临沂市国防动员办公室 2023 年）', load: () => import('./commands/demo.ts') },
  screen: {
    summary: '发布前检查文本：敏感词、错别字、密级标志、个人信息、地理信息',
    load: () => import('./commands/screen.ts'),
  },
};

function usage(): string {
  const width = Math.max(...Object.keys(commands).map((name) => name.length));
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return ['用法：gongkai <命令> [参数]', '', '命令：', ...lines, '', '每个命令可加 --help 查看用法。'].join(
    '\n',
  );
}

const [name, ...args] = process.argv.slice(2);
if (!name || name === '--help' || name === '-h' || name === 'help') {
  process.stdout.write(usage() + '\n');
  process.exit(name ? 0 : 2);
}
const entry = commands[name];
if (!entry) {
  process.stderr.write(`未知命令“${name}”。\n\n${usage()}\n`);
  process.exit(2);
}
process.exitCode = await runCommand(await entry.load(), args);
