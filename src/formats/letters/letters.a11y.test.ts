// A reply letter's HTML in real Chromium with axe-core: zero violations.
import { describe, expect, it } from 'vitest';
import { axeViolations, useChromiumPage } from '../../../test/chromium.ts';
import { renderReplyLetter } from './index.ts';

const currentPage = useChromiumPage();

describe('reply letter HTML in Chromium', () => {
  // One 答复书 and one 告知书: the letters differ only in wording, not in markup.
  it.each(['withheld.stateSecret', 'otherDisposal.other'] as const)(
    '%s has no accessibility violations',
    async (outcome) => {
      const html = await renderReplyLetter(
        {
          agency: { name: '朔禾县农业农村局', address: '朔禾县府前路1号', phone: '0315-6620001' },
          applicant: { name: '李华' },
          registrationNumber: 'SHNY-2025-0007',
          receivedOn: '2025-02-10',
          requestSummary: '2024年度农机购置补贴发放名单',
          outcome,
          reasons: '经审查,相关情况说明如上。',
          articles: outcome === 'otherDisposal.other' ? '《条例》第三十一条' : undefined,
          decidedOn: '2025-03-03',
        },
        'html',
      );
      expect(
        await axeViolations(currentPage(), html, [
          'document-title',
          'html-lang-valid',
          'page-has-heading-one',
        ]),
      ).toEqual([]);
    },
  );
});
