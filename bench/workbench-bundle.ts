// What signing in and opening 工作台 download: the built console's entry chunk, every chunk it imports statically
// (transitively), and the 工作台 section's lazy chunk with its own static imports — each gzipped (level 9, as a server
// would send it) and summed, against the budget of 350 KB. The other sections' chunks are not counted: they load
// only when opened. Reads dist/console as built by `npm run build:console` (run first).
//   node --import tsx bench/workbench-bundle.ts
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { printTable } from './stats.ts';

const DIST = join(process.cwd(), 'dist', 'console');
const BUDGET_KB = 350;

if (!existsSync(join(DIST, 'index.html'))) {
  console.error('dist/console 不存在：请先运行 npm run build:console');
  process.exit(2);
}

const html = readFileSync(join(DIST, 'index.html'), 'utf8');
const entry = /<script type="module"[^>]*src="\/console\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
const styles = [...html.matchAll(/<link rel="stylesheet"[^>]*href="\/console\/(assets\/[^"]+\.css)"/g)].map(
  (m) => m[1]!,
);
if (!entry) throw new Error('index.html 中没有入口脚本');
const source = (file: string) => readFileSync(join(DIST, file), 'utf8');

/** `file` and the chunks it imports statically, transitively (import … from "./x.js" and bare import "./x.js"). */
function staticClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = source(file);
  for (const match of code.matchAll(
    /(?:^|[;\n}])\s*import\s*(?:[\w${}*\s,]+from\s*)?["'`]\.\/([^"'`]+\.js)["'`]/g,
  )) {
    staticClosure(`assets/${match[1]}`, seen);
  }
  return seen;
}

const shell = staticClosure(entry);
// The 工作台 section's chunk is imported lazily by the entry (sections/registry.ts): import("./workbench-….js").
const lazy = [...source(entry).matchAll(/import\(["'`]\.\/(workbench-[^"'`]+\.js)["'`]\)/g)].map(
  (m) => `assets/${m[1]}`,
);
if (lazy.length !== 1) throw new Error(`找不到工作台的分块：${lazy.join(', ')}`);
const workbench = staticClosure(lazy[0]!);
const files = [...new Set([...shell, ...workbench, ...styles])];

const gz = (file: string) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
const rows = files.map((file) => ({
  file,
  part: shell.has(file) ? '登录与框架' : file.endsWith('.css') ? '样式' : '工作台',
  raw: readFileSync(join(DIST, file)).length,
  gzip: gz(file),
}));
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const total = rows.reduce((sum, r) => sum + r.gzip, 0);
printTable([
  ['文件', '用于', '原始', 'gzip'],
  ...rows.sort((a, b) => b.gzip - a.gzip).map((r) => [r.file, r.part, kb(r.raw), kb(r.gzip)]),
  ['合计', '', kb(rows.reduce((s, r) => s + r.raw, 0)), kb(total)],
]);
const within = total / 1024 <= BUDGET_KB;
console.log(`登录和工作台所需代码 gzip 合计 ${kb(total)}，预算 ${BUDGET_KB} KB：${within ? '达到' : '超出'}`);
if (!within) process.exitCode = 1;
