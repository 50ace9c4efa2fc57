// 《条例》第三十五条 flags in Chromium: one applicant files twelve requests in a fortnight, the last repeating the
// first; another files one. The inbox shows 频次异常 and 疑似重复 on the flagged requests only; the case page says
// what the flag means, links the earlier request and the applicant's other requests, and offers the office head the
// timeline's 第三十五条 steps — the decision opens with 不予处理 and its article already chosen.
import { describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../../src/services/actor.ts';
import { registerRequest } from '../../../src/services/requests/intake.ts';
import { ENGINES } from '../../db.ts';
import { look, useConsole } from './harness.ts';
import { dayClock } from './workbench-seed.ts';

const APPLICANT = {
  kind: 'naturalPerson' as const,
  name: '周频繁',
  idDocument: '居民身份证 110105198804040011',
  contact: '13911110000',
};
const FIRST_TEXT = '本局2025年度行政处罚案件的办理情况统计';

describe.each(ENGINES)('第三十五条 flags in the console (%s)', (engine) => {
  const consoleOf = useConsole(engine, dayClock('2026-12-04'));

  it('shows the badges in the inbox and the flag on the case page', { timeout: 120_000 }, async () => {
    const { api, base, signedIn } = consoleOf();
    const register = (applicant: typeof APPLICANT, arrivedOn: string, informationSought: string) =>
      registerRequest(api.ctx, SYSTEM_ACTOR, {
        agencyId: api.tenancy.a.id,
        channel: 'inPerson',
        arrivedOn,
        confirmedOn: null,
        applicant,
        informationSought,
        formWanted: '纸质文本',
      });
    const first = await register(APPLICANT, '2026-11-20', FIRST_TEXT);
    for (let n = 2; n <= 11; n++)
      await register(
        APPLICANT,
        `2026-11-${20 + Math.floor(n / 2)}`,
        `本局${2010 + n}年度第${n}批政府采购合同`,
      );
    const last = await register(APPLICANT, '2026-12-04', `${FIRST_TEXT}。`);
    expect(last.request.art35Flags.map((f) => f.kind)).toEqual(['volume', 'duplicate']);
    const other = await register(
      { ...APPLICANT, name: '吴平常', idDocument: '居民身份证 110105199002020022', contact: '13922220000' },
      '2026-12-04',
      FIRST_TEXT,
    );
    expect(other.request.art35Flags).toEqual([]);

    const page = await signedIn('officeHead.a');
    await page.goto(`${base}/console/requests`);
    const row = (registrationNumber: string) =>
      page.locator('.ant-table-tbody tr.ant-table-row', { hasText: registrationNumber });
    await expect.poll(() => row(last.request.registrationNumber).textContent()).toContain('频次异常');
    expect(await row(last.request.registrationNumber).textContent()).toContain('疑似重复');
    // The 11th request is over ten in thirty days; the first and another applicant's same text are not flagged.
    expect(await page.getByTestId('art35-volume').count()).toBe(2);
    expect(await row(first.request.registrationNumber).textContent()).not.toMatch(/频次异常|疑似重复/);
    expect(await row(other.request.registrationNumber).textContent()).not.toMatch(/频次异常|疑似重复/);
    await look(page, `requests-art35-inbox-${engine}`);

    await row(last.request.registrationNumber).getByRole('link').click();
    const card = page.getByTestId('art35-card');
    await expect.poll(() => card.textContent()).toContain('第三十五条提示');
    const text = (await card.textContent())!;
    expect(text).toContain('同一申请人自2026-11-05起30日内在本机关提出第12件申请（超过10件）');
    expect(text).toContain(`与本人此前的申请${first.request.registrationNumber}内容相同`);
    expect(text).toContain('该申请人在本机关的其他申请（共 11 件）');
    expect(text).toContain('本平台尚不能记录此项');
    // The system's note follows the receipt in the timeline.
    expect(await page.locator('.ant-timeline').textContent()).toContain('系统提示：');
    await look(page, `requests-art35-case-${engine}`);

    // The decision opens with 不予处理 chosen and 第三十五条 filled in; the person still confirms it.
    await card.getByRole('button', { name: '不予处理：无正当理由大量反复申请' }).click();
    const dialog = page.getByRole('dialog', { name: '答复决定' });
    await expect.poll(() => dialog.textContent()).toContain('4.无正当理由大量反复申请');
    expect(await dialog.getByLabel('所依据的条款').inputValue()).toBe('《条例》第三十五条');
    // axe reads colours mid-animation as faded: wait until the modal has zoomed in.
    await expect
      .poll(() => page.locator('.ant-modal').evaluate((el) => el.getAnimations({ subtree: true }).length))
      .toBe(0);
    await look(page, `requests-art35-decide-${engine}`);
    await dialog.getByRole('button', { name: '取消' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

    // The flag links the request it repeats.
    await card.getByRole('link', { name: `查看 ${first.request.registrationNumber}` }).click();
    await expect
      .poll(() => page.locator('h1').textContent())
      .toBe(`申请 ${first.request.registrationNumber}`);
    await expect.poll(() => page.getByTestId('art35-card').textContent()).toContain('同一申请人的其他申请');
  });
});
