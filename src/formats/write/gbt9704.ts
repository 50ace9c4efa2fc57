// GB/T 9704-2012 《党政机关公文格式》 in Word (docs/statute.md §6.3), shared by every official paper Gongkai writes (the annual
// report, reply letters): A4; margins 37 mm top, 28 mm binding side, 26 mm right, 35 mm bottom (版心 156 × 225 mm);
// 3号仿宋 body on a 28 字 × 22 行 grid; 2号小标宋 title; "一、" headings 黑体, "(一)" lead sentences 楷体; page
// numbers "— 1 —" in 4号宋体, odd pages right and even pages left, one 字 in; dates 4 字 from the right.
//
// The official fonts (仿宋_GB2312, 方正小标宋简体, 楷体_GB2312) are not free, so the document names them and Word
// substitutes what the machine has; each run also names the standard Windows face (FangSong, SimHei, KaiTi) in its
// Latin slots, which is what Word falls back to for the digits and what LibreOffice maps to.
import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  Document,
  DocumentGridType,
  Footer,
  HeadingLevel,
  LineRuleType,
  PageNumber,
  Paragraph,
  TextRun,
  type IRunOptions,
  type Table,
} from 'docx';

/** Font sizes in half-points: 2号 22 pt, 3号 16 pt, 4号 14 pt, 5号 10.5 pt (docs/statute.md §6.3). */
export const SIZE = { title: 44, body: 32, pageNumber: 28, table: 21 } as const;

/** Millimetres to twentieths of a point, rounded (A4 is then 11906 × 16838, as Word writes it). */
export const twips = (mm: number) => Math.round((mm / 25.4) * 1440);

export type Face = { official: string; fallback: string };
export const FANGSONG: Face = { official: '仿宋_GB2312', fallback: 'FangSong' };
const XIAOBIAOSONG: Face = { official: '方正小标宋简体', fallback: 'SimSun' };
const HEITI: Face = { official: '黑体', fallback: 'SimHei' };
const KAITI: Face = { official: '楷体_GB2312', fallback: 'KaiTi' };
const SONGTI: Face = { official: '宋体', fallback: 'SimSun' };

function font(face: Face): IRunOptions['font'] {
  return { eastAsia: face.official, ascii: face.fallback, hAnsi: face.fallback, cs: face.fallback };
}

export const run = (text: string, face: Face, size: number = SIZE.body) =>
  new TextRun({ text, font: font(face), size });

// The 版心 is 156 mm wide and 225 mm high: 28 characters of 3号 per line, 22 lines per page.
export const TEXT_WIDTH_MM = 156;
const TEXT_HEIGHT_MM = 225;
const CHARS_PER_LINE = 28;
const LINES_PER_PAGE = 22;
const POINT_TWIPS = 20;
/** ≈ 579 twips ≈ 28.95 pt: 22 lines fill the 225 mm text block. */
const LINE_PITCH = Math.floor(twips(TEXT_HEIGHT_MM) / LINES_PER_PAGE);
/** docGrid charSpace: (character pitch − 16 pt) × 4096, the pitch being 156 mm / 28. */
const CHAR_SPACE = Math.round(
  ((twips(TEXT_WIDTH_MM) / CHARS_PER_LINE - SIZE.body * 10) / POINT_TWIPS) * 4096,
);
/** One 字 of 3号: 16 pt. */
export const ONE_CHAR = (SIZE.body / 2) * POINT_TWIPS;

export const exactLine = { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: 0, after: 0 };

/** "(一)持续加强主动公开工作。全面…": the numbered lead sentence is a level-two heading, set in 楷体. */
const LEAD_SENTENCE = /^([(（][一二三四五六七八九十]{1,3}[)）][^。]{1,40}。)(.*)$/s;

/** A body paragraph: 3号仿宋, indented 2 字, justified; a "(一)…。" lead sentence in 楷体. */
export function bodyParagraph(text: string): Paragraph {
  const lead = LEAD_SENTENCE.exec(text);
  const children = lead
    ? [run(lead[1]!, KAITI), ...(lead[2] ? [run(lead[2], FANGSONG)] : [])]
    : [run(text, FANGSONG)];
  return new Paragraph({
    children,
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: ONE_CHAR * 2 },
    spacing: exactLine,
  });
}

