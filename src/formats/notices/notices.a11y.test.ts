// Each statutory notice's HTML in real Chromium with axe-core: zero violations.
import { describe, expect, it } from 'vitest';
import { axeViolations, useChromiumPage } from '../../../test/chromium.ts';
import { renderNotice } from './index.ts';
import { NOTICE_KINDS, sampleNotice } from './notices.fixture.ts';

const currentPage = useChromiumPage();

describe('notice HTML in Chromium', () => {
  it.each(NOTICE_KINDS)('%s has no accessibility violations', async (kind) => {
    const html = await renderNotice(sampleNotice(kind), 'html');
    expect(
      await axeViolations(currentPage(), html, ['document-title', 'html-lang-valid', 'page-has-heading-one']),
    ).toEqual([]);
  });
});
