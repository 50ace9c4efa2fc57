// `--help` and `-h` after every command and every sub-command print the Chinese usage, exit 0, and nothing on
// stderr. The whole table runs in-process through runCommand, the one place that answers --help (a process per
// case takes minutes on a busy machine); a few cases go through the real bin/gongkai to prove the wiring.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCommand } from '../../src/cli/command.ts';
import { COMMANDS, helpModule } from '../../src/cli/command-table.ts';
import { runCli } from './run-cli.ts';

const lines = Object.entries(COMMANDS).flatMap(([name, entry]) => [
  [name],
  ...Object.keys(entry.subcommands ?? {}).map((sub) => [name, sub]),
]);
const cases = lines.flatMap((line) =>
  ['--help', '-h'].map((flag) => [[...line, flag].join(' '), [...line, flag]]),
);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('gongkai <command> [<sub-command>] --help, in-process', () => {
  it.each(cases)('gongkai %s', async (_label, [name, ...args]) => {
    const entry = COMMANDS[name!]!;
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const code = await runCommand(await entry.load(), args, () => helpModule(entry, args));
    expect(stderr).not.toHaveBeenCalled();
    expect(code).toBe(0);
    const printed = stdout.mock.calls.map(([chunk]) => String(chunk)).join('');
    expect(printed).toContain('用法');
    // The usage printed is the one of this command (and sub-command), not another's.
    const sub = args[0]!.startsWith('-') ? '' : ` ${args[0]}`;
    expect(printed).toContain(`gongkai ${name}${sub}`);
  });
});

describe('--help through bin/gongkai', () => {
  it('after a sub-command: its usage, exit 0, nothing on stderr', async () => {
    const result = await runCli(['report', 'build', '--help']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('用法：gongkai report build');
  });

  it('wins over arguments the command would refuse', async () => {
    const result = await runCli(['users', 'add', '--nonsense', 'x', '-h']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('gongkai users add');
  });

  it('after -- is an argument, not a request for help', async () => {
    const result = await runCli(['db', 'migrate', '--', '--help']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('多余的参数');
  });

  it('gongkai --help lists every command', async () => {
    const result = await runCli(['--help']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('用法');
    for (const name of Object.keys(COMMANDS)) expect(result.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
  });
});
