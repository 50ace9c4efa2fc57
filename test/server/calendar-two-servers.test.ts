// Issue 8, point 4: every process of an installation counts with the same calendar. Two real server processes on
// one PostgreSQL database; a year is imported through the command line into that database while both run; the
// server that did not import it — and had already answered for that year from its kept calendar — gives the same,
// changed deadline on its next request. PostgreSQL only: two servers sharing one SQLite file is not a deployment.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../db.ts';
import { runCli } from '../cli/run-cli.ts';
import { spawnServerPair, type RunningServer } from './spawn-server.ts';

const PG = process.env.GONGKAI_TEST_PG_URL;
const SKIP_REASON = '（已跳过：未设置 GONGKAI_TEST_PG_URL，两个服务器进程须共用一个 PostgreSQL 数据库）';

// Wednesday 22 September 2027, in person: the 20 working days run over 国庆 2027, which the invented arrangement
// of test/fixtures/calendar/invented-2027.csv fixes (1–7 October off, Saturday 9 October worked).
const DEADLINE = '/api/v1/calendar/deadline?received=2027-09-22&channel=inPerson';

interface Deadline {
  dueOn: string;
  provisional: boolean;
}

async function deadlineFrom(server: RunningServer): Promise<Deadline> {
  const response = await fetch(`${server.baseUrl}${DEADLINE}`);
  expect(response.status, await response.clone().text()).toBe(200);
  return (await response.json()) as Deadline;
}

describe.skipIf(!PG)(`two servers on one PostgreSQL database${PG ? '' : SKIP_REASON}`, () => {
  let database: TestDatabase | undefined;
  const servers: RunningServer[] = [];

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    servers.push(...(await spawnServerPair(database.url)));
  }, 120_000);

  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await database?.dispose();
  });

  it('a year imported through one is counted with by the other on its next request', async () => {
    const [a, b] = servers as [RunningServer, RunningServer];
    const before = await Promise.all([deadlineFrom(a), deadlineFrom(b)]);
    expect(before[0]).toEqual(before[1]);
    expect(before[1].provisional).toBe(true);

    const imported = await runCli([
      'calendar',
      'import',
      'test/fixtures/calendar/invented-2027.csv',
      '--yes',
      '--url',
      database!.url,
    ]);
    expect(imported.code, imported.stderr).toBe(0);

    const after = await Promise.all([deadlineFrom(b), deadlineFrom(a)]);
    expect(after[0]).toMatchObject({ dueOn: '2027-10-26', provisional: false });
    expect(after[1]).toEqual(after[0]);
    expect(after[0].dueOn).not.toBe(before[0].dueOn);

    // Both list the import, with who made it.
    for (const server of [a, b]) {
      const year = (await (await fetch(`${server.baseUrl}/api/v1/calendar/2027`)).json()) as {
        imported: { by: string } | null;
      };
      expect(year.imported?.by).toBe('system');
    }
  }, 60_000);
});
