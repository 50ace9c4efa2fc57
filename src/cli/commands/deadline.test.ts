// `gongkai deadline` into a year no State Council notice covers (2027 in the shipped calendar): with --provisional
// the statutory holidays of 《全国年节及纪念日放假办法》 are still skipped, and the answer says 暂定 and why.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../test/cli/run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'gongkai-deadline-'));
// A fresh database of its own: the calendar is the shipped one, whatever ./data holds.
const env = { GONGKAI_DATABASE_URL: `sqlite:${join(dir, 'calendar.db')}` };
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const deadline = (received: string, format: 'json' | 'text') =>
  runCli(
    [
      'deadline',
      '--received',
      received,
      '--channel',
      'online',
      '--provisional',
      '--today',
      '2026-12-04',
    ].concat(['--format', format]),
    { env },
  );

describe('gongkai deadline --provisional in a year without a notice', () => {
  it.each([
    ['2026-12-04', '2027-01-04', '元旦 (Fri 1 Jan 2027) skipped'],
    ['2027-03-26', '2027-04-26', '清明 (Mon 5 Apr 2027) skipped'],
    ['2027-09-10', '2027-10-12', '中秋 (Wed 15 Sep) and 国庆 (Fri 1 Oct) skipped'],
  ])('received %s online: due %s (%s), marked provisional with the reason', async (received, due) => {
    const { code, stdout, stderr } = await deadline(received, 'json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as { dueOn: string; provisional: boolean; provisionalReason: string };
    expect(result).toMatchObject({ dueOn: due, provisional: true });
    expect(result.provisionalReason).toContain('2027年的放假安排国务院办公厅尚未通知');
    expect(result.provisionalReason).toContain('法定节假日');
  });

  it('text output shows 暂定 and the reason', async () => {
    const { code, stdout } = await deadline('2027-09-10', 'text');
    expect(code).toBe(0);
    expect(stdout).toContain('答复期限：2027年10月12日（星期二）（暂定）');
    expect(stdout).toMatch(/暂定原因：2027年的放假安排国务院办公厅尚未通知.*法定节假日/);
    expect(stdout).toContain('中秋节');
  });
});
