// Random VALID annual reports for property tests and benchmarks: every table adds up (T3-1…T3-3, T4-1…T4-3), the
// prose is invented Chinese in the seed's punctuation habits (half-width , ( ) : ; with full-width 。、《》“”), and
// agency and year are stated in the preface the way real reports do, so a reader can find them again.
import fc from 'fast-check';
import type {
  AnnualReport,
  ApplicationsTable,
  Cell,
  ProactiveTable,
  ReviewLitigationTable,
} from '../src/core/report/model.ts';
import { APPLICANT_KINDS } from '../src/core/taxonomy/applicants.ts';
import { OUTCOME_KEYS } from '../src/core/taxonomy/outcomes.ts';
import { REVIEW_GROUPS } from '../src/core/taxonomy/review-table.ts';
import { SECTION_HEADINGS, SECTION_KEYS, type SectionKey } from '../src/core/taxonomy/sections.ts';

export interface ReportArbitraryOptions {
  /**
   * Only what a document carries (text, HTML, Markdown, DOCX): the 2021 format and no mapping losses. Those are
   * facts a reader or the builder records about a report, not words printed in it.
   */
  documentOnly?: boolean;
  /** Leave a few cells blank (null), as careless reports do. Blank breaks no layout but some sums go unchecked. */
  blankCells?: boolean;
}

// ---- invented words -------------------------------------------------------------------------------------------
const PLACE_SYLLABLES = [
  '青',
  '岚',
  '溪',
  '桐',
  '枫',
  '泽',
  '霁',
  '沅',
  '榆',
  '澜',
  '朔',
  '禾',
  '滢',
  '砚',
  '黛',
  '蘅',
];
const PLACE_SUFFIXES = ['市', '县', '区'];
const DEPARTMENTS = [
  '人民政府办公室',
  '交通运输局',
  '生态环境局',
  '自然资源和规划局',
  '住房和城乡建设局',
  '市场监督管理局',
  '水利局',
  '国防动员办公室',
  '农业农村局',
  '医疗保障局',
];
const ADVERBS = ['持续', '扎实', '稳步', '全面', '进一步', '认真', '有序', '着力'];
const VERBS = ['推进', '完善', '规范', '优化', '加强', '深化', '落实', '健全'];
const OBJECTS = [
  '公开目录编制',
  '政策解读工作',
  '依申请办理流程',
  '网站专栏维护',
  '信息发布审核',
  '公开平台建设',
  '回应关切机制',
  '档案归集管理',
  '便民服务指南',
  '保密审查程序',
  '业务培训安排',
  '数据开放清单',
];
const LINKS = ['确保', '推动', '促进', '努力做到'];
const GOALS = [
  '公开内容准确及时',
  '群众办事更加便利',
  '工作质量稳步提升',
  '答复程序依法规范',
  '信息发布安全可靠',
];
const CHINESE_ORDINALS = ['一', '二', '三', '四', '五'];

const pick = <T>(items: readonly T[]) => fc.constantFrom(...items);

const sentence = fc
  .tuple(pick(ADVERBS), pick(VERBS), pick(OBJECTS), pick(VERBS), pick(OBJECTS), pick(LINKS), pick(GOALS))
  .map(
    ([adverb, verb, object, verb2, object2, link, goal]) =>
      `${adverb}${verb}${object},${verb2}${object2},${link}${goal}。`,
  );

const paragraph = fc.array(sentence, { minLength: 1, maxLength: 3 }).map((sentences) => sentences.join(''));

/** A section of prose: paragraphs, sometimes led by "(一)…。" sub-headings as real reports are. */
const prose = fc
  .tuple(fc.array(paragraph, { minLength: 1, maxLength: 4 }), fc.boolean(), fc.nat(OBJECTS.length - 1))
  .map(([paragraphs, numbered, firstTopic]) =>
    paragraphs
      .map((text, i) =>
        numbered && i < CHINESE_ORDINALS.length
          ? `(${CHINESE_ORDINALS[i]})加强${OBJECTS[(firstTopic + i) % OBJECTS.length]}。${text}`
          : text,
      )
      .join('\n'),
  );

/** Sections 二–四 are mostly just their table; some reports put a line of prose before it. */
const tableSectionProse = fc.oneof(
  { weight: 3, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: paragraph },
);

const agencyName = fc
  .tuple(pick(PLACE_SYLLABLES), pick(PLACE_SYLLABLES), pick(PLACE_SUFFIXES), pick(DEPARTMENTS))
  .map(([a, b, suffix, department]) => `${a}${b}${suffix}${department}`);