// ---- page furniture ---------------------------------------------------------------------------------------------
/** "— 1 —" in 4号宋体 (GB/T 9704-2012 §7.5): odd pages right, even pages left, one 字 in from the edge. */
function pageNumberFooter(side: 'odd' | 'even'): Footer {
  const odd = side === 'odd';
  return new Footer({
    children: [
      new Paragraph({
        alignment: odd ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: odd ? { right: ONE_CHAR } : { left: ONE_CHAR },
        children: [
          new TextRun({
            children: ['— ', PageNumber.CURRENT, ' —'],
            font: font(SONGTI),
            size: SIZE.pageNumber,
          }),
        ],
      }),
    ],
  });
}

// ---- paragraphs ---------------------------------------------------------------------------------------------------
/** The title in 2号小标宋, centred, followed by an empty line. */
export function titleParagraphs(text: string): Paragraph[] {
  return [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      spacing: { ...exactLine, line: LINE_PITCH * 2 },
      children: [run(text, XIAOBIAOSONG, SIZE.title)],
    }),
    blankLine(),
  ];
}

/** A first-level heading ("一、…") in 3号黑体, indented 2 字. */
export function headingParagraph(text: string): Paragraph {
  return new Paragraph({
    heading: HeadingLevel.HEADING_1,
    indent: { firstLine: ONE_CHAR * 2 },
    spacing: exactLine,
    children: [run(text, HEITI)],
  });
}

/** A line flush left, as the addressee of a letter ("张三："). */
export function flushLeftParagraph(text: string): Paragraph {
  return new Paragraph({ spacing: exactLine, children: [run(text, FANGSONG)] });
}

/** A line set `charsFromRight` 字 in from the right edge: the issuer and the date (GB/T 9704-2012 §7.3.5). */
export function rightParagraph(text: string, charsFromRight: number): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.RIGHT,
    indent: { right: ONE_CHAR * charsFromRight },
    spacing: exactLine,
    children: [run(text, FANGSONG)],
  });
}

/** The issuer's name where the seal goes (§7.3.5.1: the seal presses on the issuer and the date), marked by the
 * bookmark SEAL_BOOKMARK so an e-seal tool can find the spot. */
export const SEAL_BOOKMARK = 'seal';
export function signatureParagraph(text: string, charsFromRight: number): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.RIGHT,
    indent: { right: ONE_CHAR * charsFromRight },
    spacing: exactLine,
    children: [new Bookmark({ id: SEAL_BOOKMARK, children: [run(text, FANGSONG)] })],
  });
}

/** Red of the 发文机关标志 and the separator line under it (GB/T 9704-2012 §7.2.3, §7.2.6). */
export const MASTHEAD_RED = 'C00000';

/** The 发文机关标志 of a letter (信函格式, §10.1): the agency's name in red 小标宋, centred, over a red line. */
export function mastheadParagraph(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { ...exactLine, line: LINE_PITCH * 2 },
    border: { bottom: { style: BorderStyle.DOUBLE, size: 12, color: MASTHEAD_RED, space: 4 } },
    children: [new TextRun({ text, font: font(XIAOBIAOSONG), size: SIZE.title, color: MASTHEAD_RED })],
  });
}

export function blankLine(): Paragraph {
  return new Paragraph({ spacing: exactLine, children: [] });
}

/** A GB/T 9704 document of the given content: the page, fonts, grid and page numbers. */
export function officialDocument(
  children: (Paragraph | Table)[],
  properties: { title: string; description: string },
): Document {
  const headingStyle = { run: { font: font(HEITI), size: SIZE.body, bold: false, color: '000000' } };
  return new Document({
    creator: 'Gongkai',
    title: properties.title,
    description: properties.description,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: font(FANGSONG), size: SIZE.body, color: '000000' },
          paragraph: { spacing: exactLine },
        },
        title: { run: { font: font(XIAOBIAOSONG), size: SIZE.title, bold: false, color: '000000' } },
        heading1: headingStyle,
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: twips(210), height: twips(297) },
            margin: {
              top: twips(37),
              bottom: twips(35),
              left: twips(28),
              right: twips(26),
              // The page number's top sits 7 mm below the text block; a 4号 line is about 5 mm high.
              footer: twips(35 - 7 - 5),
            },
          },
          grid: { type: DocumentGridType.LINES_AND_CHARS, linePitch: LINE_PITCH, charSpace: CHAR_SPACE },
        },
        footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
        children,
      },
    ],
  });
}
