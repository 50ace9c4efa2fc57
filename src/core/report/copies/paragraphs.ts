// The narrative paragraphs copy detection compares (rule N-3): sections 一, 五, 六 and section 四's comment, one
// paragraph per line. The preface, headings and tables are not prose an agency writes afresh each year, and short
// stock phrases or the statutory boilerplate every report shares would match everywhere, so they are left out.
import type { AnnualReport } from '../model.ts';
import type { SectionKey } from '../../taxonomy/sections.ts';

export const NARRATIVE_SECTIONS: readonly SectionKey[] = [
  'overview',
  'reviewLitigation',
  'problems',
  'other',
];

/**
 * Wording every report may share (the format's own sentences, 国办公开办函〔2021〕30号 and common practice) [I]:
 * configurable through CopyOptions.boilerplate.
 */
export const DEFAULT_BOILERPLATE: readonly RegExp[] = [
  /根据《中华人民共和国政府信息公开条例》.{0,80}(编制|撰写|发布)本?(报告|年度报告)/,
  /本报告(中)?所列数据的统计期限/,
  /如对本(年度)?报告有疑问/,
  /本报告(的)?电子版可在/,
  /^(无|暂无|本年度无)(其他)?需要报告的事项/,
];

export interface NarrativeParagraph {
  section: SectionKey;
  /** 1-based position among the section's paragraphs. */
  index: number;
  /** As written. */
  text: string;
  /** Without whitespace: what shingles are cut from, so reflowed lines still match. */
  normalized: string;
}

export function normalizeParagraph(text: string): string {
  return text.replace(/\s+/gu, '');
}

export function narrativeParagraphs(
  report: AnnualReport,
  minLength: number,
  boilerplate: readonly RegExp[],
): NarrativeParagraph[] {
  return report.sections
    .filter((s) => NARRATIVE_SECTIONS.includes(s.key))
    .flatMap((s) =>
      s.text
        .split('\n')
        .map((text, i) => ({
          section: s.key,
          index: i + 1,
          text: text.trim(),
          normalized: normalizeParagraph(text),
        }))
        .filter((p) => p.normalized.length >= minLength && !boilerplate.some((re) => re.test(p.normalized))),
    );
}
