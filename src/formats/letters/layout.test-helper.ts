// Test helper: the GB/T 9704-2012 layout every official letter Gongkai writes must have (the reply letter and each
// statutory notice share these assertions): A4 with the standard margins, the title in 2号小标宋 centred, the 文号
// centred under it, the issuer centred over the date with the seal's bookmark on it, the date 4 字 from the right,
// the body in 3号仿宋 indented 2 字, and — when the agency has one — the red 发文机关标志 over its red line.
import { expect } from 'vitest';
import { zipEntry } from '../write/zip-entry.test-helper.ts';

const paragraphs = (xml: string): string[] => xml.match(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/gs) ?? [];
const textOf = (p: string) => [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

export interface LetterLayout {
  title: string;
  reference: string;
  issuer: string;
  date: string;
  masthead?: string;
}

export function expectOfficialLetterLayout(docx: Uint8Array, expected: LetterLayout): void {
  const xml = zipEntry(docx, 'word/document.xml');
  expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
  expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
  const ps = paragraphs(xml);
  const find = (text: string, after = -1) => {
    const p = ps.find((candidate, i) => i > after && textOf(candidate) === text);
    expect(p, `a paragraph reading “${text}”`).toBeDefined();
    return p!;
  };
  const title = find(expected.title);
  expect(title).toContain('<w:pStyle w:val="Title"/>');
  expect(title).toContain('w:eastAsia="方正小标宋简体"');
  expect(title).toContain('<w:sz w:val="44"/>');
  expect(title).toContain('<w:jc w:val="center"/>');
  const reference = find(expected.reference, ps.indexOf(title));
  expect(reference).toContain('<w:jc w:val="center"/>');
  const issuer = find(expected.issuer, ps.indexOf(reference));
  expect(issuer).toContain('<w:jc w:val="right"/>');
  expect(issuer).toMatch(/<w:bookmarkStart w:name="seal"/);
  const date = find(expected.date);
  expect(date).toContain('<w:jc w:val="right"/>');
  expect(date).toContain('<w:ind w:right="1280"/>');
  expect(ps.indexOf(date)).toBe(ps.indexOf(issuer) + 1);
  const body = ps.filter((p) => p.includes('<w:ind w:firstLine="640"/>'));
  expect(body.length).toBeGreaterThan(0);
  for (const p of body) expect(p).toContain('w:eastAsia="仿宋_GB2312"');
  for (const p of body) expect(p).toContain('<w:sz w:val="32"/>');
  if (expected.masthead) {
    const masthead = find(expected.masthead);
    expect(ps.indexOf(masthead)).toBe(0);
    expect(masthead).toContain('<w:color w:val="C00000"/>');
    expect(masthead).toMatch(/<w:bottom w:val="double" w:color="C00000"/);
  }
}