const phone = fc
  .tuple(fc.integer({ min: 310, max: 999 }), fc.integer({ min: 1_000_000, max: 9_999_999 }))
  .map(([a, b]) => `0${a}-${b}`);

function preface(agency: string, year: number, contact: string): string {
  return (
    `依照《中华人民共和国政府信息公开条例》(以下简称《条例》)的规定,${agency}编制了《${agency}${year}年政府信息公开工作年度报告》。` +
    `本报告统计的时间范围为${year}年1月1日至${year}年12月31日。对本报告有疑问的,可联系本机关(电话:${contact})。`
  );
}

// ---- consistent tables ----------------------------------------------------------------------------------------
/** Mostly small counts as most agencies have; now and then thousands, as big cities do. */
const count = fc.oneof({ weight: 6, arbitrary: fc.nat(40) }, { weight: 1, arbitrary: fc.nat(5000) });

/** Split `total` into `parts` non-negative integers following the weights (most of them zero). */
function distribute(total: number, weights: readonly number[]): number[] {
  const weightSum = weights.reduce((a, b) => a + b, 0);
  if (weightSum === 0) return weights.map((_, i) => (i === 0 ? total : 0));
  const shares = weights.map((w) => Math.floor((total * w) / weightSum));
  const remainder = total - shares.reduce((a, b) => a + b, 0);
  const largest = weights.indexOf(Math.max(...weights));
  shares[largest]! += remainder;
  return shares;
}

const sparseWeight = fc.oneof(
  { weight: 4, arbitrary: fc.constant(0) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 9 }) },
);

/** One applicant kind's column: received + carried in = decided (21 outcomes) + carried out (T3-1, T3-3). */
function applicantColumn(received: fc.Arbitrary<number>) {
  return fc
    .record({
      received,
      carriedIn: fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.nat(10) }),
      carriedOutShare: fc.oneof(
        { weight: 3, arbitrary: fc.constant(0) },
        { weight: 1, arbitrary: fc.integer({ min: 1, max: 30 }).map((percent) => percent / 100) },
      ),
      weights: fc.array(sparseWeight, { minLength: OUTCOME_KEYS.length, maxLength: OUTCOME_KEYS.length }),
    })
    .map(({ received, carriedIn, carriedOutShare, weights }) => {
      const open = received + carriedIn;
      const carriedOut = Math.floor(open * carriedOutShare);
      return { received, carriedIn, outcomes: distribute(open - carriedOut, weights), carriedOut };
    });
}

/** Natural persons file most requests; organisations a few, and most kinds none at all. */
const fewRequests = fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.nat(8) });
const applicantColumns = fc.tuple(
  ...APPLICANT_KINDS.map((kind) => applicantColumn(kind === 'naturalPerson' ? count : fewRequests)),
);

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

const applicationsTable: fc.Arbitrary<ApplicationsTable> = applicantColumns.map((columns) => {
  const withTotal = (values: number[]) => [...values, sum(values)];
  const table: Record<string, Cell[]> = {
    received: withTotal(columns.map((c) => c.received)),
    carriedIn: withTotal(columns.map((c) => c.carriedIn)),
  };
  OUTCOME_KEYS.forEach((key, i) => (table[key] = withTotal(columns.map((c) => c.outcomes[i]!))));
  table.total = withTotal(columns.map((c) => sum(c.outcomes)));
  table.carriedOut = withTotal(columns.map((c) => c.carriedOut));
  return table as ApplicationsTable;
});

const reviewGroup = fc
  .tuple(fc.nat(6), fc.nat(3), fc.nat(3), fc.nat(4))
  .map((parts) => [...parts, sum(parts)] as Cell[]);

const reviewLitigationTable: fc.Arbitrary<ReviewLitigationTable> = fc
  .tuple(...REVIEW_GROUPS.map(() => reviewGroup))
  .map(
    (groups) =>
      Object.fromEntries(REVIEW_GROUPS.map((group, i) => [group, groups[i]!])) as ReviewLitigationTable,
  );

/** 万元 with up to two decimals, as agencies print them (e.g. 12.36). */
const feeAmount = fc.oneof(
  { weight: 3, arbitrary: fc.constant(0) },
  { weight: 2, arbitrary: fc.nat(500_000).map((cents) => cents / 100) },
);

const documentCounts = fc
  .tuple(fc.nat(12), fc.nat(6), fc.nat(300))
  .map(([issued, repealed, olderInForce]) => [issued, repealed, olderInForce + issued] as Cell[]);

