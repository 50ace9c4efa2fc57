// N-2 — the six sections required by 《条例》第五十条 under the headings of 国办公开办函〔2021〕30号 (docs/statute.md §2.1):
// present, in order, with the standard names.
import type { Finding } from '../../findings.ts';
import { SECTION_HEADINGS, SECTION_KEYS } from '../../taxonomy/index.ts';
import type { RuleContext } from './context.ts';
import { finding } from './finding.ts';

/**
 * Differences nobody should be warned about: spaces, full- against half-width forms (NFKC), curly against
 * straight quotes, a trailing full stop or colon.
 */
export function normalizeHeading(heading: string): string {
  return heading
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[“”「」『』]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/[。.:;；]+$/, '');
}

const STANDARD = SECTION_KEYS.map((key) => ({
  key,
  heading: SECTION_HEADINGS[key],
  normalized: normalizeHeading(SECTION_HEADINGS[key]),
}));

export function checkSections({ report, severities }: RuleContext): Finding[] {
  const findings: Finding[] = [];
  const present = new Set(report.sections.map((section) => section.key));
  for (const standard of STANDARD) {
    if (present.has(standard.key)) continue;
    findings.push(
      finding(
        'N-2',
        severities['N-2/missing'],
        { section: standard.heading },
        standard.heading,
        null,
        `缺少“${standard.heading}”部分（《条例》第五十条规定年度报告应包含该内容）`,
      ),
    );
  }
  for (const section of report.sections) {
    const standard = STANDARD[SECTION_KEYS.indexOf(section.key)]!;
    if (normalizeHeading(section.heading) === standard.normalized) continue;
    findings.push(
      finding(
        'N-2',
        severities['N-2/wording'],
        { section: section.heading },
        standard.heading,
        section.heading,
        `标题“${section.heading}”与年度报告格式的“${standard.heading}”措辞不同`,
      ),
    );
  }
  const order = report.sections.map((section) => SECTION_KEYS.indexOf(section.key));
  if (order.some((index, i) => i > 0 && index <= order[i - 1]!)) {
    const written = report.sections.map((section) => section.heading).join(' → ');
    findings.push(
      finding(
        'N-2',
        severities['N-2/order'],
        {},
        STANDARD.map((standard) => standard.heading).join(' → '),
        written,
        `各部分的顺序或出现次数与格式不符：报告中依次为 ${written}，应为一至六各出现一次`,
      ),
    );
  }
  return findings;
}
