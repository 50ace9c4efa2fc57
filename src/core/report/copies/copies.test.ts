import { describe, expect, it } from 'vitest';
import { consistentReport, withSection } from '../check/fixture.ts';
import { copyDoc, independentReport, sectionText } from './fixture.ts';
import { copyFinding, CopyIndex, detectCopies } from './index.ts';

describe('copy detection (N-3)', () => {
  const corpus = Array.from({ length: 50 }, (_, i) =>
    copyDoc(`r${i}`, `a${i}`, 2024, independentReport(`第${i}机关`, 2024, 1000 + i)),
  );

  it('finds nothing among 50 independently written reports sharing the statutory boilerplate', () => {
    expect(detectCopies(corpus)).toEqual([]);
  });

  it("finds a paragraph copied from another agency's same-year report, on both sides, and quotes the source", () => {
    const source = corpus[7]!;
    const copied = sectionText(source.report, 'problems').split('\n')[1]!;
    const own = independentReport('复制机关', 2024, 9999);
    const target = copyDoc(
      'copy',
      'copier',
      2024,
      withSection(own, 'other', `${copied}\n本年度无其他需要报告的事项。`),
    );
    const hits = detectCopies([...corpus, target]);
    expect(hits.map((h) => [h.targetId, h.source.id])).toEqual(
      expect.arrayContaining([
        ['copy', 'r7'],
        ['r7', 'copy'],
      ]),
    );
    expect(hits).toHaveLength(2);
    const f = copyFinding(hits.find((h) => h.targetId === 'copy')!);
    expect(f).toMatchObject({
      rule: 'N-3',
      severity: 'warning',
      location: { section: '六、其他需要报告的事项', row: '第1段' },
    });
    expect(f.message).toContain('第7机关2024年度报告（第1版）“五、存在的主要问题及改进情况”第2段');
    expect(f.message).toContain(copied.slice(0, 30));
  });

  it("finds a lightly edited paragraph from the agency's own previous year, but not from another agency's previous year", () => {
    const lastYear = copyDoc('prev', 'a3', 2023, corpus[3]!.report, 2);
    const original = sectionText(lastYear.report, 'overview').split('\n')[2]!;
    // A few characters changed: the year's figures and one word, as an agency refreshing last year's text would.
    const edited = original.replace(/\d+/u, '321').replace(/。/u, '；');
    const thisYear = copyDoc(
      'now',
      'a3',
      2024,
      withSection(independentReport('第3机关', 2024, 4242), 'problems', edited),
    );
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
    const a = copyDoc('a', 'x', 2024, withSection(consistentReport(), 'problems', stock));
    const b = copyDoc('b', 'y', 2024, withSection(consistentReport(), 'problems', stock));
    expect(detectCopies([a, b], { boilerplate: [] }).filter((h) => h.target.section === 'problems')).toEqual(
      [],
    );
  });

  it('an index of the corpus finds for one draft what the batch detector finds for it, and adding twice is harmless', () => {
    const source = corpus[12]!;
    const copied = sectionText(source.report, 'overview').split('\n')[1]!;
    const draft = copyDoc(
      'draft',
      'drafter',
      2024,
      withSection(independentReport('起草机关', 2024, 777), 'problems', copied),
    );
    const index = new CopyIndex();
    for (const doc of [...corpus, corpus[0]!]) index.add(doc);
    expect(index.documentIds.size).toBe(50);
    const hits = index.copiesOf(draft);
    expect(hits.map((h) => [h.targetId, h.source.id])).toEqual([['draft', 'r12']]);
    expect(hits).toEqual(detectCopies([...corpus, draft], {}, new Set(['draft'])));
    // The index keeps no report: a hit names its source without one.
    expect(hits[0]!.source).not.toHaveProperty('report');
  });
});
