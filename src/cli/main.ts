// The `gongkai` command: dispatches to one module per command (src/cli/command-table.ts).
import { runCommand } from './command.ts';
import { COMMANDS, helpModule } from './command-table.ts';

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return [
    '用法：gongkai <命令> [子命令] [参数]',
    '',
    '命令：',
    ...lines,
    '',
    '每个命令和子命令都可加 --help（或 -h）查看用法。',
  ].join('\n');
}

const [name, ...args] = process.argv.slice(2);
if (!name || name === '--help' || name === '-h' || name === 'help') {
  process.stdout.write(usage() + '\n');
  process.exit(name ? 0 : 2);
}
const entry = COMMANDS[name];
if (!entry) {
  process.stderr.write(`未知命令“${name}”。\n\n${usage()}\n`);
  process.exit(2);
}
process.exitCode = await runCommand(await entry.load(), args, () => helpModule(entry, args));
