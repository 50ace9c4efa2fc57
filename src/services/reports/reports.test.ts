// The report use cases: checking and converting are open to anyone (published documents), one unreadable document
// never stops a batch; building is for the agency's case readers (and its supervisor), as over HTTP.
import { expect, it } from 'vitest';
import { forEachEngine } from '../../../test/db.ts';
import { makeAgency } from '../../../test/db/factories.ts';
import { staffAs } from '../../../test/actors.ts';
import { testContext } from '../../../test/context.ts';
import { consistentReport } from '../../core/report/check/fixture.ts';
import { writeJsonReport } from '../../formats/json/write.ts';
import { PUBLIC_ACTOR, SYSTEM_ACTOR } from '../actor.ts';
import { buildReport } from './build.ts';
import { bytesDocument, checkReports } from './check.ts';
import { convertReport } from './convert.ts';

const json = (text: string) => new TextEncoder().encode(text);

forEachEngine((_engine, getDb) => {
  it('checks a batch as the public: a broken document gets its failure, the others their findings', async () => {
    const ctx = testContext(getDb());
    const seen: string[] = [];
    const verdicts = await checkReports(
      ctx,
      PUBLIC_ACTOR,
      {
        documents: [
          bytesDocument('good.json', json(writeJsonReport(consistentReport()))),
          bytesDocument('broken.json', json('{')),
        ],
      },
      (name) => seen.push(name),
    );
    expect(seen).toEqual(['good.json', 'broken.json']);
    expect(verdicts[0]).toMatchObject({ name: 'good.json', failure: null });
    expect(verdicts[0]!.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(verdicts[1]).toMatchObject({
      name: 'broken.json',
      report: null,
      failure: { code: expect.any(String) },
    });
  });

  it('converts a document to another format', async () => {
    const ctx = testContext(getDb());
    const { written } = await convertReport(ctx, PUBLIC_ACTOR, {
      document: bytesDocument('good.json', json(writeJsonReport(consistentReport()))),
      to: 'md',
    });
    expect(String(written)).toContain('临沂市国防动员办公室');
  });

  it('builds as the agency staff who read cases and refuses others, as over HTTP', async () => {
    const ctx = testContext(getDb());
    const agency = await makeAgency(getDb());
    const other = await makeAgency(getDb());
    const input = { agencyId: agency.id, year: 2026 };
    await expect(buildReport(ctx, PUBLIC_ACTOR, input)).rejects.toMatchObject({
      code: 'auth.unauthenticated',
    });
    await expect(buildReport(ctx, staffAs('admin', agency.id), input)).rejects.toMatchObject({
      code: 'auth.forbidden',
    });
    await expect(buildReport(ctx, staffAs('clerk', other.id), input)).rejects.toMatchObject({
      code: 'auth.otherAgency',
    });
    const built = await buildReport(ctx, staffAs('leader', agency.id), { ...input, format: 'text' });
    expect(built.report).toMatchObject({ agency: agency.name, year: 2026 });
    expect(String(built.written)).toContain(agency.name);
    expect((await buildReport(ctx, SYSTEM_ACTOR, input)).written).toBeNull();
  });
});
