// Screens a DOCX attachment before publication: the text of every visible part goes through screenText, and what
// the file carries beyond its visible text — comments, tracked changes, hidden text — is reported as a leak,
// since anyone who downloads the file can show it in Word (《条例》第十七条: review before release).
import { DomainError } from '../../core/errors/index.ts';
import type { Finding, FindingLocation } from '../../core/findings.ts';
import { LineIndex } from '../../core/screening/lines.ts';
import { DEFAULT_SCREENING_SETTINGS, ruleSeverity, type ScreeningRule } from '../../core/screening/rules.ts';
import { screenText, type ScreenOptions } from '../../core/screening/screen-text.ts';
import { readComments, type DocxComment } from './comments.ts';
import { readPeopleInProperties } from './properties.ts';
import { readWordPart, type Leak, type WordPart } from './word-part.ts';
import { ZipArchive } from './zip.ts';

export interface InspectedPart {
  /** The part inside the archive, e.g. word/document.xml. */
  name: string;
  /** What a reader calls it: 正文、页眉、页脚、脚注、尾注. */
  section: string;
  text: string;
}

export interface DocxInspection {
  parts: InspectedPart[];
  /** Sorted by part (body first) and position; location.section names the part. */
  findings: Finding[];
}

const PART_SECTIONS: [RegExp, string][] = [
  [/^word\/document\.xml$/, '正文'],
  [/^word\/header\d*\.xml$/, '页眉'],
  [/^word\/footer\d*\.xml$/, '页脚'],
  [/^word\/footnotes\.xml$/, '脚注'],
  [/^word\/endnotes\.xml$/, '尾注'],
];

/** Leaked text quoted in a message is cut to this many characters; Finding.actual keeps all of it. */
const QUOTE_LIMIT = 60;
const quote = (s: string) => `“${s.length > QUOTE_LIMIT ? `${s.slice(0, QUOTE_LIMIT)}……` : s}”`;

function byWhom(author?: string, date?: string): string {
  const parts = [author && `作者：${author}`, date && `时间：${date.slice(0, 10)}`].filter(Boolean);
  return parts.length ? `（${parts.join('，')}）` : '';
}

const LEAK_RULES: Record<Leak['kind'], ScreeningRule> = {
  insertion: 'screening.docx.trackedChange',
  deletion: 'screening.docx.trackedChange',
  hidden: 'screening.docx.hiddenText',
};

function leakMessage(leak: Leak): string {
  const who = byWhom(leak.author, leak.date);
  if (leak.kind === 'hidden') return `隐藏文字${quote(leak.text)}仍保存在文件中，打开文件的人可以显示`;
  if (leak.kind === 'deletion') {
    return leak.text
      ? `未接受的修订：已删除的文字${quote(leak.text)}仍保存在文件中${who}`
      : `未接受的修订（删除段落标记）${who}`;
  }
  return leak.text ? `未接受的修订：插入${quote(leak.text)}${who}` : `未接受的修订（插入段落标记）${who}`;
}

export function inspectDocx(data: Buffer, options: ScreenOptions = {}): DocxInspection {
  const settings = options.settings ?? DEFAULT_SCREENING_SETTINGS;
  const zip = new ZipArchive(data);
  const names = zip.names();
  const parts: (InspectedPart & { word: WordPart })[] = [];
  for (const [pattern, section] of PART_SECTIONS) {
    for (const name of names.filter((n) => pattern.test(n)).sort()) {
      const word = readWordPart(zip.read(name)!.toString('utf8'));
      parts.push({ name, section, text: word.text, word });
    }
  }
  if (!parts.some((p) => p.name === 'word/document.xml')) {
    throw new DomainError('screening.docxCorrupt', { reason: '缺少 word/document.xml，不是 Word 文档' });
  }
  const commentsXml = zip.read('word/comments.xml');
  const comments = commentsXml ? readComments(commentsXml.toString('utf8')) : [];

  const findings: Finding[] = [];
  const anchored = new Set<string>();
  const add = (
    into: Finding[],
    rule: ScreeningRule,
    location: FindingLocation,
    actual: string,
    message: string,
  ) => {
    const severity = ruleSeverity(settings, rule);
    if (severity !== 'off') into.push({ rule, severity, location, expected: null, actual, message });
  };
  for (const part of parts) {
    const lines = new LineIndex(part.text);
    const at = (offset: number, length: number) => ({
      section: part.section,
      line: lines.position(offset).line,
      offset,
      length,
    });
    const partFindings = screenText(part.text, options).map((f) => ({
      ...f,
      location: { ...f.location, section: part.section },
    }));
    for (const leak of part.word.leaks) {
      add(partFindings, LEAK_RULES[leak.kind], at(leak.offset, leak.length), leak.text, leakMessage(leak));
    }
    for (const comment of comments) {
      const anchor = part.word.commentAnchors.get(comment.id);
      if (anchor === undefined || anchored.has(comment.id)) continue;
      anchored.add(comment.id);
      add(partFindings, 'screening.docx.comment', at(anchor, 0), comment.text, commentMessage(comment));
    }
    findings.push(...partFindings.sort((a, b) => a.location.offset! - b.location.offset!));
  }
  // A comment whose anchor was deleted still sits in comments.xml.
  for (const comment of comments.filter((c) => !anchored.has(c.id))) {
    add(findings, 'screening.docx.comment', { section: '批注' }, comment.text, commentMessage(comment));
  }
  const properties = zip.read('docProps/core.xml');
  for (const [label, person] of properties ? readPeopleInProperties(properties.toString('utf8')) : []) {
    add(
      findings,
      'screening.docx.metadata',
      { section: '文档属性' },
      person,
      `文档属性中的${label}“${person}”会随文件公开`,
    );
  }
  return { parts: parts.map(({ name, section, text }) => ({ name, section, text })), findings };
}

function commentMessage(comment: DocxComment): string {
  return `批注未删除${byWhom(comment.author, comment.date)}：${quote(comment.text)}`;
}
