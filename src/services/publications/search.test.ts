import { describe, expect, it } from 'vitest';
import { staffAs } from '../../../test/actors.ts';
import { testContext } from '../../../test/context.ts';
import { forEachEngine } from '../../../test/db.ts';
import { isDomainError } from '../../core/errors/index.ts';
import { SYSTEM_ACTOR } from '../actor.ts';
import { createAgency } from '../agencies.ts';
import { createDraft } from './catalogue.ts';
import { loadDemoCatalogue } from './demo/load.ts';
import { searchCatalogue } from './search.ts';

forEachEngine((_engine, getDb) => {
  describe('catalogue search', () => {
    let agencyId = '';
    let otherId = '';
    const clerk = (agency: string) => staffAs('clerk', agency);

    it('loads a corpus', async () => {
      const db = getDb();
      agencyId = (
        await createAgency(testContext(db), SYSTEM_ACTOR, {
          name: '检索测试机关',
          level: 'department',
          registrationPrefix: '检',
        })
      ).id;
      otherId = (
        await createAgency(testContext(db), SYSTEM_ACTOR, {
          name: '其他机关',
          level: 'department',
          registrationPrefix: '他',
        })
      ).id;
      const ctx = testContext(db);
      await loadDemoCatalogue(ctx, SYSTEM_ACTOR, agencyId);
      await createDraft(ctx, clerk(agencyId), {
        agencyId,
        draft: {
          title: '临沂市人民防空工程维护管理办法',
          documentNumber: '临国动规〔2023〕2号',
          writtenOn: '2023-06-01',
          publishingBody: '临沂市国防动员办公室',
          genre: 'normativeDocument',
          category: 'policyDocument',
          art20Item: 1,
          validity: { status: 'inForce' },
          body: '<p>为加强人防工程维护管理，保障战时防护功能，制定本办法。</p>',
        },
      });
      await createDraft(ctx, clerk(otherId), {
        agencyId: otherId,
        draft: {
          title: '其他机关的人防工程维护通知',
          publishingBody: '其他机关',
          genre: 'notice',
          category: 'notice',
          body: '<p>人防工程维护</p>',
        },
      });
    });

    it('finds published items by words in the title, ranked and highlighted', async () => {
      const result = await searchCatalogue(
        getDb(),
        { agencyIds: [agencyId], statuses: ['published'] },
        { q: '防空警报' },
      );
      expect(result.total).toBeGreaterThan(0);
      expect(result.hits[0]!.titleHtml).toContain('<mark>');
      for (const hit of result.hits) expect(hit.item.agencyId).toBe(agencyId);
      // Title matches rank above body-only matches.
      const titled = result.hits.map(
        (h) => h.item.title.includes('防空警报') || h.item.title.includes('警报'),
      );
      expect(titled.indexOf(false) === -1 || titled.lastIndexOf(true) < titled.indexOf(false)).toBe(true);
    });

    it('finds by 文号 and by words inside a longer word, and keeps drafts and other agencies out when asked', async () => {
      const db = getDb();
      const staff = await searchCatalogue(db, { agencyIds: [agencyId] }, { q: '临国动规〔2023〕2号' });
      expect(staff.hits.map((h) => h.item.title)).toEqual(['临沂市人民防空工程维护管理办法']);
      expect(
        (await searchCatalogue(db, { agencyIds: [agencyId] }, { q: '人防工程维护' })).hits.map(
          (h) => h.item.title,
        ),
      ).toContain('临沂市人民防空工程维护管理办法');
      expect(
        (
          await searchCatalogue(
            db,
            { agencyIds: [agencyId], statuses: ['published'] },
            { q: '临国动规〔2023〕2号' },
          )
        ).total,
      ).toBe(0);
      const everywhere = await searchCatalogue(db, {}, { q: '人防工程维护' });
      expect(new Set(everywhere.hits.map((h) => h.item.agencyId))).toEqual(new Set([agencyId, otherId]));
    });

    it('filters by category, Art. 20 item, year and validity', async () => {
      const db = getDb();
      const scope = { agencyIds: [agencyId] };
      const enforcement = await searchCatalogue(db, scope, { q: '公示', category: 'enforcement' });
      expect(enforcement.total).toBeGreaterThan(0);
      expect(enforcement.hits.every((h) => h.item.category === 'enforcement')).toBe(true);
      expect((await searchCatalogue(db, scope, { q: '公示', art20Item: 6 })).total).toBe(enforcement.total);
      expect((await searchCatalogue(db, scope, { q: '公示', year: 2022 })).total).toBe(0);
      expect((await searchCatalogue(db, scope, { q: '公示', year: 2023 })).total).toBe(enforcement.total);
      const valid = await searchCatalogue(db, scope, { q: '管理办法', validity: 'inForce' });
      expect(valid.hits.map((h) => h.item.validity?.status)).toEqual(['inForce']);
      expect((await searchCatalogue(db, scope, { q: '管理办法', validity: 'repealed' })).total).toBe(0);
    });

    it('pages through results and refuses an empty query', async () => {
      const db = getDb();
      const first = await searchCatalogue(db, { agencyIds: [agencyId] }, { q: '开展', pageSize: 5 });
      const second = await searchCatalogue(
        db,
        { agencyIds: [agencyId] },
        { q: '开展', pageSize: 5, page: 2 },
      );
      expect(first.total).toBeGreaterThan(10);
      expect(second.hits.map((h) => h.item.id)).not.toContain(first.hits[0]!.item.id);
      try {
        await searchCatalogue(db, {}, { q: '  ' });
        expect.unreachable();
      } catch (error) {
        expect(isDomainError(error) && error.code).toBe('platform.invalidInput');
      }
    });
  });
});
