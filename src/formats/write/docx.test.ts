// The DOCX is laid out per GB/T 9704-2012 (docs/statute.md §6.3): asserted on the WordprocessingML the writer produced.
import { describe, expect, it } from 'vitest';
import { generateReports } from '../../../test/report-arbitrary.ts';
import { writeDocxReport } from './docx.ts';
import { zipEntry } from './zip-entry.test-helper.ts';

const report = {
  ...generateReports(1, 21)[0]!,
  title: '青桐市水利局2024年政府信息公开工作年度报告',
  publishedOn: '2025-01-06',
};
const docx = await writeDocxReport(report);
const documentXml = zipEntry(docx, 'word/document.xml');
const count = (pattern: RegExp) => (documentXml.match(pattern) ?? []).length;
/** The run properties of the run holding exactly this text. */
const runOf = (text: string) =>
  new RegExp(
    `<w:rPr>((?:(?!</w:rPr>).)*)</w:rPr><w:t xml:space="preserve">${text.replace(/[()[\]]/g, '\\$&')}</w:t>`,
  ).exec(documentXml)?.[1] ?? '';

describe('DOCX report (GB/T 9704-2012)', () => {
  it('is A4 with margins 37 / 26 / 35 / 28 mm and a 22-line grid of 28 characters', () => {
    expect(documentXml).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(documentXml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587" /);
    // 225 mm / 22 lines ≈ 28.95 pt; (156 mm / 28 − 16 pt) × 4096.
    expect(documentXml).toContain('<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-848"/>');
  });

  it('sets the title in 2号方正小标宋简体, centred', () => {
    expect(runOf(report.title)).toContain('w:eastAsia="方正小标宋简体"');
    expect(runOf(report.title)).toContain('<w:sz w:val="44"/>');
  });

  it('sets section headings in 3号黑体 and body text in 3号仿宋_GB2312, FangSong in the Latin slots', () => {
    expect(runOf('一、总体情况')).toContain('w:eastAsia="黑体"');
    const body = runOf(report.preface);
    expect(body).toContain('w:ascii="FangSong"');
    expect(body).toContain('w:eastAsia="仿宋_GB2312"');
    expect(body).toContain('<w:sz w:val="32"/>');
  });

  it('sets a "(一)…。" lead sentence in 楷体 and the rest of its paragraph in 仿宋', () => {
    const withLead = {
      ...report,
      sections: report.sections.map((s) =>
        s.key === 'overview' ? { ...s, text: '(一)加强公开平台建设。持续完善网站栏目。' } : s,
      ),
    };
    return writeDocxReport(withLead).then((bytes) => {
      const xml = zipEntry(bytes, 'word/document.xml');
      expect(xml).toMatch(
        /w:eastAsia="楷体_GB2312"[^]*?<w:t xml:space="preserve">\(一\)加强公开平台建设。<\/w:t>/,
      );
      expect(xml).toMatch(/w:eastAsia="仿宋_GB2312"[^]*?<w:t xml:space="preserve">持续完善网站栏目。<\/w:t>/);
    });
  });

  it('numbers pages "— 1 —" in 4号宋体, odd pages right and even pages left', () => {
    expect(zipEntry(docx, 'word/settings.xml')).toContain('<w:evenAndOddHeaders/>');
    const footers = ['word/footer1.xml', 'word/footer2.xml'].map((name) => zipEntry(docx, name));
    for (const footer of footers) {
      expect(footer).toContain('<w:instrText xml:space="preserve">PAGE</w:instrText>');
      expect(footer).toContain('<w:t xml:space="preserve">— </w:t>');
      expect(footer).toContain('<w:t xml:space="preserve"> —</w:t>');
      expect(footer).toContain('<w:sz w:val="28"/>');
    }
    expect(footers.map((f) => /<w:jc w:val="(\w+)"\/>/.exec(f)?.[1]).sort()).toEqual(['left', 'right']);
  });

  it('dates the report in Chinese form, no zero padding', () => {
    expect(documentXml).toContain('<w:t xml:space="preserve">2025年1月6日</w:t>');
  });

  it('merges the table cells as the format does', () => {
    // Vertical merges: 三、本年度办理结果 (22), (三)…(六) (8, 3, 5, 3), the balance note, 自然人, 总计; table 四's
    // five review results.
    expect(count(/<w:vMerge w:val="restart"\/>/g)).toBe(13);
    for (const span of [4, 3, 7, 5, 10])
      expect(count(new RegExp(`<w:gridSpan w:val="${span}"/>`, 'g'))).toBeGreaterThan(0);
    expect(count(/<w:tblHeader\/>|<w:tblHeader w:val="on"\/>|<w:tblHeader w:val="true"\/>/g)).toBe(6);
  });

  it('writes a blank cell as an empty cell, never 0', async () => {
    const blank = structuredClone(report);
    blank.tables.reviewLitigation!.litigationAfterReview = [null, null, null, null, null];
    const xml = zipEntry(await writeDocxReport(blank), 'word/document.xml');
    const lastRow = xml.slice(xml.lastIndexOf('<w:tr>'));
    expect(lastRow.match(/<w:tc>/g)).toHaveLength(15);
    expect(lastRow.match(/<w:t xml:space="preserve"><\/w:t>/g)).toHaveLength(5);
  });
});
