// The agency's lexicon on both engines: a wrong line is refused with its number, the saved text reads back, a
// sample text is tried against it, a draft submitted for review is screened with it, another agency's
// administrator and a clerk are refused, and an empty text removes it. A draft with a hit cannot go to review.
import { expect, it } from 'vitest';
import { staffAs } from '../../../test/actors.ts';
import { testContext } from '../../../test/context.ts';
import { forEachEngine } from '../../../test/db.ts';
import { makeAgency } from '../../../test/db/factories.ts';
import { listAuditTrail } from '../audit.ts';
import { createDraft } from './catalogue.ts';
import { submitForReview } from './review.ts';
import { lexiconSettings, saveLexiconText, trialScreening } from './screening-lexicon.ts';

forEachEngine((_engine, getDb) => {
  it('saves, reads back, tries and applies the lexicon; refuses others; clears', async () => {
    const ctx = testContext(getDb());
    const agency = await makeAgency(getDb());
    const admin = staffAs('admin', agency.id, `admin-${agency.id.slice(0, 6)}`);
    expect(await lexiconSettings(ctx, admin)).toMatchObject({ text: '', count: 0, updatedBy: null });

    await expect(
      saveLexiconText(ctx, admin, { text: '翻墙软件,网络安全\n,没有词条的类别' }),
    ).rejects.toMatchObject({
      code: 'screening.lexiconInvalid',
      message: expect.stringContaining('第 2 行'),
    });
    const saved = await saveLexiconText(ctx, admin, { text: '# 本机关词库\n翻墙软件,网络安全\n内部资料' });
    expect(saved).toMatchObject({ text: '翻墙软件,网络安全\n内部资料', count: 2, updatedBy: admin.name });
    const trail = await listAuditTrail(getDb(), { subjectType: 'agency', subjectId: agency.id, limit: 1 });
    expect(trail[0]).toMatchObject({ action: 'screening.lexiconSaved', details: { count: 2 } });

    const trial = await trialScreening(ctx, admin, { text: '请勿下载翻墙软件。' });
    expect(trial.findings.filter((f) => f.rule === 'screening.lexicon')).toHaveLength(1);

    const clerk = staffAs('clerk', agency.id);
    const item = await createDraft(ctx, clerk, {
      agencyId: agency.id,
      draft: {
        title: '关于网络使用的通知',
        publishingBody: '测试机关',
        genre: 'notice',
        category: 'notice',
        body: '<p>本通知系内部资料以外的公开内容，严禁使用翻墙软件。</p>',
      },
    });
    // The lexicon's hits are errors: the draft cannot go to review until they are fixed.
    await expect(submitForReview(ctx, clerk, { id: item.id })).rejects.toMatchObject({
      code: 'publications.screeningBlocked',
      message: expect.stringContaining('2 处'),
    });

    await expect(saveLexiconText(ctx, clerk, { text: '词' })).rejects.toMatchObject({
      code: 'auth.forbidden',
    });
    const other = await makeAgency(getDb());
    await expect(
      lexiconSettings(ctx, staffAs('admin', other.id), { agencyId: agency.id }),
    ).rejects.toMatchObject({ code: 'auth.otherAgency' });

    expect(await saveLexiconText(ctx, admin, { text: '  \n# 暂不使用\n' })).toMatchObject({
      count: 0,
      text: '',
    });
    const after = await trialScreening(ctx, admin, { text: '请勿下载翻墙软件。' });
    expect(after.findings.filter((f) => f.rule === 'screening.lexicon')).toEqual([]);
  });
});
