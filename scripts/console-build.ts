// Builds the staff console (src/console → dist/console) when its sources changed since the last build: run before
// `npm start` (prestart) and once before the tests (test/console-global-setup.ts), so a fresh clone needs no third
// command. The sources' fingerprint covers the console, the contracts and core it imports, and the lockfile.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const OUT_DIR = join(repo, 'dist', 'console');
const STAMP = join(OUT_DIR, '.source-hash');
const SOURCES = ['src/console', 'src/contracts', 'src/core', 'package-lock.json'];

export async function ensureConsoleBuilt(): Promise<'built' | 'current'> {
  const fingerprint = sourceFingerprint();
  if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === fingerprint) return 'current';
  const { build } = await import('vite');
  // Always the production build, also under vitest (NODE_ENV=test): React's and antd's development code would make
  // the bundle larger than what people get and change what the tests see (antd names test ids then).
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: join(repo, 'src/console/vite.config.ts'), mode: 'production', logLevel: 'warn' });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  writeFileSync(STAMP, fingerprint);
  return 'built';
}

function sourceFingerprint(): string {
  const hash = createHash('sha256');
  for (const file of SOURCES.flatMap((source) => filesUnder(join(repo, source)))) {
    if (file.endsWith('.test.ts')) continue;
    hash.update(relative(repo, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

function filesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => filesUnder(join(path, name)));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = performance.now();
  const outcome = await ensureConsoleBuilt();
  const ms = Math.round(performance.now() - started);
  process.stdout.write(
    outcome === 'built' ? `工作台页面已构建（${ms} 毫秒）：dist/console\n` : '工作台页面已是最新。\n',
  );
}
