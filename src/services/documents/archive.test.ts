// Done-when (issue 13, 归档): a closed demo request's archive package verifies; changing one byte of any file in it
// fails verification with that file named; the archived request is read-only.
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { staffAs } from '../../../test/actors.ts';
import { testContext } from '../../../test/context.ts';
import { forEachEngine } from '../../../test/db.ts';
import { verifyPackage } from '../../formats/archive/package.ts';
import { findAgency } from '../agencies.ts';
import { SYSTEM_ACTOR } from '../actor.ts';
import { fixedClock } from '../clock.ts';
import { loadDemo, DEMO_AGENCY } from '../demo/load.ts';
import { appendEvent } from '../requests/append-event.ts';
import { archiveDownload, archiveRequest } from './archive.ts';
import { recordDelivery } from './delivery.ts';
import { listDocuments } from './generate.ts';

forEachEngine((_engine, getDb) => {
  describe('archive packages', () => {
    it('a closed demo request: its package verifies, one changed byte in any file is named, the request is read-only', async () => {
      const ctx = testContext(getDb(), fixedClock('2026-11-27T02:00:00Z'));
      await loadDemo(ctx, SYSTEM_ACTOR);
      const agency = await findAgency(getDb(), DEMO_AGENCY.name);
      const clerk = staffAs('clerk', agency.id);
      // A demo request with a correction and an extension: several papers.
      const closed = await getDb()
        .selectFrom('requests')
        .select(['id', 'registration_number'])
        .where('agency_id', '=', agency.id)
        .where('state', '=', 'archived')
        .orderBy('registration_number')
        .execute();
      const requestId = closed[2]!.id;
      const summary = await archiveRequest(ctx, clerk, { requestId });
      expect(summary).toMatchObject({
        archivedOn: expect.any(String) as string,
        size: expect.any(Number) as number,
      });
      // Ten years by default (《机关档案管理规定》: the agency's own schedule; see settings.ts).
      expect(Number(summary.retainUntil.slice(0, 4)) - Number(summary.archivedOn.slice(0, 4))).toBe(10);
      const { content, fileName } = await archiveDownload(ctx, clerk, { requestId });
      expect(fileName).toBe(`${closed[2]!.registration_number}-归档.zip`);
      const verdict = verifyPackage(content);
      expect(verdict.ok).toBe(true);
      const files = unzipSync(content);
      const names = Object.keys(files);
      const { documents } = await listDocuments(ctx, clerk, { requestId });
      expect(names.filter((n) => n.startsWith('documents/')).length).toBe(documents.length);
      for (const n of names.filter((n) => n.endsWith('.pdf')))
        expect(new TextDecoder().decode(files[n]!.subarray(0, 5))).toBe('%PDF-');
      expect(names).toEqual(
        expect.arrayContaining(['timeline.json', 'audit.json', 'manifest.json', 'manifest.sm3']),
      );
      const audit = JSON.parse(new TextDecoder().decode(files['audit.json'])) as { action: string }[];
      expect(audit.map((a) => a.action)).toEqual(
        expect.arrayContaining(['request.registered', 'request.archived', 'request.documentsIssued']),
      );
      for (const name of names) {
        const changed = { ...files, [name]: files[name]!.slice() };
        const bytes = changed[name]!;
        const at = Math.floor(bytes.length / 2);
        bytes[at] = bytes[at]! ^ 0x01;
        const result = verifyPackage(zipSync(changed, { level: 0 }));
        expect(result.ok, name).toBe(false);
        if (!result.ok)
          expect(
            result.problems.map((p) => p.path),
            name,
          ).toEqual([name]);
      }
      // A file slipped in is named too.
      const extra = verifyPackage(zipSync({ ...files, 'extra.txt': strToU8('x') }));
      expect(!extra.ok && extra.problems).toEqual([{ path: 'extra.txt', problem: '清单中没有这个文件' }]);
      // Read-only: no event, no delivery record, no second package.
      await expect(
        appendEvent(ctx, clerk, {
          requestId,
          event: { type: 'assigned', on: '2026-11-27', assignee: '某人' },
        }),
      ).rejects.toMatchObject({ code: 'requests.alreadyArchived' });
      await expect(
        recordDelivery(ctx, clerk, { documentId: documents[0]!.id, method: 'online', sentOn: '2026-11-27' }),
      ).rejects.toMatchObject({ code: 'requests.alreadyArchived' });
      await expect(archiveRequest(ctx, clerk, { requestId })).rejects.toMatchObject({
        code: 'requests.alreadyArchived',
      });
      // An open request cannot be archived.
      const open = await getDb()
        .selectFrom('requests')
        .select('id')
        .where('agency_id', '=', agency.id)
        .where('state', '!=', 'archived')
        .executeTakeFirstOrThrow();
      await expect(archiveRequest(ctx, clerk, { requestId: open.id })).rejects.toMatchObject({
        code: 'requests.notFinished',
      });
    }, 240_000);
  });
});
