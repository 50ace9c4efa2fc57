// `gongkai report build` on the demo (issue 11, first "Done when"): every table cell equals the seed's as our reader
// reads it, section 一 states the seed's figures in the product's words, sections 五 and 六 written (六（二）（三）
// drafted from the 工作要点台账 and the proposals register, issue 14), no placeholder
// text, and the checker finds nothing but P-1's date check.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasShared, sharedFile, SEED_REPORT } from '../shared.ts';
import { runCli } from './run-cli.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gongkai-build-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface Item {
  tables: Record<string, unknown>;
  findings: { rule: string; severity: string }[];
}
const first = (stdout: string): Item => {
  const parsed = JSON.parse(stdout) as Item | Item[];
  return Array.isArray(parsed) ? parsed[0]! : parsed;
};

describe.skipIf(!hasShared())('report build on the demo', () => {
  it('reproduces the seed: tables, drafted figures, written sections, only P-1 left', async () => {
    const url = `sqlite:${join(dir, 'demo.db')}`;
    expect((await runCli(['demo', '--url', url])).code).toBe(0);
    const build = ['report', 'build', '--agency', '临沂市国防动员办公室', '--year', '2023', '--url', url];
    const [json, text, seed] = await Promise.all([
      runCli([...build, '--format', 'json']),
      runCli([...build, '--format', 'text']),
      runCli(['report', 'check', sharedFile(SEED_REPORT), '--format', 'json']),
    ]);
    expect(json.stderr).toBe('');
    const built = first(json.stdout);
    expect(built.tables).toEqual(first(seed.stdout).tables);
    expect(built.findings.map((f) => f.rule)).toEqual(['P-1']);
    expect(built.findings[0]!.severity).toBe('notChecked');

    expect(text.code).toBe(0);
    const between = (from: string, to: string) =>
      text.stdout.slice(text.stdout.indexOf(from), text.stdout.indexOf(to));
    const overview = between('一、总体情况', '二、主动公开政府信息情况');
    for (const figure of [
      '法律法规19条',
      '政策文件4条',
      '工作动态219条',
      '执法信息8条',
      '微信公众号发布信息244条',
      '头条号发布234条',
      '微博发布248条',
      '申请29件',
      '上年结转0件',
      '办结29件',
      '结转下年度继续办理0件',
      '行政复议0件',
      '行政诉讼1件',
    ])
      expect(overview).toContain(figure);
    expect(between('五、存在的主要问题及改进情况', '六、其他需要报告的事项')).toContain('改进计划');
    const other = text.stdout.slice(text.stdout.indexOf('六、其他需要报告的事项'));
    for (const part of ['没有收取', '工作要点', '没有收到人大代表建议', '创新'])
      expect(other).toContain(part);
    // 六（二）drafted from the 工作要点台账: the seed's three items, in order; 六（三）from the empty register (issue 14).
    expect(other).toMatch(
      /（二）落实上级年度政务公开工作要点情况。一是加强优化营商环境信息公开，[^；]+；二是深入推动决策公众参与，[^；]+；三是抓好政策的高质量解读，[^。]+。/,
    );
    expect(other).toContain(
      '（三）人大代表建议和政协提案办理情况。本年度没有收到人大代表建议和政协委员提案。',
    );
    expect(text.stdout).not.toMatch(/本部分由本机关|[{}]/);
  });
});
