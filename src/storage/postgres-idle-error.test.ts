// A PostgreSQL server that ends an idle pooled connection (a restart, pg_terminate_backend, DROP DATABASE … FORCE)
// must not bring the process down: the pool drops that connection and the next query opens a new one.
import { sql } from 'kysely';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/db.ts';

describe.skipIf(!process.env.GONGKAI_TEST_PG_URL)(
  'PostgreSQL pool after the server ends an idle connection',
  () => {
    it('keeps the process up and answers the next query', async () => {
      const test = await createTestDatabase('postgres');
      const warnings: string[] = [];
      const onWarning = (warning: Error) => warnings.push(warning.message);
      process.on('warning', onWarning);
      try {
        await sql`select 1`.execute(test.db);
        const admin = new pg.Client({ connectionString: process.env.GONGKAI_TEST_PG_URL });
        await admin.connect();
        const database = new URL(test.url).pathname.slice(1);
        await admin.query(
          'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
          [database],
        );
        await admin.end();
        await new Promise((resolve) => setTimeout(resolve, 300));
        const { rows } = await sql<{ answer: number }>`select 42 as answer`.execute(test.db);
        expect(rows[0]!.answer).toBe(42);
        expect(warnings.some((w) => w.includes('PostgreSQL 空闲连接已断开'))).toBe(true);
      } finally {
        process.off('warning', onWarning);
        await test.dispose();
      }
    });
  },
);
