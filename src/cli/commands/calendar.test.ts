// `gongkai calendar` and `gongkai deadline` end to end through bin/gongkai, with a temporary database: imported
// years are saved there and every later command on that database counts with them; without one, the shipped years.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../test/cli/run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'gongkai-calendar-'));
const env = { GONGKAI_DATABASE_URL: `sqlite:${join(dir, 'gongkai.db')}` };
const cli = (...args: string[]) => runCli(args, { env });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Each case starts bin/gongkai several times in a row; on a loaded machine one start takes seconds.
describe('gongkai calendar', { timeout: 120_000 }, () => {
  it('shows October 2023 with the holiday and the make-up weekend', async () => {
    const { code, stdout } = await cli('calendar', 'show', '2023-10');
    expect(code).toBe(0);
    expect(stdout).toContain(' 2休  3休  4休  5休  6休  7班  8班');
    expect(stdout).toContain('10月7日至8日  国庆节（调休上班）');
  });

  it('lists the years it holds, and refuses a month of a year it does not', async () => {
    const [years, unknown, bad] = await Promise.all([
      cli('calendar', 'years'),
      cli('calendar', 'show', '2027-10'),
      cli('calendar', 'show', '2023-13'),
    ]);
    expect(years.stdout).toContain('已收录 23 年：2004–2026');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('calendar.yearUnknown');
    // Asked for, the month is shown marked provisional, without claiming how its days were guessed.
    const provisional = await cli('calendar', 'show', '2031-10', '--provisional');
    expect(provisional.code).toBe(0);
    expect(provisional.stdout).toContain('2031年10月（暂定：尚未收录2031年国务院办公厅节假日安排');
    expect(provisional.stdout).not.toContain('周一至周五');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('月份格式应为 YYYY-MM');
  });

  it('shows a parsed notice back and refuses to save without --yes when not interactive', async () => {
    const { code, stdout, stderr } = await cli(
      'calendar',
      'import',
      '--notice',
      'test/fixtures/calendar/notice-2024.txt',
    );
    expect(stdout).toContain(
      '国庆节：2024年10月1日至2024年10月7日放假，共7天；2024年9月29日（星期日）、2024年10月12日（星期六）上班',
    );
    expect(stdout).toContain('与现有日历相比没有任何日期变化');
    expect(code).toBe(2);
    expect(stderr).toContain('--yes');
    expect((await cli('calendar', 'years')).stdout).toContain('2024  放假 28 天  调休上班 8 天  内置');
  });

  it('imports a new year with --yes; deadlines into that year are then exact, no longer refused', async () => {
    expect((await cli('deadline', '--received', '2026-12-15', '--channel', 'inPerson')).code).toBe(2);
    const imported = await cli('calendar', 'import', 'test/fixtures/calendar/invented-2027.csv', '--yes');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('已将 2027 年节假日安排保存到数据库（日历版本 1）');
    expect((await cli('calendar', 'years')).stdout).toMatch(
      /2027 {2}放假 \d+ 天 {2}调休上班 \d+ 天 {2}导入（system，/,
    );
    // Another database (--url) has not imported it: there 2027 is still unknown.
    const elsewhere = `sqlite:${join(dir, 'other.db')}`;
    expect(
      (await cli('deadline', '--received', '2026-12-15', '--channel', 'inPerson', '--url', elsewhere)).code,
    ).toBe(2);
    const after = await cli(
      'deadline',
      '--received',
      '2026-12-15',
      '--channel',
      'inPerson',
      '--format',
      'json',
      '--today',
      '2026-12-16',
    );
    expect(after.code).toBe(0);
    expect(JSON.parse(after.stdout)).toMatchObject({ dueOn: '2027-01-13', provisional: false });
  });
});

describe('gongkai deadline', { timeout: 120_000 }, () => {
  it('prints the issue example: online receipt 2023-09-25 → 2023-10-27, with the reason', async () => {
    const { code, stdout } = await cli(
      'deadline',
      '--received',
      '2023-09-25',
      '--channel',
      'online',
      '--today',
      '2023-10-20',
    );
    expect(code).toBe(0);
    expect(stdout).toContain('答复期限：2023年10月27日（星期五）');
    expect(stdout).toContain('剩余 5 个工作日');
    expect(stdout).toContain('2023年9月29日至10月6日中秋节、国庆节假期不计入');
  });

  it('without a database counts with the shipped years and marks an unknown year provisional', async () => {
    const { code, stdout } = await runCli(
      ['deadline', '--received', '2026-12-15', '--channel', 'inPerson', '--provisional', '--format', 'json'],
      { env: { GONGKAI_DATABASE_URL: '' } },
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ provisional: true });
  });

  it('refuses bad arguments and impossible timelines with exit 2 and a Chinese message', async () => {
    const [channel, date] = await Promise.all([
      cli('deadline', '--received', '2023-09-25', '--channel', 'pigeon'),
      cli('deadline', '--received', '2023-02-30', '--channel', 'online'),
    ]);
    expect(channel.code).toBe(2);
    expect(channel.stderr).toContain('渠道应为');
    expect(date.code).toBe(2);
    expect(date.stderr).toContain('日期不存在');
  });
});
