// `gongkai screen FILE...`: pre-publication screening of texts and attachments (《条例》第十七条) from the
// command line — sensitive terms, typos, classification marks, personal data, geodata, and for DOCX the
// comments, tracked changes and hidden text the file still carries.
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { z } from 'zod';
import { parseCommandArgs } from '../args.ts';
import { UsageError } from '../command.ts';
import { DomainError, isDomainError } from '../../core/errors/index.ts';
import type { Finding, Severity } from '../../core/findings.ts';
import { richTextToPlain } from '../../core/publications/rich-text.ts';
import {
  buildLexicon,
  LineIndex,
  parseLexicon,
  SCREENING_RULE_LABELS,
  screeningSettingsSchema,
  screenText,
  type ScreenOptions,
  type ScreeningRule,
} from '../../core/screening/index.ts';
import { inspectDocx } from '../../formats/docx-inspect/inspect.ts';
import { decodeText } from '../../formats/read/decode.ts';

export const usage = `用法：
  gongkai screen 文件... [--lexicon 敏感词库] [--settings 规则设置.json] [--format text|json]
      发布前检查 .txt .md .html .htm .docx：敏感词、错别字、密级和内部标志、个人信息、地理坐标；
      DOCX 另查未删除的批注、未接受的修订和隐藏文字。
      敏感词库：每行一个词条，可在制表符、逗号或“|”后写类别，# 开头为注释；也可用 JSON 数组。
      规则设置：{"severity":{"screening.typo":"error","screening.personal.email":"off"}}。
      退出码：0 没有须修改（阻断）的问题；1 有；2 有文件无法读取。`;

const MAX_FILE_BYTES = 50 * 1024 * 1024;
const TEXT_TYPES = new Set(['.txt', '.md']);
const HTML_TYPES = new Set(['.html', '.htm']);
/** Characters of context shown on each side of a hit. */
const CONTEXT = 12;

const SEVERITY_LABELS: Record<Severity, string> = {
  error: '阻断',
  warning: '提醒',
  info: '信息',
  notChecked: '未检查',
};

/** A screened file: its texts (one per DOCX part) and the findings, each pointing into one of them. */
interface Screened {
  file: string;
  /** HTML and DOCX: lines and columns count in the extracted text, not in the markup. */
  extracted: boolean;
  texts: Map<string, string>;
  findings: Finding[];
}

