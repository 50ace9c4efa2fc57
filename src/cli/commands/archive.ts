// `gongkai archive verify FILE`: checks an archive package (归档材料包, issue 13) offline — every file against the
// manifest's SM3, the manifest against its seal — and names each file that was changed, is missing or was added.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { parseCommandArgs } from '../args.ts';
import { UsageError } from '../command.ts';
import { verifyPackage } from '../../formats/archive/package.ts';

export const usage = `用法：
  gongkai archive verify 归档材料包.zip
      校验依申请公开件的归档材料包：每个文件与清单（manifest.json）中的 SM3 校验值是否一致，清单是否被改动。
      退出码：0 完好；1 有文件被改动、缺失或多出（逐一列出文件名）；2 文件无法读取。`;

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    { help: { type: 'boolean', short: 'h', default: false } },
    z.object({ help: z.boolean() }),
    usage,
  );
  if (values.help) {
    process.stdout.write(usage + '\n');
    return 0;
  }
  const [sub, file, ...rest] = positionals;
  if (sub !== 'verify') throw new UsageError(sub ? `未知的子命令：${sub}` : '请给出子命令 verify', usage);
  if (!file || rest.length) throw new UsageError('请给出一个归档材料包文件', usage);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    process.stderr.write(`无法读取 ${file}：${(error as Error).message}\n`);
    return 2;
  }
  const verdict = verifyPackage(bytes);
  if (verdict.ok) {
    const m = verdict.manifest;
    process.stdout.write(
      `完好：${m.title}\n归档日期 ${m.archivedOn}，保管至 ${m.retainUntil}；${m.files.length} 个文件与清单的 SM3 校验值一致。\n`,
    );
    return 0;
  }
  for (const p of verdict.problems) process.stdout.write(`不一致：${p.path}：${p.problem}\n`);
  return 1;
}
