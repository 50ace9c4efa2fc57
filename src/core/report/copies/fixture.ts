// Test and benchmark helper: reports with independently written narratives (rule N-3's no-false-match corpus).
import { consistentReport, withSection } from '../check/fixture.ts';
import type { AnnualReport } from '../model.ts';
import type { CopyDocument } from './index.ts';

// Independently written narratives: each report draws its sentences from its own pool, built from a vocabulary
// shuffled with a per-report seed, so two reports share words (as real ones do) but not sentences. Every report
// also carries the statutory preface sentence and the standard "nothing else to report" clause on purpose.
const SUBJECTS = ['本机关', '我办', '本单位', '我局', '本部门', '我委'];
const VERBS = [
  '持续完善',
  '认真落实',
  '扎实推进',
  '不断健全',
  '稳步开展',
  '深入推动',
  '全面加强',
  '积极探索',
];
const OBJECTS = [
  '政府信息公开工作机制',
  '依申请公开办理流程',
  '政务公开平台建设',
  '重点领域信息公开',
  '政策解读和回应关切',
  '公开内容保密审查',
  '政府网站栏目维护',
  '信息公开业务培训',
  '规范性文件清理',
  '政务新媒体管理',
  '基层政务公开标准化',
  '公开指南和目录更新',
  '办理答复文书质量',
  '群众来信来访答复',
  '数据开放共享',
];
const DETAILS = [
  '全年组织专题会议{n}次',
  '更新栏目信息{n}条',
  '培训工作人员{n}人次',
  '答复申请{n}件',
  '修订制度{n}项',
  '开展自查{n}轮',
  '回应网民留言{n}条',
  '发布解读材料{n}篇',
  '走访基层单位{n}个',
  '整改问题{n}处',
];
const PREFACE_CLAUSE =
  '根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和国务院办公厅政府信息与政务公开办公室有关要求，编制本报告。';

export function rng(seed: number): () => number {
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

export function independentReport(agency: string, year: number, seed: number): AnnualReport {
  const random = rng(seed);
  const paragraphs = (n: number) => Array.from({ length: n }, () => paragraph(random)).join('\n');
  let report: AnnualReport = {
    ...consistentReport(),
    agency,
    year,
    publishedOn: `${year + 1}-01-20`,
    title: `${agency}${year}年政府信息公开工作年度报告`,
    preface: `报告中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`,
  };
  report = withSection(report, 'overview', `${PREFACE_CLAUSE}\n${paragraphs(3)}`);
  report = withSection(report, 'problems', paragraphs(2));
  report = withSection(report, 'other', `${paragraphs(1)}\n本年度无其他需要报告的事项。`);
  return report;
}

export function copyDoc(
  id: string,
  agencyKey: string,
  year: number,
  report: AnnualReport,
  version: number | null = 1,
): CopyDocument {
  return { id, agencyKey, agencyName: report.agency ?? agencyKey, year, version, report };
}

export function sectionText(report: AnnualReport, key: string): string {
  return report.sections.find((s) => s.key === key)!.text;
}
