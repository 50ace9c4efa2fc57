// The catalogue as a citizen sees it, on the demo (SQLite): the list and a filtered list with page links, a search
// with highlighted hits and one with none, an item's page with its metadata, attachment and interpretation, a
// repealed document's banner, and the 400 page of a malformed filter — each at 1280 px, 375 px and large-font,
// with axe finding nothing.
import { describe, expect, it } from 'vitest';
import type { Publication } from '../../../src/core/publications/publication.ts';
import { listCatalogue } from '../../../src/services/publications/catalogue.ts';
import type { ListFilter } from '../../../src/storage/publications/items.ts';
import { lookEverywhere, usePortal } from './harness.ts';

describe('the catalogue pages', () => {
  const portalOf = usePortal('sqlite');

  const findItem = async (filter: Partial<ListFilter>, title?: string): Promise<Publication> => {
    const { agency, ctx } = portalOf();
    const { items } = await listCatalogue(ctx.db, {
      agencyIds: [agency.id],
      statuses: ['published'],
      limit: 100,
      offset: 0,
      ...filter,
    });
    const item = items.find((i) => !title || i.title === title);
    if (!item) throw new Error(`demo item missing: ${title}`);
    return item;
  };

  // Each page is opened three times with axe: generous timeouts for a loaded CI machine.
  const slow = { timeout: 90_000 };

  it('lists the published items newest first, filters them and pages through them', slow, async () => {
    const portal = portalOf();
    const list = await lookEverywhere(portal, `${portal.site}catalogue`, 'catalogue-list');
    const rows = list.locator('ul.catalogue > li');
    expect(await rows.count()).toBe(20);
    // The demo's 2023 annual report, signed off when the demo loaded (today), is the newest item (category 年报).
    expect(await rows.first().locator('a').textContent()).toContain('2023年政府信息公开工作年度报告');
    expect(await rows.nth(1).locator('a').textContent()).toContain('政策解读');
    expect(await rows.nth(1).locator('time').textContent()).toBe('2025-06-20');
    expect(await list.locator('.count').textContent()).toContain('255 条');
    expect(await list.locator('.pager [aria-current=page]').textContent()).toBe('1');

    const filtered = await lookEverywhere(
      portal,
      `${portal.site}catalogue?category=policyDocument&validity=repealed`,
      'catalogue-filtered',
    );
    const only = filtered.locator('ul.catalogue > li');
    expect(await only.count()).toBe(1);
    expect(await only.locator('.docno').textContent()).toBe('文号：临国动规〔2024〕1号');
    expect(await filtered.locator('#filter-validity').inputValue()).toBe('repealed');

    await list.goto(`${portal.base}${portal.site}catalogue?year=2023&category=workUpdate`);
    await list.getByRole('link', { name: '下一页' }).click();
    expect(await list.locator('.pager [aria-current=page]').textContent()).toBe('2');
    expect(await list.locator('.count').textContent()).toContain('共 219 条，第 2 / 11 页');
  });

  it('searches with the words marked, and says so plainly when nothing is found', slow, async () => {
    const portal = portalOf();
    const hits = await lookEverywhere(
      portal,
      `${portal.site}catalogue/search?q=${encodeURIComponent('防空警报')}`,
      'catalogue-search',
    );
    expect(await hits.locator('ul.catalogue > li').count()).toBeGreaterThan(1);
    const marks = await hits.locator('ul.catalogue mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((m) => ['防空', '警报', '防空警报'].includes(m))).toBe(true);
    expect(await hits.locator('#q').inputValue()).toBe('防空警报');

    const none = await lookEverywhere(
      portal,
      `${portal.site}catalogue/search?q=${encodeURIComponent('<i>潜水艇</i>')}`,
      'catalogue-search-none',
    );
    expect(await none.locator('main h2').textContent()).toBe('没有找到与“<i>潜水艇</i>”相关的信息');
    expect(await none.locator('main i').count()).toBe(0);
  });

  it('shows an item with the metadata table, its attachment and its interpretation', slow, async () => {
    const portal = portalOf();
    const policy = await findItem({ category: 'policyDocument', validity: 'inForce', year: 2025 });
    const page = await lookEverywhere(portal, `${portal.site}catalogue/${policy.id}`, 'catalogue-item');
    const meta = Object.fromEntries(
      await page
        .locator('table.meta tr')
        .evaluateAll((rows) =>
          rows.map((r) => [r.querySelector('th')!.textContent, r.querySelector('td')!.textContent]),
        ),
    );
    expect(meta).toMatchObject({
      索引号: policy.indexNumber,
      发布机构: policy.publishingBody,
      成文日期: policy.writtenOn,
      发布日期: policy.publishedOn,
      文号: policy.documentNumber,
      主题分类: policy.topic,
      信息类别: '政策文件',
      有效性: '现行有效（2025-07-01 起施行）',
      公开依据: '《条例》第二十条第(一)项',
    });
    expect(await page.locator('.banner').count()).toBe(0);
    await page.getByRole('link', { name: /政策解读$/ }).click();
    expect(await page.locator('h1').textContent()).toContain('政策解读');
    await page.getByRole('link', { name: policy.title }).click();
    expect(await page.locator('h1').textContent()).toBe(policy.title);

    const rules = await findItem({ category: 'disclosureRules' });
    const withFile = await lookEverywhere(
      portal,
      `${portal.site}catalogue/${rules.id}`,
      'catalogue-item-attachment',
    );
    const link = withFile.getByRole('link', { name: '依申请公开办理流程图.pdf' });
    const download = await fetch(new URL(String(await link.getAttribute('href')), portal.base));
    expect([download.status, download.headers.get('content-type')]).toEqual([200, 'application/pdf']);
  });

  it('marks a repealed document with a banner that leads to the one in force', slow, async () => {
    const portal = portalOf();
    const repealed = await findItem({ validity: 'repealed' });
    const page = await lookEverywhere(
      portal,
      `${portal.site}catalogue/${repealed.id}`,
      'catalogue-item-repealed',
    );
    const banner = page.getByRole('note');
    expect(await banner.textContent()).toContain('本文件已于 2025-06-30 废止，不再执行。');
    await banner.getByRole('link').click();
    expect(await page.locator('h1').textContent()).toBe(
      '临沂市国防动员办公室关于防空警报设施设置和维护的规定',
    );
  });

  it('answers a malformed filter with the 400 page in Chinese', slow, async () => {
    const portal = portalOf();
    const page = await lookEverywhere(
      portal,
      `${portal.site}catalogue?year=99999&category=x`,
      'catalogue-400',
    );
    expect(await page.locator('h1').textContent()).toBe('网址参数有误');
    expect(await page.getByRole('alert').textContent()).toContain(
      '发布年份应为 2000 年到 2100 年之间的四位数',
    );
  });
});
