// `--help` and `-h` after every command and every sub-command print the Chinese usage, exit 0, and nothing on
// stderr — through the real bin/gongkai, because the table is only right if each module really loads.
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/command-table.ts';
import { runCli } from './run-cli.ts';

const lines = Object.entries(COMMANDS).flatMap(([name, entry]) => [
  [name],
  ...Object.keys(entry.subcommands ?? {}).map((sub) => [name, sub]),
]);

// Concurrent: each case starts a process, and one after another they take minutes on a busy machine.
describe.concurrent('gongkai <command> [<sub-command>] --help', () => {
  it.each(
    lines.flatMap((line) => ['--help', '-h'].map((flag) => [[...line, flag].join(' '), [...line, flag]])),
  )('gongkai %s', async (_label, args) => {
    const result = await runCli([...args]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('用法');
    // The usage printed is the one of this command (and sub-command), not the top-level list.
    const [name, sub] = args;
    expect(result.stdout).toContain(`gongkai ${sub?.startsWith('-') ? name : `${name} ${sub}`}`);
  });

  it('wins over arguments the command would refuse', async () => {
    const result = await runCli(['users', 'add', '--nonsense', 'x', '--help']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('gongkai users add');
  });

  it('after -- is an argument, not a request for help', async () => {
    const result = await runCli(['db', 'migrate', '--', '--help']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('多余的参数');
  });
});

describe('gongkai --help', () => {
  it('lists every command', async () => {
    const result = await runCli(['--help']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('用法');
    for (const name of Object.keys(COMMANDS)) expect(result.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
  });
});
