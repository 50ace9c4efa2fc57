import { describe, expect, it } from 'vitest';
import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  Header,
  InsertedTextRun,
  Packer,
  Paragraph,
  TextRun,
} from 'docx';
import { isDomainError } from '../../core/errors/index.ts';
import { screeningSettingsSchema } from '../../core/screening/index.ts';
import { inspectDocx } from './inspect.ts';

const AUTHOR = { author: '李科员', date: '2023-05-06T09:00:00Z' };

/** A real DOCX written by the docx package (DEFLATE entries), carrying every kind of leak. */
async function leakyDocx(): Promise<Buffer> {
  const document = new Document({
    creator: '李科员',
    lastModifiedBy: '王科长',
    comments: {
      children: [
        {
          id: 0,
          author: '王科长',
          date: new Date('2023-05-07T10:00:00Z'),
          children: [new Paragraph('请核实数据，联系人手机13800138000')],
        },
        { id: 7, author: '赵某', children: [new Paragraph('锚点已被删掉的批注')] },
      ],
    },
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph('秘密★1年')] }) },
        children: [
          new Paragraph('关于某工作的通知'),
          new Paragraph({
            children: [
              new TextRun('全年共办理申请'),
              new CommentRangeStart(0),
              new TextRun('29件'),
              new CommentRangeEnd(0),
              new TextRun({ children: [new CommentReference(0)] }),
              new TextRun('，把群众最关系的事项公开。'),
            ],
          }),
          new Paragraph({
            children: [
              new TextRun('经办人：'),
              new InsertedTextRun({ id: 1, ...AUTHOR, text: '综合科' }),
              new DeletedTextRun({ id: 2, ...AUTHOR, text: '张某，身份证号11010519491231002X' }),
              new TextRun({ text: '内部备注：暂缓公开', vanish: true }),
              new TextRun('。'),
            ],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

describe('inspectDocx', () => {
  it('reports comments, tracked changes and hidden text, and screens the visible text of body and header', async () => {
    const { parts, findings } = inspectDocx(await leakyDocx());
    const body = parts.find((p) => p.section === '正文')!.text;
    expect(body).toBe('关于某工作的通知\n全年共办理申请29件，把群众最关系的事项公开。\n经办人：综合科。\n');
    expect(parts.map((p) => p.section)).toEqual(['正文', '页眉', '脚注', '尾注']);
    expect(findings.map((f) => [f.location.section, f.location.line, f.rule, f.severity, f.actual])).toEqual([
      ['正文', 2, 'screening.docx.comment', 'error', '请核实数据，联系人手机13800138000'],
      ['正文', 2, 'screening.typo', 'warning', '最关系'],
      ['正文', 3, 'screening.docx.trackedChange', 'error', '综合科'],
      ['正文', 3, 'screening.docx.trackedChange', 'error', '张某，身份证号11010519491231002X'],
      ['正文', 3, 'screening.docx.hiddenText', 'error', '内部备注：暂缓公开'],
      ['页眉', 1, 'screening.mark.classified', 'error', '秘密★1年'],
      ['批注', undefined, 'screening.docx.comment', 'error', '锚点已被删掉的批注'],
      ['文档属性', undefined, 'screening.docx.metadata', 'info', '李科员'],
      ['文档属性', undefined, 'screening.docx.metadata', 'info', '王科长'],
    ]);
    expect(findings.at(-1)!.message).toBe('文档属性中的最后修改者“王科长”会随文件公开');
    const comment = findings[0]!;
    expect(body.slice(comment.location.offset, comment.location.offset! + 3)).toBe('29件');
    expect(comment.message).toBe(
      '批注未删除（作者：王科长，时间：2023-05-07）：“请核实数据，联系人手机13800138000”',
    );
    expect(findings[3]!.message).toContain(
      '已删除的文字“张某，身份证号11010519491231002X”仍保存在文件中（作者：李科员',
    );
  });

  it('follows the agency’s settings for the leak rules too', async () => {
    const settings = screeningSettingsSchema.parse({
      severity: { 'screening.docx.comment': 'off', 'screening.docx.hiddenText': 'warning' },
    });
    const { findings } = inspectDocx(await leakyDocx(), { settings });
    expect(findings.filter((f) => f.rule === 'screening.docx.comment')).toEqual([]);
    expect(findings.find((f) => f.rule === 'screening.docx.hiddenText')!.severity).toBe('warning');
  });

  it.each([
    [Buffer.from('这不是压缩包'), '不是 ZIP 文件'],
    [Buffer.alloc(0), '不是 ZIP 文件'],
  ])('refuses a file that is not a DOCX', (data, reason) => {
    try {
      inspectDocx(data);
      expect.unreachable();
    } catch (error) {
      expect(isDomainError(error) && error.code).toBe('screening.docxCorrupt');
      expect((error as Error).message).toContain(reason);
    }
  });

  it('refuses a truncated DOCX and a ZIP without a Word body', async () => {
    const whole = await leakyDocx();
    expect(() => inspectDocx(whole.subarray(0, whole.length - 30))).toThrow(/DOCX 文件已损坏/);
    const emptyZip = Buffer.from([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]);
    expect(() => inspectDocx(emptyZip)).toThrow('缺少 word/document.xml');
  });
});
