import { describe, expect, it } from 'vitest';
import { hasShared, sharedFile } from '../../../../test/shared.ts';
import { readReportFile } from '../../../formats/read/index.ts';
import { consistentReport, withSection } from '../check/fixture.ts';
import type { AnnualReport } from '../model.ts';
import { copyFinding, detectCopies, type CopyDocument } from './index.ts';

// Independently written narratives: each report draws its sentences from its own pool, built from a vocabulary
// shuffled with a per-report seed, so two reports share words (as real ones do) but not sentences. Every report
// also carries the statutory preface sentence and the standard "nothing else to report" clause on purpose.
const SUBJECTS = ['本机关', '我办', '本单位', '我局', '本部门', '我委'];
const VERBS = ['持续完善', '认真落实', '扎实推进', '不断健全', '稳步开展', '深入推动', '全面加强', '积极探索'];
const OBJECTS = [
  '政府信息公开工作机制', '依申请公开办理流程', '政务公开平台建设', '重点领域信息公开', '政策解读和回应关切',
  '公开内容保密审查', '政府网站栏目维护', '信息公开业务培训', '规范性文件清理', '政务新媒体管理',
  '基层政务公开标准化', '公开指南和目录更新', '办理答复文书质量', '群众来信来访答复', '数据开放共享',
];
const DETAILS = [
  '全年组织专题会议{n}次', '更新栏目信息{n}条', '培训工作人员{n}人次', '答复申请{n}件', '修订制度{n}项',
  '开展自查{n}轮', '回应网民留言{n}条', '发布解读材料{n}篇', '走访基层单位{n}个', '整改问题{n}处',
];
const PREFACE_CLAUSE =
  '根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和国务院办公厅政府信息与政务公开办公室有关要求，编制本报告。';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return s / 0x100000000;
  };
}

function paragraph(random: () => number): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const sentences = Array.from({ length: 3 }, () => {
    const detail = pick(DETAILS).replace('{n}', String(1 + Math.floor(random() * 300)));
    return `${pick(SUBJECTS)}${pick(VERBS)}${pick(OBJECTS)}，${detail}，${pick(VERBS)}${pick(OBJECTS)}。`;
  });
  return sentences.join('');
}

function independentReport(agency: string, year: number, seed: number): AnnualReport {
  const random = rng(seed);
  const paragraphs = (n: number) => Array.from({ length: n }, () => paragraph(random)).join('\n');
  let report: AnnualReport = { ...consistentReport(), agency, year };
  report = withSection(report, 'overview', `${PREFACE_CLAUSE}\n${paragraphs(3)}`);
  report = withSection(report, 'problems', paragraphs(2));
  report = withSection(report, 'other', `${paragraphs(1)}\n本年度无其他需要报告的事项。`);
  return report;
}

function doc(id: string, agencyKey: string, year: number, report: AnnualReport, version: number | null = 1): CopyDocument {
  return { id, agencyKey, agencyName: report.agency ?? agencyKey, year, version, report };
}

function sectionText(report: AnnualReport, key: string): string {
  return report.sections.find((s) => s.key === key)!.text;
}

describe('copy detection (N-3)', () => {
  const corpus = Array.from({ length: 50 }, (_, i) =>
    doc(`r${i}`, `a${i}`, 2024, independentReport(`第${i}机关`, 2024, 1000 + i)),
  );

  it('finds nothing among 50 independently written reports sharing the statutory boilerplate', () => {
    expect(detectCopies(corpus)).toEqual([]);
  });

  it("finds a paragraph copied from another agency's same-year report, on both sides, and quotes the source", () => {
    const source = corpus[7]!;
    const copied = sectionText(source.report, 'problems').split('\n')[1]!;
    const own = independentReport('复制机关', 2024, 9999);
    const target = doc('copy', 'copier', 2024, withSection(own, 'other', `${copied}\n本年度无其他需要报告的事项。`));
    const hits = detectCopies([...corpus, target]);
    expect(hits.map((h) => [h.targetId, h.source.id])).toEqual(
      expect.arrayContaining([['copy', 'r7'], ['r7', 'copy']]),
    );
    expect(hits).toHaveLength(2);
    const f = copyFinding(hits.find((h) => h.targetId === 'copy')!);
    expect(f).toMatchObject({ rule: 'N-3', severity: 'warning', location: { section: '六、其他需要报告的事项', row: '第1段' } });
    expect(f.message).toContain('第7机关2024年度报告（第1版）“五、存在的主要问题及改进情况”第2段');
    expect(f.message).toContain(copied.slice(0, 30));
  });

  it("finds a lightly edited paragraph from the agency's own previous year, but not from another agency's previous year", () => {
    const lastYear = doc('prev', 'a3', 2023, corpus[3]!.report, 2);
    const original = sectionText(lastYear.report, 'overview').split('\n')[2]!;
    // A few characters changed: the year's figures and one word, as an agency refreshing last year's text would.
    const edited = original.replace(/\d+/u, '321').replace(/。/u, '；');
    const thisYear = doc('now', 'a3', 2024, withSection(independentReport('第3机关', 2024, 4242), 'problems', edited));
    const hits = detectCopies([lastYear, thisYear], {}, new Set(['now']));
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ source: { id: 'prev', year: 2023, version: 2 } });
    expect(hits[0]!.similarity).toBeGreaterThanOrEqual(0.8);
    expect(hits[0]!.similarity).toBeLessThan(1);
    const stranger = { ...thisYear, agencyKey: 'someone-else' };
    expect(detectCopies([lastYear, stranger])).toEqual([]);
  });

  it('ignores short stock phrases even when identical', () => {
    const stock = '依法依规做好政府信息公开工作。';
    const a = doc('a', 'x', 2024, withSection(consistentReport(), 'problems', stock));
    const b = doc('b', 'y', 2024, withSection(consistentReport(), 'problems', stock));
    expect(detectCopies([a, b], { boilerplate: [] }).filter((h) => h.target.section === 'problems')).toEqual([]);
  });

  // Real reports (and the seed) as a no-false-match corpus: skipped when the workspace's files are absent. The
  // 平潭 texts are left out: the reader refuses their glued one-line layout for now.
  const files = [
    'reports/shanghai_bgt_2025.md',
    'reports/huaian_2024.pdf',
    'reports/hongze_2023.pdf',
    'seeds/000_29e0fab2fe19fb07.txt',
  ].map(sharedFile);
  it.skipIf(!hasShared())('finds no copies across real reports and the seed', async () => {
    const real = await Promise.all(files.map((f) => readReportFile(f)));
    const docs = real.map((r, i) => {
      // Different agencies all in one year, so every pair is compared.
      return doc(`real${i}`, `real${i}`, 2024, r.report);
    });
    expect(docs.every((d) => d.report.sections.length > 0)).toBe(true);
    expect(detectCopies([...docs, ...corpus])).toEqual([]);
  }, 60_000);
});