const BODY = '正文';

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      lexicon: { type: 'string' },
      settings: { type: 'string' },
      format: { type: 'string', default: 'text' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    z.object({
      lexicon: z.string().min(1).optional(),
      settings: z.string().min(1).optional(),
      format: z.enum(['text', 'json'], { message: '应为 text 或 json' }),
      help: z.boolean(),
    }),
    usage,
  );
  if (values.help) {
    process.stdout.write(usage + '\n');
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('请给出要检查的文件', usage);
  const options: ScreenOptions = {
    lexicon: values.lexicon ? buildLexicon(parseLexicon(await readSmallText(values.lexicon))) : undefined,
    settings: values.settings ? await readSettings(values.settings) : undefined,
  };

  const screened: Screened[] = [];
  const failed: { file: string; code: string; message: string }[] = [];
  for (const file of positionals) {
    try {
      screened.push(await screenFile(file, options));
    } catch (error) {
      if (!isDomainError(error)) throw error;
      failed.push({ file, code: error.code, message: error.message });
    }
  }

  if (values.format === 'json')
    process.stdout.write(JSON.stringify(asJson(screened, failed), null, 2) + '\n');
  else {
    for (const s of screened) process.stdout.write(renderText(s));
    for (const f of failed) process.stderr.write(`错误（${f.code}）：${f.message}\n`);
  }
  if (failed.length > 0) return 2;
  return screened.some((s) => s.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

async function readBytes(file: string): Promise<Buffer> {
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch (error) {
    throw unreadable(file, error);
  }
  if (size > MAX_FILE_BYTES) {
    throw new DomainError('screening.fileTooLarge', {
      file,
      size: megabytes(size),
      limit: megabytes(MAX_FILE_BYTES),
    });
  }
  try {
    return await readFile(file);
  } catch (error) {
    throw unreadable(file, error);
  }
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function unreadable(file: string, error: unknown): DomainError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === 'ENOENT'
      ? '文件不存在'
      : code === 'EACCES'
        ? '没有读取权限'
        : code === 'EISDIR'
          ? '这是目录'
          : String(error);
  return new DomainError('screening.fileUnreadable', { file, reason });
}

async function readSmallText(file: string): Promise<string> {
  return decodeText(await readBytes(file));
}

async function readSettings(file: string) {
  let data: unknown;
  try {
    data = JSON.parse(await readSmallText(file));
  } catch (error) {
    if (isDomainError(error)) throw error;
    throw new DomainError('screening.settingsInvalid', {
      reason: `不是有效的 JSON（${(error as Error).message}）`,
    });
  }
  const parsed = screeningSettingsSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new DomainError('screening.settingsInvalid', {
      reason: `${issue.path.join('.') || '设置'}：${issue.message}`,
    });
  }
  return parsed.data;
}

async function screenFile(file: string, options: ScreenOptions): Promise<Screened> {
  const ext = extname(file).toLowerCase();
  if (ext === '.docx') {
    const { parts, findings } = inspectDocx(await readBytes(file), options);
    const texts = new Map<string, string>();
    for (const part of parts) texts.set(part.section, (texts.get(part.section) ?? '') + part.text);
    return { file, extracted: true, texts, findings };
  }
  if (!TEXT_TYPES.has(ext) && !HTML_TYPES.has(ext))
    throw new DomainError('screening.unsupportedType', { ext: ext || '无扩展名' });
  const source = decodeText(await readBytes(file));
  // HTML is screened as the text a visitor reads; lines are those of that text, not of the markup.
  const text = HTML_TYPES.has(ext) ? richTextToPlain(source) : source;
  return {
    file,
    extracted: HTML_TYPES.has(ext),
    texts: new Map([[BODY, text]]),
    findings: screenText(text, options),
  };
}

interface Located {
  finding: Finding;
  position: string;
  context: string;
}

function locate(s: Screened, finding: Finding): Located {
  const { section, offset, length } = finding.location;
  const text = s.texts.get(section ?? BODY);
  if (text === undefined || offset === undefined) return { finding, position: section ?? '', context: '' };
  const { line, column } = new LineIndex(text).position(offset);
  const where = `${line}:${column}`;
  const flat = (t: string) => t.replace(/\s+/g, ' ');
  const end = offset + (length ?? 0);
  // A deletion, hidden text or a comment occupies no visible characters: show what sits at that point.
  const hit =
    end > offset ? text.slice(offset, end) : `此处有：${String(finding.actual ?? '').slice(0, CONTEXT)}`;
  const context = `${flat(text.slice(Math.max(0, offset - CONTEXT), offset))}【${flat(hit)}】${flat(text.slice(end, end + CONTEXT))}`;
  return { finding, position: section && section !== BODY ? `${section} ${where}` : where, context };
}

function renderText(s: Screened): string {
  const count = (...severities: Severity[]) =>
    s.findings.filter((f) => severities.includes(f.severity)).length;
  const problems = count('error', 'warning');
  const notes = count('info', 'notChecked');
  const summary =
    problems === 0 ? '未发现问题' : `发现 ${problems} 处问题，其中 ${count('error')} 处须修改后才能发布`;
  const where = s.extracted && s.findings.length > 0 ? '（行号按提取出的文字计）' : '';
  const lines = [`${s.file}：${summary}${notes ? `；另有 ${notes} 条信息` : ''}${where}`];
  for (const { finding, position, context } of s.findings.map((f) => locate(s, f))) {
    const label = SCREENING_RULE_LABELS[finding.rule as ScreeningRule] ?? finding.rule;
    const what = finding.message.startsWith(label) ? finding.message : `${label}：${finding.message}`;
    lines.push(`  ${position}  ${SEVERITY_LABELS[finding.severity]}  ${what}`);
    if (context) lines.push(`      ${context}`);
  }
  return lines.join('\n') + '\n';
}

function asJson(screened: Screened[], failed: { file: string; code: string; message: string }[]) {
  return {
    files: screened.map((s) => ({
      file: s.file,
      blocking: s.findings.some((f) => f.severity === 'error'),
      findings: s.findings.map((f) => {
        const { position, context } = locate(s, f);
        return { ...f, position, context };
      }),
    })),
    unreadable: failed,
  };
}
