// Inputs that are not readable reports: each fails fast with its report.* code and one Chinese line.
import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAYOUTS } from '../../../test/fixtures/reports/layouts/expected.ts';
import { HUAIAN_2024_PDF, hasShared, sharedFile } from '../../../test/shared.ts';
import { DomainError, type ErrorCode } from '../../core/errors/index.ts';
import { readReportBytes, readReportFile, readReportHtml, readReportText } from './index.ts';

const dir = mkdtempSync(join(tmpdir(), 'gongkai-read-'));

async function refusal(work: () => Promise<unknown> | unknown): Promise<DomainError> {
  try {
    await work();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    const message = (error as DomainError).message;
    expect(message).not.toContain('\n');
    expect(message).toMatch(/[\u4e00-\u9fff]/);
    return error as DomainError;
  }
  throw new Error('expected a DomainError');
}

async function expectCode(code: ErrorCode, work: () => Promise<unknown> | unknown): Promise<DomainError> {
  const error = await refusal(work);
  expect(error.code, error.message).toBe(code);
  return error;
}

/** A one-page PDF whose only content is a 2×2 grey image: a scan has no more text layer than this. */
function imageOnlyPdf(): Uint8Array {
  const image = '\u0000\u00ff\u00ff\u0000';
  const content = 'q 500 0 0 700 50 70 cm /Im1 Do Q';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>',
    `<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length ${image.length} >>\nstream\n${image}\nendstream`,
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const offset = pdf.length;
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return offset;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(pdf, 'latin1'));
}

/** A ZIP with one stored entry whose central directory claims `declaredSize` bytes once inflated. */
function zipWith(name: string, content: string, declaredSize = content.length): Uint8Array {
  const data = Buffer.from(content);
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(declaredSize, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  const directoryOffset = local.length + nameBytes.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBytes.length, 12);
  end.writeUInt32LE(directoryOffset, 16);
  return new Uint8Array(Buffer.concat([local, nameBytes, data, central, nameBytes, end]));
}

describe('inputs that are not readable reports', () => {
  it('empty and blank files', async () => {
    await expectCode('report.fileEmpty', () => readReportBytes('a.txt', new Uint8Array()));
    await expectCode('report.fileEmpty', () => readReportBytes('a.html', Buffer.from(' \n\t\u3000\n')));
    await expectCode('report.fileEmpty', () => readReportText('   '));
    const empty = join(dir, 'empty.pdf');
    writeFileSync(empty, '');
    await expectCode('report.fileEmpty', () => readReportFile(empty));
  });

  it('binary content under a text extension, and random bytes', async () => {
    const withNul = Buffer.from('一、总体情况\u0000\u0001\u0002 binary');
    await expectCode('report.binaryText', () => readReportBytes('a.txt', withNul));
    let seed = 7;
    const noise = Buffer.alloc(4096, 0).map(
      () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % 255) + 1,
    );
    await expectCode('report.binaryText', () => readReportBytes('a.md', noise));
    await expectCode('report.corruptFile', () => readReportBytes('a.pdf', noise));
    await expectCode('report.corruptFile', () => readReportBytes('a.docx', noise));
  });

  it.skipIf(!hasShared())('a truncated PDF and a truncated DOCX', async () => {
    const pdf = readFileSync(sharedFile(HUAIAN_2024_PDF));
    const error = await expectCode('report.corruptFile', () =>
      readReportBytes('a.pdf', pdf.subarray(0, pdf.length / 2)),
    );
    expect(error.message).toContain('不完整');
    const zip = zipWith('word/document.xml', '<w:document/>');
    await expectCode('report.corruptFile', () => readReportBytes('a.docx', zip.subarray(0, zip.length - 30)));
  });

  it('a ZIP that is not a Word document, and a DOCX that would inflate past the limit', async () => {
    const notWord = await expectCode('report.corruptFile', () =>
      readReportBytes('a.docx', zipWith('a.txt', 'x')),
    );
    expect(notWord.message).toContain('word/document.xml');
    const bomb = zipWith('word/document.xml', '<w:document/>', 0xfff00000);
    await expectCode('report.fileTooLarge', () => readReportBytes('a.docx', bomb));
  });

  it('an image-only PDF has no text layer', async () => {
    const error = await expectCode('report.noTextLayer', () => readReportBytes('scan.pdf', imageOnlyPdf()));
    expect(error.message).toContain('没有文字层');
  });

  it('documents that are not annual reports say why', async () => {
    const article =
      '关于做好春节期间安全生产工作的通知\n各单位:\n为切实做好春节期间安全生产工作,现将有关事项通知如下。\n';
    const error = await expectCode('report.notAReport', () => readReportText(article));
    expect(error.message).toContain('找不到“一、总体情况”等章节标题');
    await expectCode('report.notAReport', () =>
      readReportHtml(
        '<html><body><table><tr><td>月份</td><td>1</td></tr></table><p>一、总体情况</p></body></html>',
      ),
    );
  });

  it('a 50 MB file is refused by its size before it is read', async () => {
    const huge = join(dir, 'huge.pdf');
    writeFileSync(huge, '');
    truncateSync(huge, 50 * 1024 * 1024);
    const started = performance.now();
    const error = await expectCode('report.fileTooLarge', () => readReportFile(huge));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(error.message).toContain('50.0 MB');
    await expectCode('report.fileTooLarge', () => readReportBytes('a.txt', new Uint8Array(21 * 1024 * 1024)));
  });

  it('HTML nested too deep for any tree walk is refused, not a crash', async () => {
    const deep = `<html><body>${'<div>'.repeat(100_000)}一、总体情况</body></html>`;
    const error = await expectCode('report.corruptFile', () => readReportHtml(deep));
    expect(error.message).toContain('嵌套过深');
  });

  it('unknown extensions and missing files', async () => {
    await expectCode('report.unsupportedType', () => readReportFile(join(LAYOUTS, 'report.exe')));
    await expectCode('report.fileMissing', () => readReportFile(join(dir, 'absent.txt')));
  });
});
