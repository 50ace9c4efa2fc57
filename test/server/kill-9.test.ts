// Durability under a crash: 500 concurrent intakes against the real server process on SQLite, SIGKILL part-way,
// restart. Every request the server acknowledged (2xx) must be there, and none may be half-written: the
// projection, its events and its audit row exist together or not at all, and the audit chain still verifies.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openMigratedDatabase } from '../../src/services/database.ts';
import { verifyAuditChain } from '../../src/storage/audit.ts';
import { spawnServer, type RunningServer } from './spawn-server.ts';
import { intakeBody, seedAgencyWithClerk, signIn } from './seed.ts';

const TOTAL = 500;
/** Kill once this many intakes have been acknowledged: well into the burst, with many still in flight. */
const KILL_AFTER = 150;

const dir = mkdtempSync(join(tmpdir(), 'gongkai-kill-'));
const url = `sqlite:${join(dir, 'kill.db')}`;
let server: RunningServer | undefined;

afterAll(async () => {
  if (server && server.child.exitCode === null) await server.kill();
  rmSync(dir, { recursive: true, force: true });
});

it('keeps every acknowledged intake, whole, across kill -9', async () => {
  await seedAgencyWithClerk(url);
  server = await spawnServer(url);
  const cookie = await signIn(server.baseUrl);

  const acknowledged: { id: string; registrationNumber: string }[] = [];
  /** Anything but a 201 before the kill is a failure of the server, not of the crash. */
  const beforeKill: string[] = [];
  let killing: Promise<void> | undefined;
  const running = server;
  const send = async (n: number) => {
    try {
      const response = await fetch(`${running.baseUrl}/api/v1/requests`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify(intakeBody(n)),
      });
      const text = await response.text();
      if (response.status !== 201) throw new Error(`意外的状态 ${response.status}：${text.slice(0, 200)}`);
      const body = JSON.parse(text) as { request: { id: string; registrationNumber: string } };
      acknowledged.push({ id: body.request.id, registrationNumber: body.request.registrationNumber });
      if (acknowledged.length === KILL_AFTER) killing = running.kill();
    } catch (error) {
      if (!killing) beforeKill.push(String((error as Error).cause ?? error));
      throw error;
    }
  };
  const outcomes = await Promise.allSettled(Array.from({ length: TOTAL }, (_, n) => send(n)));
  await killing;
  const failed = outcomes.filter((o) => o.status === 'rejected').length;
  expect(beforeKill.slice(0, 5), `${beforeKill.length} 件在强杀前失败`).toEqual([]);
  // The kill really happened mid-burst: some were acknowledged, some were cut off.
  expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER);
  expect(failed).toBeGreaterThan(0);
  expect(acknowledged.length + failed).toBe(TOTAL);

  // Restart on the same file: recovery happens at open, and the server comes back.
  server = await spawnServer(url);
  const again = await signIn(server.baseUrl);
  for (const { id, registrationNumber } of acknowledged) {
    const response = await fetch(`${server.baseUrl}/api/v1/requests/${id}`, { headers: { cookie: again } });
    expect(response.status, registrationNumber).toBe(200);
  }
  expect(await server.stop()).toBe(0);

  const opened = await openMigratedDatabase(url);
  try {
    const db = opened.db;
    const requests = await db.selectFrom('requests').select(['id', 'event_count', 'serial']).execute();
    const ids = new Set(requests.map((r) => r.id));
    for (const { id } of acknowledged) expect(ids.has(id)).toBe(true);
    const events = await db.selectFrom('request_events').select(['request_id', 'seq', 'type']).execute();
    const registered = await db
      .selectFrom('audit_log')
      .select('subject_id')
      .where('action', '=', 'request.registered')
      .execute();
    const audited = new Set(registered.map((r) => r.subject_id));
    for (const request of requests) {
      const own = events.filter((e) => e.request_id === request.id);
      expect(own.map((e) => [Number(e.seq), e.type])).toEqual([[0, 'received']]);
      expect(Number(request.event_count)).toBe(1);
      expect(audited.has(request.id)).toBe(true);
    }
    // No orphans the other way round either.
    expect(events.every((e) => ids.has(e.request_id))).toBe(true);
    expect(registered.every((r) => ids.has(r.subject_id))).toBe(true);
    // Registration serials are gap-free among what survived (the serial counter rolled back with the rest).
    const serials = requests.map((r) => Number(r.serial)).sort((a, b) => a - b);
    expect(serials).toEqual(serials.map((_, i) => i + 1));
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  } finally {
    await opened.close();
  }
}, 60_000);
