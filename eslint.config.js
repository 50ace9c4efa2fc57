// Lint, and the dependency direction of docs/architecture.md enforced as import rules:
// core ← formats ← services ← server, cli; storage is used by services only.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const layer = (files, forbidden, message) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: forbidden.map((dir) => ({ group: [`**/${dir}/**`, `**/${dir}`], message })) },
    ],
  },
});

export default tseslint.config(
  { ignores: ['node_modules/**', 'data/**', 'dist/**', 'coverage/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  layer(
    ['src/core/**'],
    ['formats', 'storage', 'services', 'server', 'cli', 'console'],
    'core 是纯函数层：不得依赖 formats、storage、services、server、cli。',
  ),
  layer(['src/formats/**'], ['storage', 'services', 'server', 'cli', 'console'], 'formats 只能依赖 core。'),
  layer(['src/storage/**'], ['services', 'server', 'cli', 'console', 'formats'], 'storage 只能依赖 core。'),
  layer(['src/services/**'], ['server', 'cli', 'console'], 'services 不得依赖 server、cli。'),
  // Contracts are shared with the browser bundle: zod and core only, no Node module.
  {
    files: ['src/contracts/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...['formats', 'storage', 'services', 'server', 'cli', 'console'].map((dir) => ({
              group: [`**/${dir}/**`, `**/${dir}`],
              message: 'contracts 只能依赖 zod 与 core（浏览器也要使用）。',
            })),
            { group: ['node:*'], message: 'contracts 不得使用 Node 模块（浏览器也要使用）。' },
          ],
        },
      ],
    },
  },
  // The console is a browser door: it talks to /api/v1 only, typed by contracts, with labels and rules from core.
  {
    files: ['src/console/**'],
    ignores: ['src/console/vite.config.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...['formats', 'storage', 'services', 'server', 'cli'].map((dir) => ({
              group: [`**/${dir}/**`, `**/${dir}`],
              message: 'console 只能通过 /api/v1 访问数据：可以导入 contracts 与 core，不得导入 storage、services、server。',
            })),
            { group: ['node:*'], message: 'console 在浏览器中运行，不得使用 Node 模块。' },
          ],
        },
      ],
    },
  },
  // Time is injected (docs/architecture.md, "Time"): below the doors only services/clock.ts reads the wall clock.
  {
    files: ['src/core/**', 'src/services/**', 'src/storage/**'],
    ignores: ['src/services/clock.ts', '**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: '不得读取系统时钟：请使用 ctx.clock（services/clock.ts）。',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: '不得读取系统时钟：请使用 ctx.clock（services/clock.ts）。',
        },
      ],
    },
  },
  layer(
    ['src/server/**', 'src/cli/**'],
    ['storage'],
    'server 与 cli 通过 services 访问数据，不得直接使用 storage。',
  ),
);
