import { describe, expect, it } from 'vitest';
import { staffAs } from '../../../test/actors.ts';
import { testContext } from '../../../test/context.ts';
import { forEachEngine } from '../../../test/db.ts';
import { refusalCode } from '../../../test/refusal.ts';
import { SYSTEM_ACTOR } from '../actor.ts';
import { createAgency } from '../agencies.ts';
import { createDraft } from './catalogue.ts';
import { reviewStep, submitForReview } from './review.ts';
import { catalogueSettings, saveCatalogueSettings, type CatalogueSettingsInput } from './settings.ts';

const workflow: CatalogueSettingsInput['workflow'] = {
  steps: [
    { key: 'legalReview', label: '合法性审查', roles: ['officeHead'] },
    { key: 'signOff', label: '领导签发', roles: ['leader'] },
  ],
};

forEachEngine((_engine, getDb) => {
  describe('catalogue settings', () => {
    it('only the agency’s own administrator changes its workflow, and review then follows it', async () => {
      const db = getDb();
      const ctx = testContext(db);
      const make = (name: string, prefix: string) =>
        createAgency(ctx, SYSTEM_ACTOR, { name, level: 'department', registrationPrefix: prefix });
      const agency = await make('设置测试机关', '设');
      const other = await make('设置他机关', '他');
      const input = { agencyId: agency.id, settings: { workflow } };

      expect(await refusalCode(saveCatalogueSettings(ctx, staffAs('clerk', agency.id), input))).toBe(
        'auth.forbidden',
      );
      expect(await refusalCode(saveCatalogueSettings(ctx, staffAs('admin', other.id), input))).toBe(
        'auth.otherAgency',
      );
      expect((await catalogueSettings(db, agency.id)).workflow.steps[0]!.key).toBe('departmentReview');

      await saveCatalogueSettings(ctx, staffAs('admin', agency.id), input);
      const clerk = staffAs('clerk', agency.id);
      const item = await createDraft(ctx, clerk, {
        agencyId: agency.id,
        draft: { title: '设置测试', publishingBody: '设置测试机关', genre: 'notice', category: 'notice' },
      });
      await submitForReview(ctx, clerk, { id: item.id });
      const reviewed = await reviewStep(ctx, staffAs('officeHead', agency.id), {
        id: item.id,
        action: { type: 'approve', step: 'legalReview' },
      });
      expect(reviewed.review).toMatchObject({ status: 'inReview', stepIndex: 1 });
    });
  });
});