const proactiveTable: fc.Arbitrary<ProactiveTable> = fc.record({
  regulation: fc.oneof(
    { weight: 4, arbitrary: fc.constant([0, 0, 0] as Cell[]) },
    { weight: 1, arbitrary: documentCounts },
  ),
  normativeDocument: documentCounts,
  licensing: count.map((n) => [n]),
  penalty: count.map((n) => [n]),
  coercion: fc.nat(50).map((n) => [n]),
  administrativeFees: feeAmount.map((n) => [n]),
});

const reportTables = fc.record({
  proactive: proactiveTable,
  applications: applicationsTable,
  reviewLitigation: reviewLitigationTable,
});

/** Blank a few cells: each pick is [table, row index, cell index] taken modulo the table's size. */
function blankSomeCells(
  tables: AnnualReport['tables'],
  picks: readonly [number, number, number][],
): AnnualReport['tables'] {
  const copy = structuredClone(tables);
  const rowsOf = [copy.proactive, copy.applications, copy.reviewLitigation].map((t) =>
    t ? Object.values(t) : [],
  );
  for (const [t, r, c] of picks) {
    const rows = rowsOf[t % rowsOf.length]!;
    const row = rows[r % rows.length];
    if (row) row[c % row.length] = null;
  }
  return copy;
}

const blankPicks = fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { minLength: 1, maxLength: 3 });

// ---- the report -----------------------------------------------------------------------------------------------
const HEADING_VARIANTS: Partial<Record<SectionKey, readonly string[]>> = {
  problems: ['五、存在的主要问题和改进计划', '五、存在的主要问题及改进措施'],
};

/** Mostly the standard heading; where reports word it differently, sometimes a real-world variant. */
function heading(key: SectionKey): fc.Arbitrary<string> {
  const standard = fc.constant(SECTION_HEADINGS[key]);
  const variants = HEADING_VARIANTS[key];
  return variants
    ? fc.oneof({ weight: 3, arbitrary: standard }, { weight: 1, arbitrary: pick(variants) })
    : standard;
}

const TABLE_SECTIONS: ReadonlySet<SectionKey> = new Set(['proactive', 'applications', 'reviewLitigation']);

const sections = fc.tuple(
  ...SECTION_KEYS.map((key) =>
    fc.record({
      key: fc.constant(key),
      heading: heading(key),
      text: TABLE_SECTIONS.has(key) ? tableSectionProse : prose,
    }),
  ),
);

export function annualReportArbitrary(options: ReportArbitraryOptions = {}): fc.Arbitrary<AnnualReport> {
  // About half the reports are dated; departments publish by 31 January of the next year (《条例》第四十九条; P-1).
  const publishedInJanuary = fc.option(fc.integer({ min: 5, max: 31 }));
  const facts = fc
    .record({
      format: options.documentOnly ? fc.constant('2021' as const) : pick(['2021', '2019'] as const),
      mappingLosses: fc.constant([] as string[]),
      publishedInJanuary,
    })
    .map((f) =>
      f.format === '2019'
        ? { ...f, mappingLosses: ['2019 年格式的“(六)其他处理”只有一行,已计入“3.其他”'] }
        : f,
    );
  return (
    fc
      .record({
        agency: agencyName,
        year: fc.integer({ min: 2021, max: 2025 }),
        contact: phone,
        withTitle: fc.boolean(),
        sections,
        tables: reportTables,
        blanks: options.blankCells ? fc.option(blankPicks, { freq: 3 }) : fc.constant(null),
        facts,
      })
      // fc.record builds objects without Object.prototype; a report read from a document has ordinary ones.
      .map(
        ({
          agency,
          year,
          contact,
          withTitle,
          sections,
          tables,
          blanks,
          facts: { publishedInJanuary, ...facts },
        }) =>
          structuredClone({
            agency,
            year,
            ...facts,
            publishedOn: publishedInJanuary
              ? `${year + 1}-01-${String(publishedInJanuary).padStart(2, '0')}`
              : null,
            title: withTitle ? `${agency}${year}年政府信息公开工作年度报告` : null,
            preface: preface(agency, year, contact),
            sections: [...sections],
            tables: blanks ? blankSomeCells(tables, blanks) : tables,
          } satisfies AnnualReport),
      )
  );
}

/** The same `count` reports for the same `seed`, for benchmarks. */
export function generateReports(
  count: number,
  seed: number,
  options: ReportArbitraryOptions = { documentOnly: true },
): AnnualReport[] {
  return fc.sample(annualReportArbitrary(options), { numRuns: count, seed });
}
