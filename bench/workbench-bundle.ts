// What signing in and opening 工作台 download: the built console's entry chunk, every chunk it imports statically
// (transitively), and the 工作台 section's lazy chunk with its own static imports — each gzipped (level 9, as a server
// would send it) and summed, against the budget of 350 KB. The other sections' chunks are not counted: they load
// only when opened. Reads dist/console as built by `npm run build:console` (run first).
//   node --import tsx bench/workbench-bundle.ts
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { printTable } from './stats.ts';

const DIST = fileURLToPath(new URL('../dist/console', import.meta.url));
export const BUDGET_KB = 350;

export interface BundleFile {
  file: string;
  part: '登录与框架' | '工作台' | '样式';
  raw: number;
  gzip: number;
}

/** The files signing in and opening 工作台 load from the build in `dist`, with their raw and gzipped sizes. */
export function loginAndWorkbenchFiles(dist = DIST): BundleFile[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const entry = /<script type="module"[^>]*src="\/console\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
  const styles = [...html.matchAll(/<link rel="stylesheet"[^>]*href="\/console\/(assets\/[^"]+\.css)"/g)].map(
    (m) => m[1]!,
  );
  if (!entry) throw new Error('index.html 中没有入口脚本');
  const source = (file: string) => readFileSync(join(dist, file), 'utf8');

  /** `file` and the chunks it imports statically, transitively (import … from "./x.js" and bare import "./x.js"). */
  const staticClosure = (file: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(file)) return seen;
    seen.add(file);
    for (const match of source(file).matchAll(
      /(?:^|[;\n}])\s*import\s*(?:[\w${}*\s,]+from\s*)?["'`]\.\/([^"'`]+\.js)["'`]/g,
    )) {
      staticClosure(`assets/${match[1]}`, seen);
    }
    return seen;
  };

  const shell = staticClosure(entry);
  // The 工作台 section's chunk is imported lazily by the entry (sections/registry.ts): import("./workbench-….js").
  const lazy = [...source(entry).matchAll(/import\(["'`]\.\/(workbench-[^"'`]+\.js)["'`]\)/g)].map(
    (m) => `assets/${m[1]}`,
  );
  if (lazy.length !== 1) throw new Error(`找不到工作台的分块：${lazy.join(', ')}`);
  const files = [...new Set([...shell, ...staticClosure(lazy[0]!), ...styles])];
  return files.map((file) => {
    const bytes = readFileSync(join(dist, file));
    return {
      file,
      part: shell.has(file) ? '登录与框架' : file.endsWith('.css') ? '样式' : '工作台',
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
    };
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (!existsSync(join(DIST, 'index.html'))) {
    console.error('dist/console 不存在：请先运行 npm run build:console');
    process.exit(2);
  }
  const rows = loginAndWorkbenchFiles();
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const total = rows.reduce((sum, r) => sum + r.gzip, 0);
  printTable([
    ['文件', '用于', '原始', 'gzip'],
    ...rows.sort((a, b) => b.gzip - a.gzip).map((r) => [r.file, r.part, kb(r.raw), kb(r.gzip)]),
    ['合计', '', kb(rows.reduce((s, r) => s + r.raw, 0)), kb(total)],
  ]);
  const within = total / 1024 <= BUDGET_KB;
  console.log(
    `登录和工作台所需代码 gzip 合计 ${kb(total)}，预算 ${BUDGET_KB} KB：${within ? '达到' : '超出'}`,
  );
  if (!within) process.exitCode = 1;
}
