// `gongkai report check` end to end through bin/gongkai: the seed, a batch with unreadable files, output formats.
import { mkdtemp, rm, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasShared, sharedFile, SEED_REPORT } from '../shared.ts';
import { runCli } from './run-cli.ts';
import { consistentReport, withApplicationCells } from '../../src/core/report/check/fixture.ts';
import { writeJsonReport } from '../../src/formats/json/write.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gongkai-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe.skipIf(!hasShared())('report check on the seed', () => {
  it('reads the seed, finds no error, warns about the heading of section 五', async () => {
    const result = await runCli(['report', 'check', sharedFile(SEED_REPORT), '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const [item] = JSON.parse(result.stdout);
    expect(item.agency).toBe('临沂市国防动员办公室');
    expect(item.year).toBe(2023);
    expect(item.format).toBe('2021');
    expect(item.tables.applications.received).toEqual([27, 2, 0, 0, 0, 0, 29]);
    expect(item.tables.applications['withheld.stateSecret']).toEqual([5, 2, 0, 0, 0, 0, 7]);
    expect(item.tables.reviewLitigation.litigationDirect).toEqual([0, 0, 0, 1, 1]);
    expect(item.tables.proactive.penalty).toEqual([1]);
    const errors = item.findings.filter((f: { severity: string }) => f.severity === 'error');
    expect(errors).toEqual([]);
    const n2 = item.findings.filter((f: { rule: string }) => f.rule === 'N-2');
    expect(n2).toHaveLength(1);
    expect(n2[0].severity).toBe('warning');
    expect(n2[0].actual).toContain('改进计划');
  });

  it('prints a verdict table with a summary', async () => {
    const result = await runCli(['report', 'check', sharedFile(SEED_REPORT)]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('临沂市国防动员办公室');
    expect(result.stdout).toContain('共 1 个文件：通过 1，有错误 0，无法读取 0。');
  });

  it('shows the three tables aligned', async () => {
    const result = await runCli(['report', 'show', sharedFile(SEED_REPORT)]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/一、本年新收政府信息公开申请数量\s+27\s+2\s+0\s+0\s+0\s+0\s+29/);
  });
});

describe('report check on bad input', () => {
  it('gives one Chinese line per unreadable file, exit 2, and still checks the rest of the batch', async () => {
    const files = {
      empty: join(dir, 'empty.txt'),
      binary: join(dir, 'binary.txt'),
      garbage: join(dir, 'garbage.html'),
      notReport: join(dir, 'letter.md'),
      truncated: join(dir, 'truncated.docx'),
      pdf: join(dir, 'broken.pdf'),
      huge: join(dir, 'huge.txt'),
    };
    await writeFile(files.empty, '');
    await writeFile(files.binary, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)));
    await writeFile(files.garbage, '<html><body><p>随便写点什么 <b>没有表格</b></p></body></html>');
    await writeFile(files.notReport, '# 会议通知\n\n请各科室于周五下午三点到会议室开会。\n');
    await writeFile(files.truncated, Buffer.from('PK\u0003\u0004\u0014\u0000\u0000\u0000truncated'));
    await writeFile(files.pdf, '%PDF-1.7\n1 0 obj\n<< /Type /Catalog');
    await writeFile(files.huge, Buffer.alloc(50 * 1024 * 1024, 0x61));
    const inputs = Object.values(files);
    if (hasShared()) {
      await copyFile(sharedFile(SEED_REPORT), join(dir, 'seed.txt'));
      inputs.push(join(dir, 'seed.txt'));
    }
    const started = Date.now();
    const result = await runCli(['report', 'check', ...inputs, '--format', 'json']);
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('');
    const items: { file: string; error?: { code: string; message: string }; agency: string | null }[] =
      JSON.parse(result.stdout);
    for (const file of Object.values(files)) {
      const item = items.find((i) => i.file === file)!;
      expect(item.error, file).toBeDefined();
      expect(item.error!.message).not.toMatch(/\n|at .*\(|Error:/);
      expect(item.error!.message).toMatch(/[\u4e00-\u9fff]/);
    }
    if (hasShared())
      expect(items.find((i) => i.file.endsWith('seed.txt'))!.agency).toBe('临沂市国防动员办公室');
  });

  it('refuses bad arguments with exit 2 and a Chinese message', async () => {
    const noFile = await runCli(['report', 'check']);
    expect(noFile.code).toBe(2);
    expect(noFile.stderr).toContain('请给出要检查的文件或目录');
    const badFormat = await runCli(['report', 'check', 'x.txt', '--format', 'yaml']);
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toContain('--format');
  });
});

describe('report check across years', () => {
  it('pairs the same agency’s consecutive years given together and files T3-6 under the later year', async () => {
    const current = consistentReport();
    const previous = {
      ...withApplicationCells(
        current,
        ['received', 'naturalPerson', 28],
        ['received', 'total', 30],
        ['carriedOut', 'naturalPerson', 1],
        ['carriedOut', 'total', 1],
      ),
      year: 2022,
      title: current.title!.replace('2023', '2022'),
      preface: current.preface.replaceAll('2023', '2022'),
      publishedOn: '2023-01-20',
    };
    const files = [join(dir, 'y2022.json'), join(dir, 'y2023.json')];
    await writeFile(files[0]!, writeJsonReport(previous));
    await writeFile(files[1]!, writeJsonReport(current));
    const result = await runCli(['report', 'check', ...files, '--format', 'json']);
    expect(result.code).toBe(0);
    const items: { file: string; findings: { rule: string; severity: string }[] }[] = JSON.parse(
      result.stdout,
    );
    const rulesOf = (file: string) =>
      items.find((i) => i.file === file)!.findings.map((f) => `${f.rule}:${f.severity}`);
    expect(rulesOf(files[0]!)).not.toContain('T3-6:warning');
    expect(rulesOf(files[1]!).filter((r) => r.startsWith('T3-6'))).toEqual(['T3-6:warning', 'T3-6:warning']);
  });
});
