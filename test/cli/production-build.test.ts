// The production start (docs/operations.md): the sources compiled by `tsc -p tsconfig.build.json` (what `npm run
// build` runs after the console's build) into dist/app, and the server started with plain `node dist/app/cli/main.js
// serve` — no TypeScript loader. The console, the portal and the 年报体检 worker thread (whose entry differs between
// the sources and the build) must all answer.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHECKUP_FIELD, CHECKUP_PATH } from '../../src/server/pages/checkup.ts';
import { createTestDatabase, type TestDatabase } from '../db.ts';
import { spawnServer, type RunningServer } from '../server/spawn-server.ts';
import { repoRoot } from '../shared.ts';
import { consistentReport } from '../../src/core/report/check/fixture.ts';
import { writeTextReport } from '../../src/formats/write/text.ts';

const MAIN = join(repoRoot, 'dist/app/cli/main.js');

describe('the production build', () => {
  let database: TestDatabase;
  let server: RunningServer;
  beforeAll(async () => {
    await promisify(execFile)(
      process.execPath,
      [join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
      {
        cwd: repoRoot,
      },
    );
    database = await createTestDatabase('sqlite');
    server = await spawnServer(database.url, ['--demo'], 60_000, MAIN);
  }, 240_000);
  afterAll(async () => {
    await server?.stop();
    await database?.dispose();
  });

  it('starts from compiled JavaScript and serves the probes, the portal and the console', async () => {
    expect(server.child.spawnargs).toContain(MAIN);
    expect((await fetch(`${server.baseUrl}/readyz`)).status).toBe(200);
    expect(await (await fetch(`${server.baseUrl}/`)).text()).toContain('政府信息公开');
    const console = await fetch(`${server.baseUrl}/console/`);
    expect(console.status).toBe(200);
    expect(await console.text()).toContain('<div id="root">');
  });

  it('checks an uploaded report in the worker thread the build ships', async () => {
    const form = new FormData();
    form.append(CHECKUP_FIELD, new Blob([writeTextReport(consistentReport())]), 'report.txt');
    const response = await fetch(`${server.baseUrl}${CHECKUP_PATH}`, { method: 'POST', body: form });
    const page = await response.text();
    expect(response.status, /无法[^<]*/.exec(page)?.[0]).toBe(200);
    expect(page).toContain(consistentReport().agency);
    expect(page).toContain('读到的报告');
  });
});
