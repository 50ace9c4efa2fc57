// A real published report as a PDF (淮安市人民政府 2024, ../shared/reports): tables rebuilt from positioned text,
// with wrapped labels, the vertical "三、本年度办理结果", "(四)无法提供" split over pages 4 and 5. The figures
// were checked by eye against the PDF's text layer, row by row (T3-1 holds: 3119 + 34 = 3050 + 103).
import { describe, expect, it } from 'vitest';
import { HUAIAN_2024_PDF, hasShared, sharedFile } from '../../../test/shared.ts';
import { readReportFile } from './index.ts';

describe.skipIf(!hasShared())('淮安市人民政府 2024 (PDF)', () => {
  // Read once: pdf.js takes a second or two per read, and both tests look at the same result.
  let reading: ReturnType<typeof readReportFile> | undefined;
  const read = () => (reading ??= readReportFile(sharedFile(HUAIAN_2024_PDF)));

  it('reads every cell of the three tables, the six sections, title, agency and year', async () => {
    const { report, findings } = await read();
    expect(findings).toEqual([]);
    expect(report.title).toBe('淮安市人民政府2024年政府信息公开工作年度报告');
    expect([report.agency, report.year, report.format]).toEqual(['淮安市人民政府', 2024, '2021']);
    expect(report.tables.proactive).toEqual({
      regulation: [1, 0, 11],
      normativeDocument: [8, 26, 66],
      licensing: [447228],
      penalty: [3985758],
      coercion: [88283],
      administrativeFees: [96171.6],
    });
    expect(report.tables.applications).toEqual({
      received: [3001, 53, 0, 0, 61, 4, 3119],
      carriedIn: [34, 0, 0, 0, 0, 0, 34],
      granted: [1288, 21, 0, 0, 50, 3, 1362],
      partiallyGranted: [447, 7, 0, 0, 0, 0, 454],
      'withheld.stateSecret': [2, 0, 0, 0, 0, 0, 2],
      'withheld.lawProhibited': [30, 1, 0, 0, 0, 0, 31],
      'withheld.endangersSafety': [5, 0, 0, 0, 0, 0, 5],
      'withheld.thirdPartyRights': [6, 0, 0, 0, 0, 0, 6],
      'withheld.internalAffairs': [7, 1, 0, 0, 0, 0, 8],
      'withheld.processInformation': [12, 0, 0, 0, 0, 0, 12],
      'withheld.enforcementFile': [9, 0, 0, 0, 0, 0, 9],
      'withheld.administrativeQuery': [105, 0, 0, 0, 0, 0, 105],
      'unavailable.notHeld': [746, 12, 0, 0, 10, 1, 769],
      'unavailable.needsCreation': [11, 0, 0, 0, 0, 0, 11],
      'unavailable.stillUnclear': [1, 0, 0, 0, 0, 0, 1],
      'notProcessed.petition': [56, 6, 0, 0, 0, 0, 62],
      'notProcessed.repeated': [25, 0, 0, 0, 0, 0, 25],
      'notProcessed.publication': [0, 0, 0, 0, 0, 0, 0],
      'notProcessed.excessive': [0, 0, 0, 0, 0, 0, 0],
      'notProcessed.confirmation': [1, 0, 0, 0, 0, 0, 1],
      'otherDisposal.correctionLapsed': [67, 3, 0, 0, 1, 0, 71],
      'otherDisposal.feeLapsed': [6, 0, 0, 0, 0, 0, 6],
      'otherDisposal.other': [108, 2, 0, 0, 0, 0, 110],
      total: [2932, 53, 0, 0, 61, 4, 3050],
      carriedOut: [103, 0, 0, 0, 0, 0, 103],
    });
    expect(report.tables.reviewLitigation).toEqual({
      review: [72, 64, 178, 37, 351],
      litigationDirect: [13, 4, 8, 1, 26],
      litigationAfterReview: [12, 1, 1, 6, 20],
    });
    expect(report.sections.map((s) => s.heading)).toEqual([
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ]);
  });

  it('rebuilds paragraphs across line wraps and pages, and keeps table words out of the prose', async () => {
    const { report } = await read();
    expect(report.preface).toMatch(
      /^本报告由淮安市人民政府办公室根据《中华人民共和国政府信息公开条例》（国令第711号）/,
    );
    const overview = report.sections[0]!.text.split('\n');
    expect(overview.map((p) => p.slice(0, 6))).toEqual([
      '2024年，',
      '（一）主动公',
      '（二）依申请',
      '（三）政府信',
      '（四）政府信',
      '（五）政府信',
    ]);
    expect(overview[2]).toContain(
      '全市共受理政府信息公开申请3119件，答复3050件（含上年度结转申请34件，另有103件顺延到下年度答复）',
    );
    expect(report.sections[1]!.text + report.sections[2]!.text + report.sections[3]!.text).toBe('');
    expect(report.sections[4]!.text.split('\n')).toHaveLength(2);
    expect(report.sections[5]!.text).toBe(
      '2024年，市政府严格落实《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费3940元。',
    );
  });
});
