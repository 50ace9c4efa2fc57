// `gongkai archive verify FILE` through the real entry point: 0 for an intact package; 1 naming the changed file.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, expect, it } from 'vitest';
import { buildPackage } from '../../src/formats/archive/package.ts';
import { runCli } from './run-cli.ts';

const dir = await mkdtemp(join(tmpdir(), 'gongkai-archive-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

const head = {
  title: '测依申〔2026〕第001号 政府信息公开申请归档材料',
  registrationNumber: '测依申〔2026〕第001号',
  archivedOn: '2026-11-27',
  retainUntil: '2036-11-27',
};
const zip = buildPackage(head, [
  { path: 'documents/01-登记回执-测信公〔2026〕1号.pdf', content: strToU8('%PDF-1.7 回执') },
  { path: 'timeline.json', content: strToU8('{"events":[]}\n') },
]);

it('verifies an intact package and names the file with one changed byte', async () => {
  const intact = join(dir, 'intact.zip');
  await writeFile(intact, zip);
  const ok = await runCli(['archive', 'verify', intact]);
  expect(ok.code).toBe(0);
  expect(ok.stdout).toContain('完好：测依申〔2026〕第001号 政府信息公开申请归档材料');
  expect(ok.stdout).toContain('2 个文件与清单的 SM3 校验值一致');

  const files = unzipSync(zip);
  const pdf = files['documents/01-登记回执-测信公〔2026〕1号.pdf']!.slice();
  pdf[3] = pdf[3]! ^ 0x01;
  const altered = join(dir, 'altered.zip');
  await writeFile(
    altered,
    zipSync({ ...files, 'documents/01-登记回执-测信公〔2026〕1号.pdf': pdf }, { level: 0 }),
  );
  const bad = await runCli(['archive', 'verify', altered]);
  expect(bad.code).toBe(1);
  expect(bad.stdout).toBe(
    '不一致：documents/01-登记回执-测信公〔2026〕1号.pdf：SM3 校验值与清单不符，文件已被改动\n',
  );

  const missing = await runCli(['archive', 'verify', join(dir, 'none.zip')]);
  expect(missing.code).toBe(2);
});
